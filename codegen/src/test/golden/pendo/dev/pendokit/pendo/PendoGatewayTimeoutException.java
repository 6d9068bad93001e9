package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 504.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoGatewayTimeoutException extends PendoServerErrorException {
    private static final long serialVersionUID = 1L;

    public PendoGatewayTimeoutException(ApiError error) {
        super(error);
    }
}
