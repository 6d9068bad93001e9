package dev.pendokit.starwarsgraphqldocumentation;

import java.time.Duration;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * A call of the StarWarsGraphQlDocumentation client failed: an error answer ({@link StarWarsGraphQlDocumentationClientErrorException}, {@link StarWarsGraphQlDocumentationServerErrorException}), an answer that did
 * not decode ({@link StarWarsGraphQlDocumentationDecodeException}) or none ({@link StarWarsGraphQlDocumentationTransportException}, whose {@link #status()} is 0).
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public abstract sealed class StarWarsGraphQlDocumentationException extends RuntimeException permits StarWarsGraphQlDocumentationClientErrorException, StarWarsGraphQlDocumentationServerErrorException, StarWarsGraphQlDocumentationDecodeException, StarWarsGraphQlDocumentationTransportException {
    private static final long serialVersionUID = 1L;

    /**
     * The operation that failed, as {@code group.method}.
     */
    private final String operation;

    /**
     * The HTTP status of the answer, 0 when there was none.
     */
    private final int status;

    /**
     * What the documentation says the status means here.
     */
    private final String reason;

    /**
     * The start of the answer's body, on one line.
     */
    private final String bodyExcerpt;

    /**
     * The wait the answer's {@code Retry-After} asked for; null when it asked none.
     */
    private final Duration retryAfter;

    /**
     * An answer.
     *
     * @param message what failed, for people
     * @param operation the operation that failed, as {@code group.method}
     * @param status the HTTP status of the answer
     * @param reason what the documentation says the status means here
     * @param bodyExcerpt the start of the answer's body, on one line
     * @param retryAfter the wait the answer's {@code Retry-After} asked for; null when none
     */
    StarWarsGraphQlDocumentationException(String message, String operation, int status,
            String reason, String bodyExcerpt, Duration retryAfter) {
        super(message);
        this.operation = operation;
        this.status = status;
        this.reason = reason;
        this.bodyExcerpt = bodyExcerpt;
        this.retryAfter = retryAfter;
    }

    /**
     * No answer.
     *
     * @param message what failed, for people
     * @param operation the operation that failed, as {@code group.method}
     * @param cause why no answer came
     */
    StarWarsGraphQlDocumentationException(String message, String operation, Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.status = 0;
        this.reason = "";
        this.bodyExcerpt = "";
        this.retryAfter = null;
    }

    /**
     * The operation that failed.
     *
     * @return the operation, as {@code group.method} ({@code visitors.get})
     */
    public String operation() {
        return operation;
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the status, 0 when there was none
     */
    public int status() {
        return status;
    }

    /**
     * What the documentation says this status means here.
     *
     * @return the documented reason, empty when there is none
     */
    public String reason() {
        return reason;
    }

    /**
     * The start of the answer's body, on one line.
     *
     * @return the excerpt, empty when there was no body
     */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }

    /**
     * How long the server asked to wait before calling again ({@code Retry-After}). When it
     * asked for longer than the retry policy waits, the call failed at once rather than
     * retrying, and this says when to call again.
     *
     * @return the wait; empty when the answer asked none, or there was no answer
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
