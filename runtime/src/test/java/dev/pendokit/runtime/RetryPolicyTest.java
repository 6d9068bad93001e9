package dev.pendokit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.LongSummaryStatistics;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

    private static final int SAMPLES = 2_000;

    private static LongSummaryStatistics delays(RetryPolicy policy, int attempt) {
        LongSummaryStatistics stats = new LongSummaryStatistics();
        for (int i = 0; i < SAMPLES; i++) {
            stats.accept(policy.delayAfter(attempt, null).toMillis());
        }
        return stats;
    }

    @Test
    void theDefaults() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertThat(policy.maxAttempts()).isEqualTo(3);
        assertThat(policy.toString()).startsWith("RetryPolicy[maxAttempts=3, initialDelay=PT0.25S, maxDelay=PT10S,"
                + " multiplier=2.0, maxRetryAfter=PT1M, retryStatuses=[").endsWith("], retryNonIdempotent=false]");
        for (int status : new int[] {429, 500, 502, 503, 504}) {
            assertThat(policy.retriesStatus(status)).as("status %d", status).isTrue();
        }
        for (int status : new int[] {200, 301, 400, 401, 403, 404, 408, 409, 501, 505}) {
            assertThat(policy.retriesStatus(status)).as("status %d", status).isFalse();
        }
        assertThat(policy.delayAfter(1, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(1, Duration.ofSeconds(61))).isEqualTo(Duration.ofSeconds(60));
        LongSummaryStatistics first = delays(policy, 1);
        assertThat(first.getMin()).isGreaterThanOrEqualTo(125);
        assertThat(first.getMax()).isLessThanOrEqualTo(250);
        assertThat(delays(policy, 20).getMax()).isLessThanOrEqualTo(10_000);
    }

    @Test
    void noneMakesOneAttempt() {
        assertThat(RetryPolicy.NONE.maxAttempts()).isEqualTo(1);
        assertThat(RetryPolicy.NONE.mayRetry(true)).isFalse();
        assertThat(RetryPolicy.NONE.mayRetry(false)).isFalse();
    }

    @Test
    void mayRetryIdempotentCallsAlwaysAndOthersWhenOptedIn() {
        RetryPolicy policy = RetryPolicy.builder().build();
        RetryPolicy all = RetryPolicy.builder().retryNonIdempotent(true).build();
        RetryPolicy once = RetryPolicy.builder().retryNonIdempotent(true).maxAttempts(1).build();

        assertThat(policy.mayRetry(true)).isTrue();
        assertThat(policy.mayRetry(false)).isFalse();
        assertThat(all.mayRetry(true)).isTrue();
        assertThat(all.mayRetry(false)).isTrue();
        assertThat(once.mayRetry(true)).isFalse();
        assertThat(once.mayRetry(false)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void maxAttemptsMustBeAtLeastOne(int attempts) {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(attempts))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAttempts must be at least 1, was " + attempts);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.999, 0, -2, Double.NaN, Double.NEGATIVE_INFINITY})
    void theMultiplierMustBeAtLeastOne(double multiplier) {
        assertThatThrownBy(() -> RetryPolicy.builder().multiplier(multiplier))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("multiplier must be at least 1, was " + multiplier);
    }

    @Test
    void aMultiplierOfOneKeepsTheDelayConstant() {
        RetryPolicy policy = RetryPolicy.builder().initialDelay(Duration.ofMillis(80)).multiplier(1).build();

        for (int attempt : new int[] {1, 2, 5, 50}) {
            LongSummaryStatistics stats = delays(policy, attempt);
            assertThat(stats.getMin()).isGreaterThanOrEqualTo(40);
            assertThat(stats.getMax()).isLessThanOrEqualTo(80);
        }
    }

    @Test
    void durationsMustBeGiven() {
        assertThatThrownBy(() -> RetryPolicy.builder().initialDelay(null)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("initialDelay");
        assertThatThrownBy(() -> RetryPolicy.builder().maxDelay(null)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("maxDelay");
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(null)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("maxRetryAfter");
        assertThatThrownBy(() -> RetryPolicy.builder().retryStatuses(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void durationsMustNotBeNegative() {
        Duration negative = Duration.ofMillis(-1);

        assertThatThrownBy(() -> RetryPolicy.builder().initialDelay(negative))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("initialDelay must not be negative, was PT-0.001S");
        assertThatThrownBy(() -> RetryPolicy.builder().maxDelay(negative))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDelay must not be negative, was PT-0.001S");
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(negative))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxRetryAfter must not be negative, was PT-0.001S");
        assertThat(RetryPolicy.builder().initialDelay(Duration.ZERO).maxDelay(Duration.ZERO)
                .maxRetryAfter(Duration.ZERO).build().delayAfter(1, Duration.ofSeconds(5))).isEqualTo(Duration.ZERO);
    }

    @ParameterizedTest
    @CsvSource({
        // attempt, lowest, highest: 100 ms doubling, capped at 1 s, jittered between half and all
        "1, 50, 100",
        "2, 100, 200",
        "3, 200, 400",
        "4, 400, 800",
        "5, 500, 1000",
        "6, 500, 1000",
        "40, 500, 1000",
        "2000, 500, 1000",
    })
    void theBackoffGrowsExponentiallyIsCappedAndJitteredBetweenHalfAndAll(int attempt, long lowest, long highest) {
        RetryPolicy policy = RetryPolicy.builder().initialDelay(Duration.ofMillis(100)).maxDelay(Duration.ofSeconds(1))
                .build();

        LongSummaryStatistics stats = delays(policy, attempt);

        assertThat(stats.getMin()).isBetween(lowest, lowest + (highest - lowest) / 10);
        assertThat(stats.getMax()).isBetween(highest - (highest - lowest) / 10, highest);
        // Uniform: the mean is near the middle.
        assertThat(stats.getAverage()).isBetween((lowest + highest) / 2.0 * 0.9, (lowest + highest) / 2.0 * 1.1);
    }

    @Test
    void theJitterTakesManyValues() {
        RetryPolicy policy = RetryPolicy.builder().initialDelay(Duration.ofMillis(1_000)).build();

        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(policy.delayAfter(1, null).toMillis());
        }

        assertThat(seen).hasSizeGreaterThan(100);
    }

    @Test
    void aZeroOrTinyInitialDelayGivesZeroOrTinyDelays() {
        RetryPolicy zero = RetryPolicy.builder().initialDelay(Duration.ZERO).build();
        RetryPolicy tiny = RetryPolicy.builder().initialDelay(Duration.ofMillis(1)).multiplier(1).build();

        assertThat(delays(zero, 1).getMax()).isZero();
        assertThat(delays(zero, 7).getMax()).isZero();
        LongSummaryStatistics stats = delays(tiny, 3);
        assertThat(stats.getMin()).isZero();
        assertThat(stats.getMax()).isEqualTo(1);
    }

    @Test
    void retryAfterIsTakenAsGivenUpToMaxRetryAfter() {
        RetryPolicy policy = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(30)).maxDelay(Duration.ofMillis(5))
                .build();

        assertThat(policy.delayAfter(1, Duration.ZERO)).isEqualTo(Duration.ZERO);
        assertThat(policy.delayAfter(1, Duration.ofMillis(1_500))).isEqualTo(Duration.ofMillis(1_500));
        assertThat(policy.delayAfter(2, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2, Duration.ofSeconds(31))).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(9, Duration.ofDays(2))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void waitsForARetryAfterUpToMaxRetryAfterOnly() {
        RetryPolicy policy = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(30)).build();

        assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryPolicy.DEFAULT.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.waitsFor(Duration.ZERO)).isTrue();
        assertThat(policy.waitsFor(Duration.ofSeconds(30))).isTrue();
        assertThat(policy.waitsFor(Duration.ofMillis(30_001))).isFalse();
        assertThat(policy.waitsFor(Duration.ofHours(1))).isFalse();
    }

    @Test
    void retryStatusesAreCopied() {
        Set<Integer> statuses = new HashSet<>(Set.of(503));
        RetryPolicy.Builder builder = RetryPolicy.builder().retryStatuses(statuses);
        statuses.add(500);
        RetryPolicy policy = builder.build();
        RetryPolicy onlyNone = builder.retryStatuses(Set.of()).build();

        assertThat(policy.retriesStatus(503)).isTrue();
        assertThat(policy.retriesStatus(500)).isFalse();
        assertThat(policy.retriesStatus(429)).isFalse();
        assertThat(onlyNone.retriesStatus(503)).isFalse();
    }

    @Test
    void toBuilderKeepsEverySetting() {
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(7).initialDelay(Duration.ofMillis(3))
                .maxDelay(Duration.ofMillis(9)).multiplier(1.5).maxRetryAfter(Duration.ofSeconds(4))
                .retryStatuses(Set.of(418)).retryNonIdempotent(true).build();

        RetryPolicy copy = policy.toBuilder().build();

        assertThat(copy).hasToString("RetryPolicy[maxAttempts=7, initialDelay=PT0.003S, maxDelay=PT0.009S, multiplier=1.5,"
                + " maxRetryAfter=PT4S, retryStatuses=[418], retryNonIdempotent=true]");
        assertThat(copy.toString()).isEqualTo(policy.toString());
        assertThat(policy.toBuilder().maxAttempts(2).build().maxAttempts()).isEqualTo(2);
        assertThat(policy.maxAttempts()).isEqualTo(7);
    }
}
