package dev.pendokit.pendo;

import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * The answer was 409 (Conflict).
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoConflictException extends PendoClientErrorException {
    private static final long serialVersionUID = 1L;

    /**
     * An answer with status 409.
     *
     * @param message what failed, for people
     * @param operation the operation that failed, as {@code group.method}
     * @param reason what the documentation says the status means here
     * @param bodyExcerpt the start of the answer's body, on one line
     * @param retryAfter the wait the answer's {@code Retry-After} asked for; null when none
     */
    public PendoConflictException(String message, String operation, String reason,
            String bodyExcerpt, Duration retryAfter) {
        super(message, operation, 409, reason, bodyExcerpt, retryAfter);
    }
}
