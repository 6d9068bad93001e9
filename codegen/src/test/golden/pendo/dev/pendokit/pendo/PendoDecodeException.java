package dev.pendokit.pendo;

import java.util.OptionalLong;
import javax.annotation.processing.Generated;

/**
 * A call got an answer, but its body did not decode into what the call returns: HTML from a proxy
 * or a login page, JSON cut short, or JSON of other types than documented. It is not retried: the
 * same answer would fail the same way. Check the base URL, and that the server serves the API
 * version this client was generated from.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoDecodeException extends PendoException {
    private static final long serialVersionUID = 1L;

    /**
     * The answer's Content-Type, empty when it had none.
     */
    private final String contentType;

    /**
     * Where decoding failed: a JSON path, line and column.
     */
    private final String location;

    /**
     * The rows handed over before the failure, -1 when none were streaming.
     */
    private final long rowsDelivered;

    /**
     * An answer that did not decode.
     *
     * @param message what failed, for people
     * @param operation the operation that failed, as {@code group.method}
     * @param status the HTTP status of the answer
     * @param contentType the answer's Content-Type, empty when it had none
     * @param location where decoding failed: a JSON path, line and column
     * @param bodyExcerpt the start of the answer's body, on one line
     * @param rowsDelivered the rows handed over before the one that failed, for rows read one at a time; else empty
     */
    public PendoDecodeException(String message, String operation, int status, String contentType,
            String location, String bodyExcerpt, OptionalLong rowsDelivered) {
        super(message, operation, status, "", bodyExcerpt, null);
        this.contentType = contentType;
        this.location = location;
        this.rowsDelivered = rowsDelivered.orElse(-1);
    }

    /**
     * The answer's Content-Type: {@code text/html} tells a web page from the API.
     *
     * @return the Content-Type, empty when the answer had none
     */
    public String contentType() {
        return contentType;
    }

    /**
     * Where decoding failed.
     *
     * @return a JSON path with line and column ({@code $.results[2].count (line 1, column 70)}), or the line and column alone
     */
    public String location() {
        return location;
    }

    /**
     * For rows read one at a time, how many were handed over before the answer failed: a job that
     * stored them resumes after the last.
     *
     * @return the rows delivered; empty when the call returned no rows
     */
    public OptionalLong rowsDelivered() {
        return rowsDelivered < 0 ? OptionalLong.empty() : OptionalLong.of(rowsDelivered);
    }
}
