package dev.pendokit.runtime;

import java.io.IOException;

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
     * @return the exception, which the transport throws
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
     * The exception for a call the client cannot make as configured (no credential, no server).
     *
     * @param message what is missing and where to set it; it never holds a secret
     * @return the exception, which the transport throws
     */
    RuntimeException misconfigured(String message);
}
