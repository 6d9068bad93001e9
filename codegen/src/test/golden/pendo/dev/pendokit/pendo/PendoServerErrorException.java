package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * An answer in the 5xx range: the server failed; retrying later may succeed.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public class PendoServerErrorException extends PendoException {
    private static final long serialVersionUID = 1L;

    public PendoServerErrorException(ApiError error) {
        super(error);
    }
}
