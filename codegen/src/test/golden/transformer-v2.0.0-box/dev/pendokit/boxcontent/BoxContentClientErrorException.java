package dev.pendokit.boxcontent;

import dev.pendokit.boxcontent.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * An answer in the 4xx range: the request was not acceptable as sent.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public class BoxContentClientErrorException extends BoxContentException {
    private static final long serialVersionUID = 1L;

    public BoxContentClientErrorException(ApiError error) {
        super(error);
    }
}
