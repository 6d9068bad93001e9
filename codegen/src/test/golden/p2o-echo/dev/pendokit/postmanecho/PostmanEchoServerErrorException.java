package dev.pendokit.postmanecho;

import dev.pendokit.postmanecho.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * An answer in the 5xx range: the server failed; retrying later may succeed.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public class PostmanEchoServerErrorException extends PostmanEchoException {
    private static final long serialVersionUID = 1L;

    public PostmanEchoServerErrorException(ApiError error) {
        super(error);
    }
}
