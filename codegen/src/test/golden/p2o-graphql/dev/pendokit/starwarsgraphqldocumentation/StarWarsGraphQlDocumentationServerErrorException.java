package dev.pendokit.starwarsgraphqldocumentation;

import dev.pendokit.starwarsgraphqldocumentation.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * An answer in the 5xx range: the server failed; retrying later may succeed.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public class StarWarsGraphQlDocumentationServerErrorException extends StarWarsGraphQlDocumentationException {
    private static final long serialVersionUID = 1L;

    public StarWarsGraphQlDocumentationServerErrorException(ApiError error) {
        super(error);
    }
}
