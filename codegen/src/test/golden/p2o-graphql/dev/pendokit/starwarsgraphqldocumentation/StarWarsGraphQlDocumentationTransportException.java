package dev.pendokit.starwarsgraphqldocumentation;

import java.io.IOException;
import java.util.OptionalLong;
import javax.annotation.processing.Generated;

/**
 * A call got no answer: the connection failed, was reset, or the request timed out. Or the answer
 * broke off after its status came; if its rows were streaming, {@link #rowsDelivered()} says after
 * how many, so a job that stored them can resume after the last.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class StarWarsGraphQlDocumentationTransportException extends StarWarsGraphQlDocumentationException {
    private static final long serialVersionUID = 1L;

    /**
     * The rows handed over before the failure, -1 when none were streaming.
     */
    private final long rowsDelivered;

    /**
     * No answer, or one that broke off.
     *
     * @param message what failed, for people
     * @param operation the operation that failed, as {@code group.method}
     * @param rowsDelivered the rows handed over before the answer broke off; empty when no rows were streaming
     * @param cause why no answer came
     */
    public StarWarsGraphQlDocumentationTransportException(String message, String operation,
            OptionalLong rowsDelivered, IOException cause) {
        super(message, operation, cause);
        this.rowsDelivered = rowsDelivered.orElse(-1);
    }

    /**
     * For rows read one at a time, how many were handed over before the answer broke off: a job that
     * stored them resumes after the last.
     *
     * @return the rows delivered; empty when the call returned no rows
     */
    public OptionalLong rowsDelivered() {
        return rowsDelivered < 0 ? OptionalLong.empty() : OptionalLong.of(rowsDelivered);
    }
}
