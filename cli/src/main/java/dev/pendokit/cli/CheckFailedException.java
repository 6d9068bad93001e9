package dev.pendokit.cli;

/** A check that ran and failed (drift reached {@code --fail-on}): exit status 1, with the message as the reason. */
final class CheckFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CheckFailedException(String message) {
        super(message);
    }
}
