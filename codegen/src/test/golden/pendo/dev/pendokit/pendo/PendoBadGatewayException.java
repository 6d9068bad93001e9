package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 502.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoBadGatewayException extends PendoServerErrorException {
    private static final long serialVersionUID = 1L;

    public PendoBadGatewayException(ApiError error) {
        super(error);
    }
}
