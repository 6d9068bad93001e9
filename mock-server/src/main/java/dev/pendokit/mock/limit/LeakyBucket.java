package dev.pendokit.mock.limit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A leaky bucket per key, kept as the time its bucket is next empty enough (the generic cell rate
 * algorithm): a request is let through when that time is at most a burst's worth of intervals
 * away, and moves it one interval on; a refused request moves nothing. One number per key, no
 * timer, and the same answers for the same arrival times, so tests can count on them.
 */
public final class LeakyBucket {

    /** Past this many keys, buckets that have drained empty are dropped (an empty bucket is no bucket). */
    static final int KEYS_KEPT = 10_000;

    private final long interval;
    private final long tolerance;
    private final LongSupplier nanoTime;
    private final Map<String, Long> due = new ConcurrentHashMap<>();

    /** @param nanoTime the clock, {@link System#nanoTime} but in tests */
    public LeakyBucket(RateLimit limit, LongSupplier nanoTime) {
        this.interval = limit.interval().toNanos();
        this.tolerance = (limit.burst() - 1) * interval;
        this.nanoTime = nanoTime;
    }

    /**
     * Lets a request of this key through, or says how long until one would be.
     *
     * @return 0 when let through, else the nanoseconds until the next request of the key would be
     */
    public long admit(String key) {
        long now = nanoTime.getAsLong();
        if (due.size() > KEYS_KEPT && !due.containsKey(key)) {
            due.values().removeIf(at -> at - now <= 0);
        }
        long[] wait = new long[1];
        due.compute(key, (k, at) -> {
            long start = at == null || at - now < 0 ? now : at;
            if (start - now > tolerance) {
                wait[0] = start - tolerance - now;
                return at;
            }
            return start + interval;
        });
        return wait[0];
    }

    /** How many keys have a bucket, for tests of the pruning. */
    int keys() {
        return due.size();
    }
}
