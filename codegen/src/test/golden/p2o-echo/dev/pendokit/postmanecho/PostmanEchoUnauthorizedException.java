package dev.pendokit.postmanecho;

import dev.pendokit.postmanecho.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 401.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PostmanEchoUnauthorizedException extends PostmanEchoClientErrorException {
    private static final long serialVersionUID = 1L;

    public PostmanEchoUnauthorizedException(ApiError error) {
        super(error);
    }
}
