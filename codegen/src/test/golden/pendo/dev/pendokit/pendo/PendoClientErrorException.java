package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * An answer in the 4xx range: the request was not acceptable as sent.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public class PendoClientErrorException extends PendoException {
    private static final long serialVersionUID = 1L;

    public PendoClientErrorException(ApiError error) {
        super(error);
    }
}
