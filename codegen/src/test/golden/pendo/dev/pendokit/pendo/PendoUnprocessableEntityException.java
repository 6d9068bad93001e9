package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 422.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoUnprocessableEntityException extends PendoClientErrorException {
    private static final long serialVersionUID = 1L;

    public PendoUnprocessableEntityException(ApiError error) {
        super(error);
    }
}
