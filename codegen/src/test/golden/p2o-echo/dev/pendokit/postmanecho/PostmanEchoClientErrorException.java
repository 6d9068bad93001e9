package dev.pendokit.postmanecho;

import dev.pendokit.postmanecho.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * An answer in the 4xx range: the request was not acceptable as sent.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public class PostmanEchoClientErrorException extends PostmanEchoException {
    private static final long serialVersionUID = 1L;

    public PostmanEchoClientErrorException(ApiError error) {
        super(error);
    }
}
