package dev.pendokit.drift.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.drift.Change;
import dev.pendokit.drift.live.LiveCheck.LiveResult;
import dev.pendokit.mock.PendoMock;
import dev.pendokit.mock.ReceivedRequest;
import dev.pendokit.mock.limit.RateLimit;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The live check against the mock Pendo with a rate limit, as against Pendo's: paced at the limit
 * it is never refused; paced above it, each 429 is waited out ({@code Retry-After}) and retried,
 * and the check finds what it finds unlimited.
 */
class LiveDriftAgainstRateLimitTest {

    private static final ApiModel PENDO = TestModels.pendo();
    private static final String KEY = "rate-limited-drift-key-4f1c9a";
    private static final int LIMIT = 20;
    private static final Duration BUDGET = Duration.ofSeconds(60);

    private static LiveResult check(PendoMock mock, double pace) {
        return LiveCheck.run(PENDO, new LiveCheck.Options(mock.baseUrl(), KEY, pace, BUDGET));
    }

    private static void assertNoDrift(LiveResult result) {
        assertThat(result.changes().stream().collect(Collectors.toMap(Change::operation, Change::where)))
                .isEqualTo(LiveDriftTest.UNCHECKABLE);
    }

    @Test
    void pacedAtTheLimitItIsNeverRefused() {
        try (PendoMock mock = PendoMock.builder().integrationKey(KEY).rateLimit(RateLimit.perSecond(LIMIT)).start()) {
            LiveResult result = check(mock, LIMIT);

            assertNoDrift(result);
            assertThat(mock.receivedRequests()).hasSizeGreaterThan(LIMIT * 3)
                    .noneMatch(r -> r.status() == 429);
        }
    }

    @Test
    void pacedAboveTheLimitItWaitsOutEach429AndRetries() {
        try (PendoMock mock = PendoMock.builder().integrationKey(KEY).rateLimit(RateLimit.perSecond(LIMIT)).start()) {
            long start = System.nanoTime();
            LiveResult result = check(mock, 1000);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertNoDrift(result);
            List<ReceivedRequest> requests = mock.receivedRequests();
            long refused = requests.stream().filter(r -> r.status() == 429).count();
            assertThat(refused).isPositive();
            for (int i = 0; i < requests.size(); i++) {
                if (requests.get(i).status() == 429) {
                    ReceivedRequest retry = requests.get(i + 1);
                    assertThat(retry.url()).isEqualTo(requests.get(i).url());
                    assertThat(retry.status()).as("the retry of %s", retry.url()).isNotEqualTo(429);
                }
            }
            // After the first burst, at most the limit a second gets through: each wait is a second.
            long answered = requests.size() - refused;
            assertThat(millis).isGreaterThanOrEqualTo((answered - LIMIT) / LIMIT * 1000);
        }
    }
}
