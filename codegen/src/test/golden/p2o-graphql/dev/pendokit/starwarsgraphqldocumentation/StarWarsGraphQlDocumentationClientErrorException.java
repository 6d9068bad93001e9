package dev.pendokit.starwarsgraphqldocumentation;

import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * An answer in the 4xx range: the request was not acceptable as sent.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class StarWarsGraphQlDocumentationClientErrorException extends StarWarsGraphQlDocumentationException {
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
    public StarWarsGraphQlDocumentationClientErrorException(String message, String operation,
            int status, String reason, String bodyExcerpt, Duration retryAfter) {
        super(message, operation, status, reason, bodyExcerpt, retryAfter);
    }
}
