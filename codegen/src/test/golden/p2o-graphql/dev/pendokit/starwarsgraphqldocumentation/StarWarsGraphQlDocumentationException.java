package dev.pendokit.starwarsgraphqldocumentation;

import dev.pendokit.starwarsgraphqldocumentation.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * A call of the StarWarsGraphQlDocumentation client failed. {@link #status()} is 0 when no answer came.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public class StarWarsGraphQlDocumentationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String operation;

    private final int status;

    private final String reason;

    private final String bodyExcerpt;

    public StarWarsGraphQlDocumentationException(ApiError error) {
        super(error.message());
        this.operation = error.operation();
        this.status = error.status();
        this.reason = error.reason();
        this.bodyExcerpt = error.bodyExcerpt();
    }

    protected StarWarsGraphQlDocumentationException(String operation, String message,
            Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.status = 0;
        this.reason = "";
        this.bodyExcerpt = "";
    }

    /**
     * The operation that failed, as {@code group.method}.
     */
    public String operation() {
        return operation;
    }

    /**
     * The HTTP status of the answer, 0 when there was none.
     */
    public int status() {
        return status;
    }

    /**
     * What the documentation says this status means here.
     */
    public String reason() {
        return reason;
    }

    /**
     * The start of the answer's body, on one line.
     */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
