package dev.pendokit.starwarsgraphqldocumentation;

import dev.pendokit.starwarsgraphqldocumentation.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * An answer in the 4xx range: the request was not acceptable as sent.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public class StarWarsGraphQlDocumentationClientErrorException extends StarWarsGraphQlDocumentationException {
    private static final long serialVersionUID = 1L;

    public StarWarsGraphQlDocumentationClientErrorException(ApiError error) {
        super(error);
    }
}
