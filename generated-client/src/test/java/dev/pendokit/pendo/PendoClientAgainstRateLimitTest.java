package dev.pendokit.pendo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.mock.PendoMock;
import dev.pendokit.mock.ReceivedRequest;
import dev.pendokit.mock.limit.RateLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The generated client's default retry policy against the mock's rate limit, as against Pendo's:
 * each 429 is waited out for its {@code Retry-After} and retried, and every call succeeds.
 */
@Timeout(30)
class PendoClientAgainstRateLimitTest {

    private static final String KEY = "rate-limited-key-0123456789";

    /**
     * One request every two seconds, a burst of one: the first call goes through; each next one,
     * sent at once, is refused with {@code Retry-After: 2}, waits that long and goes through. Two
     * seconds rather than one, so that a pause of a loaded machine between two calls (a cold
     * client decoding its first answer) does not let a call through unrefused.
     */
    @Test
    void everyCallSucceedsThroughTheRetryPolicy() {
        try (PendoMock mock = PendoMock.builder().integrationKey(KEY).rateLimit(RateLimit.perMinute(30)).start()) {
            PendoClient pendo = PendoClient.builder().baseUrl(mock.baseUrl()).integrationKey(KEY).build();

            long start = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                assertThat(pendo.pages().list()).isNotEmpty();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(mock.receivedRequests()).extracting(ReceivedRequest::status)
                    .containsExactly(200, 429, 200, 429, 200);
            assertThat(mock.receivedRequests()).filteredOn(r -> r.status() == 429)
                    .allSatisfy(r -> assertThat(r.url()).isEqualTo("/api/v1/page"));
            assertThat(millis).as("two waits of Retry-After: 2").isBetween(3000L, 15_000L);
            assertThat(mock.coverage().operations()).filteredOn(o -> o.name().equals("Page/Return List of All Pages"))
                    .singleElement().satisfies(o -> assertThat(o.exercised()).containsExactly(200, 429));
        }
    }
}
