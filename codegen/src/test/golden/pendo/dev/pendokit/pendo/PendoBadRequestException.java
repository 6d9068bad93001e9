package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 400.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoBadRequestException extends PendoClientErrorException {
    private static final long serialVersionUID = 1L;

    public PendoBadRequestException(ApiError error) {
        super(error);
    }
}
