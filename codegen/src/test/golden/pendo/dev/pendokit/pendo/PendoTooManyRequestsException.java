package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 429.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoTooManyRequestsException extends PendoClientErrorException {
    private static final long serialVersionUID = 1L;

    public PendoTooManyRequestsException(ApiError error) {
        super(error);
    }
}
