package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 402.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoPaymentRequiredException extends PendoClientErrorException {
    private static final long serialVersionUID = 1L;

    public PendoPaymentRequiredException(ApiError error) {
        super(error);
    }
}
