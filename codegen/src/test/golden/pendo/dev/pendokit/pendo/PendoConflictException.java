package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 409.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoConflictException extends PendoClientErrorException {
    private static final long serialVersionUID = 1L;

    public PendoConflictException(ApiError error) {
        super(error);
    }
}
