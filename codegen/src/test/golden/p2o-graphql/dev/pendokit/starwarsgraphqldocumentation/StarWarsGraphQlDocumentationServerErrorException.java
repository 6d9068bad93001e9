package dev.pendokit.starwarsgraphqldocumentation;

import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * An answer in the 5xx range: the server failed; retrying later may succeed.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class StarWarsGraphQlDocumentationServerErrorException extends StarWarsGraphQlDocumentationException {
    private static final long serialVersionUID = 1L;

    /**
     * An answer with this status.
     *
     * @param message what failed, for people
     * @param operation the operation that failed, as {@code group.method}
     * @param status the HTTP status of the answer
     * @param reason what the documentation says the status means here
     * @param bodyExcerpt the start of the answer's body, on one line
     * @param retryAfter the wait the answer's {@code Retry-After} asked for; null when none
     */
    public StarWarsGraphQlDocumentationServerErrorException(String message, String operation,
            int status, String reason, String bodyExcerpt, Duration retryAfter) {
        super(message, operation, status, reason, bodyExcerpt, retryAfter);
    }
}
