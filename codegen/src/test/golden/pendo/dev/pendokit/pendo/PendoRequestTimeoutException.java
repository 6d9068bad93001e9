package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 408.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoRequestTimeoutException extends PendoClientErrorException {
    private static final long serialVersionUID = 1L;

    public PendoRequestTimeoutException(ApiError error) {
        super(error);
    }
}
