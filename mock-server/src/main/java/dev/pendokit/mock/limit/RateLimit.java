package dev.pendokit.mock.limit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many requests an integration key may send per second or per minute: {@code 10/s},
 * {@code 600/min}. Pendo limits each subscription with a leaky bucket; the mock does the same per
 * key ({@link LeakyBucket}), letting through a burst of one second's worth of requests (at least
 * one) and then one request per {@link #interval()}.
 *
 * @param requests how many requests, 1 or more
 * @param period one second or one minute
 */
public record RateLimit(int requests, Duration period) {

    /** What a rate limit looks like, for messages. */
    public static final String FORM = "a number of requests per second or per minute, 1 or more (10/s, 600/min)";

    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})\\s*/\\s*(s|sec|second|m|min|minute)");

    public RateLimit {
        Objects.requireNonNull(period, "period");
        if (requests < 1) {
            throw new IllegalArgumentException("A rate limit allows 1 request or more, not " + requests);
        }
        if (!period.equals(Duration.ofSeconds(1)) && !period.equals(Duration.ofMinutes(1))) {
            throw new IllegalArgumentException("A rate limit counts per second or per minute, not per " + period);
        }
    }

    public static RateLimit perSecond(int requests) {
        return new RateLimit(requests, Duration.ofSeconds(1));
    }

    public static RateLimit perMinute(int requests) {
        return new RateLimit(requests, Duration.ofMinutes(1));
    }

    /**
     * Reads {@code 10/s}, {@code 600/min} (also {@code /sec}, {@code /second}, {@code /m}, {@code /minute}).
     *
     * @throws IllegalArgumentException naming the text and the form expected
     */
    public static RateLimit parse(String text) {
        Matcher limit = TEXT.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (limit.matches() && Integer.parseInt(limit.group(1)) >= 1) {
            int requests = Integer.parseInt(limit.group(1));
            return limit.group(2).startsWith("s") ? perSecond(requests) : perMinute(requests);
        }
        throw new IllegalArgumentException("A rate limit is " + FORM + ", not '" + text + "'");
    }

    /** The time between two requests once the burst is spent. */
    public Duration interval() {
        return period.dividedBy(requests);
    }

    /** How many requests may come at once: one second's worth, at least 1. */
    public int burst() {
        long perSecond = period.getSeconds();
        return (int) Math.max(1, (requests + perSecond - 1) / perSecond);
    }

    /** {@code 10/s}, {@code 600/min}: as {@link #parse} reads it. */
    @Override
    public String toString() {
        return requests + (period.getSeconds() == 1 ? "/s" : "/min");
    }
}
