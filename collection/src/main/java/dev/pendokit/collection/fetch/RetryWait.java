package dev.pendokit.collection.fetch;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long to wait before the next attempt after a 429 or 5xx: the server's {@code Retry-After}
 * (seconds or an HTTP date) when it sends one, else an exponential backoff; either way no longer
 * than the cap, so a server asking for an hour does not hang a build.
 */
final class RetryWait {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private RetryWait() {}

    /**
     * @param response the answer that asked for a retry
     * @param attempt the attempt that got it, from 1
     * @param cap the longest wait allowed
     */
    static Duration after(HttpResponse<?> response, int attempt, Duration cap) {
        Duration wanted = retryAfter(response.headers().firstValue("Retry-After"))
                .orElse(FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 10)));
        if (wanted.isNegative()) {
            return Duration.ZERO;
        }
        return wanted.compareTo(cap) > 0 ? cap : wanted;
    }

    static Optional<Duration> retryAfter(Optional<String> header) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().trim();
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(Duration.between(ZonedDateTime.now(at.getZone()), at));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
