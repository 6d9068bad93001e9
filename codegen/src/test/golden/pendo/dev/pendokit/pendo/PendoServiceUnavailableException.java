package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 503.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoServiceUnavailableException extends PendoServerErrorException {
    private static final long serialVersionUID = 1L;

    public PendoServiceUnavailableException(ApiError error) {
        super(error);
    }
}
