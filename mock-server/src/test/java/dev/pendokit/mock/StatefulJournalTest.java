package dev.pendokit.mock;

import static dev.pendokit.mock.StateCalls.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A request the state (or the aggregation engine) answers by itself is journaled with its key
 * masked, as every other request is: WireMock keeps such a request as received, before the key
 * check masked it, so the journal masks again.
 */
class StatefulJournalTest {

    @Test
    void theJournalNeverHoldsTheKeyOfARequestTheStateOrTheEngineAnswered() {
        try (PendoMock mock = PendoMock.builder().port(0).integrationKey(StateCalls.KEY).stateful().start()) {
            ok(mock, "GET", "/api/v1/visitor/visitor-00001", null);
            StateCalls.rows(mock, "{\"source\":{\"accounts\":null}}");

            assertThat(mock.receivedRequests()).hasSize(2).allSatisfy(request -> {
                assertThat(request.status()).isEqualTo(200);
                assertThat(request.header("x-pendo-integration-key")).isEqualTo("****");
                assertThat(request.toString()).doesNotContain(StateCalls.KEY);
            });
        }
    }
}
