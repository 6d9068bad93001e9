package dev.pendokit.mock;

import static dev.pendokit.mock.MockHttp.request;
import static dev.pendokit.mock.MockHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The requests the mock keeps are bounded, whatever the load. */
class JournalTest {

    @Test
    void keepsTheLastRequestsUpToItsLimit() {
        try (PendoMock mock = PendoMock.builder().journalLimit(50).start()) {
            for (int i = 0; i < 120; i++) {
                send(request(mock, "GET", "/api/v1/page?n=" + i, null, "x-pendo-integration-key", "k"));
            }
            assertThat(mock.receivedRequests()).hasSize(50);
            assertThat(mock.receivedRequests().get(0).url()).isEqualTo("/api/v1/page?n=70");
            assertThat(mock.receivedRequests().get(49).url()).isEqualTo("/api/v1/page?n=119");
        }
    }

    @Test
    void aRequestIsKeptBeforeItsAnswerArrives() {
        // Kept after the answer went out, a request was often missing from a read made as soon as
        // the call returned (within the first three calls here).
        try (PendoMock mock = PendoMock.builder().start()) {
            for (int i = 0; i < 300; i++) {
                send(request(mock, "GET", "/api/v1/page?n=" + i, null, "x-pendo-integration-key", "k"));
                assertThat(mock.receivedRequests()).hasSize(i + 1).last()
                        .satisfies(r -> assertThat(r.status()).isEqualTo(200));
            }
        }
    }

    @Test
    void keepsNothingWithALimitOfZero() {
        try (PendoMock mock = PendoMock.builder().journalLimit(0).start()) {
            send(request(mock, "GET", "/api/v1/page", null, "x-pendo-integration-key", "k"));
            assertThat(mock.receivedRequests()).isEmpty();
        }
    }
}
