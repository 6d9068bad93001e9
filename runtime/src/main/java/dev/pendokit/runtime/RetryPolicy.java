package dev.pendokit.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how often a failed call is tried again: on the statuses in {@code retryStatuses}
 * (429 and 5xx by default) and on I/O failures, up to {@code maxAttempts} attempts in all, waiting
 * an exponentially growing delay, jittered between half and all of it, or what the server's {@code Retry-After} asks.
 * An answer whose {@code Retry-After} asks for longer than {@code maxRetryAfter} is not retried at all:
 * waiting less than the server asked would only meet the same refusal, and waiting as long would
 * hold the call for as long as the server likes, so the call fails at once and its exception says
 * how long the server asked. Calls that change data are retried only with
 * {@code retryNonIdempotent}, because a retry could apply them twice.
 */
public final class RetryPolicy {

    /** 3 attempts, 250 ms doubling to at most 10 s, Retry-After honoured up to 60 s (longer: not retried). */
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

    /**
     * Starts a policy from the defaults of {@link #DEFAULT}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a policy from this one's settings, to change some of them.
     *
     * @return a new builder holding this policy's settings
     */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).initialDelay(initialDelay).maxDelay(maxDelay)
                .multiplier(multiplier).maxRetryAfter(maxRetryAfter).retryStatuses(retryStatuses)
                .retryNonIdempotent(retryNonIdempotent);
    }

    /**
     * How many times a call is sent at most, the first attempt included.
     *
     * @return the attempts in all; 1 means no retries
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Whether a call may be retried at all: idempotent ones always, others when opted in.
     *
     * @param idempotent whether sending the call twice does no more than sending it once
     * @return true when the call may get more than one attempt
     */
    public boolean mayRetry(boolean idempotent) {
        return maxAttempts > 1 && (idempotent || retryNonIdempotent);
    }

    /**
     * Whether an answer with this status is worth trying again, as 429 and 5xx usually are.
     *
     * @param status the answer's HTTP status
     * @return true when the status is one of the policy's retry statuses
     */
    public boolean retriesStatus(int status) {
        return retryStatuses.contains(status);
    }

    /**
     * Whether the policy waits as long as an answer's Retry-After asks; if not, the call is not retried.
     *
     * @param retryAfter the wait the answer asked for
     * @return true when it is no longer than {@code maxRetryAfter}
     */
    public boolean waitsFor(Duration retryAfter) {
        return retryAfter.compareTo(maxRetryAfter) <= 0;
    }

    /**
     * The longest Retry-After the policy waits for before a retry.
     *
     * @return the longest wait; an answer asking for longer is not retried
     */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * The wait before attempt {@code attempt + 1} (attempts count from 1): the server's
     * Retry-After when it gave one, else a random delay up to the exponential backoff.
     *
     * @param attempt the attempt that failed, counted from 1
     * @param retryAfter the wait the answer's Retry-After asked for; null when it asked none
     * @return the wait; never more than {@code maxRetryAfter} for a Retry-After, though the transport does not
     *     retry an answer that asked for longer ({@link #waitsFor})
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

    /** Sets a policy's options; those not set keep the defaults of {@link #DEFAULT}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialDelay = Duration.ofMillis(250);
        private Duration maxDelay = Duration.ofSeconds(10);
        private double multiplier = 2.0;
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private Set<Integer> retryStatuses = Set.of(429, 500, 502, 503, 504);
        private boolean retryNonIdempotent;

        private Builder() {}

        /**
         * Attempts in all, the first included; 1 means no retries. 3 by default.
         *
         * @param maxAttempts the attempts, 1 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAttempts} is less than 1
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * The backoff before the first retry, which grows by the multiplier for each retry after it.
         * 250 ms by default.
         *
         * @param initialDelay the delay, not negative
         * @return this builder
         * @throws NullPointerException if {@code initialDelay} is null
         * @throws IllegalArgumentException if {@code initialDelay} is negative
         */
        public Builder initialDelay(Duration initialDelay) {
            this.initialDelay = notNegative(initialDelay, "initialDelay");
            return this;
        }

        /**
         * The longest the backoff grows to, so many retries do not wait for ever. 10 s by default;
         * a Retry-After is capped by {@link #maxRetryAfter} instead.
         *
         * @param maxDelay the longest backoff, not negative
         * @return this builder
         * @throws NullPointerException if {@code maxDelay} is null
         * @throws IllegalArgumentException if {@code maxDelay} is negative
         */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = notNegative(maxDelay, "maxDelay");
            return this;
        }

        /**
         * How much the backoff grows from one retry to the next. 2 by default.
         *
         * @param multiplier 1 or more; 1 waits the same before every retry
         * @return this builder
         * @throws IllegalArgumentException if {@code multiplier} is less than 1 or NaN
         */
        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1)) { // also refuses NaN
                throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
            }
            this.multiplier = multiplier;
            return this;
        }

        /**
         * The longest Retry-After that is waited for before a retry. 60 s by default. An answer
         * asking for longer is not retried: the call fails at once, and its exception says how long
         * the server asked to wait.
         *
         * @param maxRetryAfter the longest wait, not negative
         * @return this builder
         * @throws NullPointerException if {@code maxRetryAfter} is null
         * @throws IllegalArgumentException if {@code maxRetryAfter} is negative
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = notNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /**
         * The statuses that are tried again. 429, 500, 502, 503 and 504 by default.
         *
         * @param retryStatuses the statuses; copied
         * @return this builder
         * @throws NullPointerException if the set or one of its statuses is null
         */
        public Builder retryStatuses(Set<Integer> retryStatuses) {
            this.retryStatuses = Set.copyOf(retryStatuses);
            return this;
        }

        /**
         * Also retry calls that change data (POST, PATCH not declared safe). Off by default.
         *
         * @param retryNonIdempotent true to retry them, knowing a retry could apply them twice
         * @return this builder
         */
        public Builder retryNonIdempotent(boolean retryNonIdempotent) {
            this.retryNonIdempotent = retryNonIdempotent;
            return this;
        }

        /**
         * The policy as set; the builder can go on to make others.
         *
         * @return the policy
         */
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
