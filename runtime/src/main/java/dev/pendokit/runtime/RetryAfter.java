package dev.pendokit.runtime;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long a {@code Retry-After} header asks to wait: a number of seconds ({@code 120}) or an HTTP
 * date ({@code Wed, 21 Oct 2026 07:28:00 GMT}), the two forms RFC 9110 allows.
 */
public final class RetryAfter {

    /** The longest wait a number of seconds can say here; more digits than a long holds say this. */
    private static final Duration LONGEST = Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L);

    private RetryAfter() {}

    /**
     * Reads the wait a {@code Retry-After} header asks for, so a retry waits as the server asked.
     *
     * @param value the header's value; null when the answer has none
     * @param now the instant an HTTP date is measured from
     * @return the wait, never negative (a date in the past is no wait); empty when the header is absent
     *     or is neither form ({@code -5}, {@code 1.5}, {@code tomorrow}), so the caller waits as it
     *     would without one
     */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
            } catch (NumberFormatException | ArithmeticException e) {
                return Optional.of(LONGEST);
            }
        }
        try {
            Duration wait = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A wait in words for a message: whole seconds as seconds ({@code 3600 s}, which is how the
     * header says it), anything finer in milliseconds ({@code 1500 ms}).
     *
     * @param wait the wait, not negative
     * @return the wait in words
     */
    static String describe(Duration wait) {
        return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
    }
}
