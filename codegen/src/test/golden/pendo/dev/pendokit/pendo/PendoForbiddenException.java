package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 403.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoForbiddenException extends PendoClientErrorException {
    private static final long serialVersionUID = 1L;

    public PendoForbiddenException(ApiError error) {
        super(error);
    }
}
