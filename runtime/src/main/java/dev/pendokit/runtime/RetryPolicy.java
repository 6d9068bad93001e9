package dev.pendokit.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how often a failed call is tried again: on the statuses in {@code retryStatuses}
 * (429 and 5xx by default) and on I/O failures, up to {@code maxAttempts} attempts in all, waiting
 * an exponentially growing delay, jittered between half and all of it, or what the server's {@code Retry-After} asks
 * (capped by {@code maxRetryAfter}). Calls that change data are retried only with
 * {@code retryNonIdempotent}, because a retry could apply them twice.
 */
public final class RetryPolicy {

    /** 3 attempts, 250 ms doubling to at most 10 s, Retry-After honoured up to 60 s. */
    public static final RetryPolicy DEFAULT = builder().build();

    /** One attempt, no retries. */
    public static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final double multiplier;
    private final Duration maxRetryAfter;
    private final Set<Integer> retryStatuses;
    private final boolean retryNonIdempotent;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialDelay = builder.initialDelay;
        this.maxDelay = builder.maxDelay;
        this.multiplier = builder.multiplier;
        this.maxRetryAfter = builder.maxRetryAfter;
        this.retryStatuses = Set.copyOf(builder.retryStatuses);
        this.retryNonIdempotent = builder.retryNonIdempotent;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).initialDelay(initialDelay).maxDelay(maxDelay)
                .multiplier(multiplier).maxRetryAfter(maxRetryAfter).retryStatuses(retryStatuses)
                .retryNonIdempotent(retryNonIdempotent);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Whether a call may be retried at all: idempotent ones always, others when opted in. */
    public boolean mayRetry(boolean idempotent) {
        return maxAttempts > 1 && (idempotent || retryNonIdempotent);
    }

    public boolean retriesStatus(int status) {
        return retryStatuses.contains(status);
    }

    /**
     * The wait before attempt {@code attempt + 1} (attempts count from 1): the server's
     * Retry-After when it gave one, else a random delay up to the exponential backoff.
     */
    public Duration delayAfter(int attempt, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
        }
        double exponential = initialDelay.toMillis() * Math.pow(multiplier, attempt - 1);
        long cap = (long) Math.min(exponential, maxDelay.toMillis());
        return Duration.ofMillis(cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay + ", maxDelay=" + maxDelay
                + ", multiplier=" + multiplier + ", maxRetryAfter=" + maxRetryAfter + ", retryStatuses="
                + retryStatuses + ", retryNonIdempotent=" + retryNonIdempotent + "]";
    }

    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialDelay = Duration.ofMillis(250);
        private Duration maxDelay = Duration.ofSeconds(10);
        private double multiplier = 2.0;
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private Set<Integer> retryStatuses = Set.of(429, 500, 502, 503, 504);
        private boolean retryNonIdempotent;

        private Builder() {}

        /** Attempts in all, the first included; 1 means no retries. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder initialDelay(Duration initialDelay) {
            this.initialDelay = notNegative(initialDelay, "initialDelay");
            return this;
        }

        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = notNegative(maxDelay, "maxDelay");
            return this;
        }

        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1)) { // also refuses NaN
                throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
            }
            this.multiplier = multiplier;
            return this;
        }

        /** The longest Retry-After that is honoured as given; longer ones wait this long. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = notNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        public Builder retryStatuses(Set<Integer> retryStatuses) {
            this.retryStatuses = Set.copyOf(retryStatuses);
            return this;
        }

        /** Also retry calls that change data (POST, PATCH not declared safe). Off by default. */
        public Builder retryNonIdempotent(boolean retryNonIdempotent) {
            this.retryNonIdempotent = retryNonIdempotent;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration notNegative(Duration duration, String name) {
            if (Objects.requireNonNull(duration, name).isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + duration);
            }
            return duration;
        }
    }
}
