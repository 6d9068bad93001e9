package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 401.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoUnauthorizedException extends PendoClientErrorException {
    private static final long serialVersionUID = 1L;

    public PendoUnauthorizedException(ApiError error) {
        super(error);
    }
}
