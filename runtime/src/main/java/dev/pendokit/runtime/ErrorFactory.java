package dev.pendokit.runtime;

import java.io.IOException;

/** Makes the generated client's own exceptions, so callers catch one typed hierarchy. */
public interface ErrorFactory {

    /** The exception for an answer outside 2xx. */
    RuntimeException httpError(ApiError error);

    /** The exception for a call that got no answer (connection refused, timeout, reset). */
    RuntimeException ioError(String operation, String method, String path, IOException cause);

    /** The exception for a call the client cannot make as configured (no credential, no server). */
    RuntimeException misconfigured(String message);
}
