package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 500.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoInternalServerErrorException extends PendoServerErrorException {
    private static final long serialVersionUID = 1L;

    public PendoInternalServerErrorException(ApiError error) {
        super(error);
    }
}
