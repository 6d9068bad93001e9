package dev.pendokit.runtime;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * Makes the generated client's own exceptions, so callers catch one typed hierarchy. Whatever the
 * transport passes in has the client's secrets masked already.
 */
public interface ErrorFactory {

    /**
     * The exception for an answer outside 2xx.
     *
     * @param error what the server answered
     * @return the exception, which the transport throws
     */
    RuntimeException httpError(ApiError error);

    /**
     * The exception for a 2xx answer whose body did not decode into the operation's result. It is
     * never retried: the same answer would fail the same way.
     *
     * @param error what the server answered and where decoding failed
     * @return the exception, which the transport throws (or the rows, when a row fails)
     */
    RuntimeException decodeError(DecodeError error);

    /**
     * The exception for a call that got no answer (connection refused, timeout, reset).
     *
     * @param operation the operation's name, for the message
     * @param method the HTTP method
     * @param path the path sent, without the query (which may carry a key)
     * @param cause the failure; an {@code InterruptedIOException} when the calling thread was interrupted
     * @return the exception, which the transport throws
     */
    RuntimeException ioError(String operation, String method, String path, IOException cause);

    /**
     * The exception for an answer that broke off while its body was read: the connection failed
     * after the status came. When rows were streaming, it says after how many, so a job that stored
     * them can resume after the last.
     *
     * @param message what failed, and after how many rows, for people
     * @param operation the operation's name
     * @param rowsDelivered the rows handed over before the break; empty when the body was not read as rows
     * @param cause the failure
     * @return the exception, which the transport (or the rows) throws
     */
    RuntimeException brokenOff(String message, String operation, OptionalLong rowsDelivered, IOException cause);

    /**
     * The exception for a call the client cannot make as configured (no credential, no server).
     *
     * @param message what is missing and where to set it; it never holds a secret
     * @return the exception, which the transport throws
     */
    RuntimeException misconfigured(String message);
}
