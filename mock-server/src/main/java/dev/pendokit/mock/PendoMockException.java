package dev.pendokit.mock;

/** The mock could not start; the message names the problem and the fix. */
public final class PendoMockException extends RuntimeException {

    PendoMockException(String message, Throwable cause) {
        super(message, cause);
    }
}
