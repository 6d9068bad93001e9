package dev.pendokit.boxcontent;

import dev.pendokit.boxcontent.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * An answer in the 5xx range: the server failed; retrying later may succeed.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public class BoxContentServerErrorException extends BoxContentException {
    private static final long serialVersionUID = 1L;

    public BoxContentServerErrorException(ApiError error) {
        super(error);
    }
}
