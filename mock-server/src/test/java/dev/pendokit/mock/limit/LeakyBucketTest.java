package dev.pendokit.mock.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The bucket on a clock the test moves: exact waits, keys apart, and buckets dropped once empty. */
class LeakyBucketTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    @Test
    void letsABurstThroughThenOneRequestPerInterval() {
        LeakyBucket bucket = new LeakyBucket(RateLimit.perSecond(10), now::get);
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.admit("k")).as("request %d of the burst", i + 1).isZero();
        }
        assertThat(bucket.admit("k")).isEqualTo(Duration.ofMillis(100).toNanos());
        advance(Duration.ofMillis(40));
        assertThat(bucket.admit("k")).isEqualTo(Duration.ofMillis(60).toNanos());
        advance(Duration.ofMillis(60));
        assertThat(bucket.admit("k")).isZero();
        assertThat(bucket.admit("k")).isEqualTo(Duration.ofMillis(100).toNanos());
    }

    @Test
    void aBucketLeftAloneDrainsEmpty() {
        LeakyBucket bucket = new LeakyBucket(RateLimit.perSecond(2), now::get);
        assertThat(bucket.admit("k")).isZero();
        assertThat(bucket.admit("k")).isZero();
        assertThat(bucket.admit("k")).isEqualTo(Duration.ofMillis(500).toNanos());
        advance(Duration.ofSeconds(5));
        assertThat(bucket.admit("k")).isZero();
        assertThat(bucket.admit("k")).isZero();
        assertThat(bucket.admit("k")).isEqualTo(Duration.ofMillis(500).toNanos());
    }

    @Test
    void refusedRequestsSpendNothing() {
        LeakyBucket bucket = new LeakyBucket(RateLimit.perMinute(6), now::get);
        assertThat(bucket.admit("k")).isZero();
        for (int i = 0; i < 100; i++) {
            assertThat(bucket.admit("k")).isEqualTo(Duration.ofSeconds(10).toNanos());
        }
        advance(Duration.ofSeconds(10));
        assertThat(bucket.admit("k")).isZero();
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        LeakyBucket bucket = new LeakyBucket(RateLimit.perSecond(1), now::get);
        assertThat(bucket.admit("a")).isZero();
        assertThat(bucket.admit("a")).isPositive();
        assertThat(bucket.admit("b")).isZero();
        assertThat(bucket.admit("b")).isPositive();
    }

    @Test
    void bucketsThatDrainedAreDroppedPastTheKeysKept() {
        LeakyBucket bucket = new LeakyBucket(RateLimit.perSecond(1), now::get);
        for (int i = 0; i <= LeakyBucket.KEYS_KEPT; i++) {
            bucket.admit("key-" + i);
        }
        assertThat(bucket.keys()).isEqualTo(LeakyBucket.KEYS_KEPT + 1);
        advance(Duration.ofSeconds(1));
        bucket.admit("one-more");
        assertThat(bucket.keys()).isEqualTo(1);
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(RateLimitFilter.retryAfterSeconds(1)).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofMillis(100).toNanos())).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofSeconds(1).toNanos())).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofMillis(1001).toNanos())).isEqualTo(2);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofMillis(9_999).toNanos())).isEqualTo(10);
    }
}
