package dev.pendokit.collection.fetch;

import dev.pendokit.runtime.RetryAfter;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * How long to wait before the next attempt after a 429 or 5xx: the server's {@code Retry-After}
 * (seconds or an HTTP date, read by the runtime's {@link RetryAfter}, never negative) when it
 * sends one, else an exponential backoff, as after a request that got no answer at all; either way
 * no longer than the cap, so a server asking for an hour does not hang a build.
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
        return RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), Instant.now())
                .map(wanted -> wanted.compareTo(cap) > 0 ? cap : wanted)
                .orElseGet(() -> backoff(attempt, cap));
    }

    /**
     * The wait after attempt {@code attempt} (from 1) when the server said nothing: 0.5 s, doubling
     * each time, no longer than the cap.
     */
    static Duration backoff(int attempt, Duration cap) {
        Duration wanted = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 10));
        return wanted.compareTo(cap) > 0 ? cap : wanted;
    }
}
