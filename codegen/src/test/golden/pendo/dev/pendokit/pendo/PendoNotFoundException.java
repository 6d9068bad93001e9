package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 404.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoNotFoundException extends PendoClientErrorException {
    private static final long serialVersionUID = 1L;

    public PendoNotFoundException(ApiError error) {
        super(error);
    }
}
