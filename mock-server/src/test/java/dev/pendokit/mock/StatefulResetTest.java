package dev.pendokit.mock;

import static dev.pendokit.mock.StateCalls.call;
import static dev.pendokit.mock.StateCalls.ok;
import static dev.pendokit.mock.StateCalls.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Stateful mode: the state starts over on reset, is per server, and takes concurrent writes whole. */
class StatefulResetTest {

    private static final String PLAN = "/api/v1/metadata/visitor/custom/value/visitor-00001/plan";

    @Test
    void thePendokitResetEndpointStartsOverWithoutAKey() {
        try (PendoMock mock = PendoMock.builder().port(0).integrationKey(StateCalls.KEY).stateful().start()) {
            ok(mock, "PUT", PLAN, "\"pro\"");
            ok(mock, "POST", "/api/v1/segment/upload", "{\"name\":\"S\",\"visitors\":[]}");

            HttpResponse<String> reset = MockHttp.send(MockHttp.request(mock, "POST", "/__pendokit/reset", null));

            assertThat(reset.statusCode()).isEqualTo(200);
            assertThat(parse(reset.body())).isEqualTo(parse("{\"reset\":true}"));
            assertThat(ok(mock, "GET", PLAN, null).isNull()).isTrue();
            assertThat(ok(mock, "GET", "/api/v1/segment", null)).isEmpty();
            HttpResponse<String> get = MockHttp.send(MockHttp.request(mock, "GET", "/__pendokit/reset", null));
            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(parse(get.body()).path("message").asText()).isEqualTo("Reset the state with POST /__pendokit/reset");
        }
    }

    @Test
    void resetStateStartsOverAndEachServerHasItsOwnState() {
        try (PendoMock one = PendoMock.builder().port(0).stateful().start();
                PendoMock two = PendoMock.builder().port(0).stateful().start()) {
            ok(one, "PUT", PLAN, "\"pro\"");

            assertThat(ok(two, "GET", PLAN, null).isNull()).isTrue();
            assertThat(ok(one, "GET", PLAN, null).asText()).isEqualTo("pro");
            one.resetState();
            assertThat(ok(one, "GET", PLAN, null).isNull()).isTrue();
        }
    }

    @Test
    void withoutAggregationRowsTheStateStartsFromAHundredRowsPerSource() {
        try (PendoMock mock = PendoMock.builder().port(0).stateful().start()) {
            assertThat(StateCalls.rows(mock, "{\"source\":{\"visitors\":null}}")).hasSize(PendoMock.DEFAULT_STATEFUL_ROWS)
                    .hasSize(100);
            assertThat(call(mock, "GET", "/api/v1/visitor/visitor-00100", null).statusCode()).isEqualTo(200);
            assertThat(call(mock, "GET", "/api/v1/visitor/visitor-00101", null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void concurrentWritesAllLand() throws Exception {
        try (PendoMock mock = PendoMock.builder().port(0).stateful().start()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> sent = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int thread = t;
                    sent.add(pool.submit(() -> {
                        for (int i = 0; i < 25; i++) {
                            ok(mock, "POST", "/api/v1/metadata/visitor/custom/value", "[{\"visitorId\":\"visitor-00001\","
                                    + "\"values\":{\"f" + thread + "_" + i + "\":" + i + "}}]");
                            ok(mock, "PUT", "/api/v1/segment/segment-00001/visitor/v" + thread + "_" + i, null);
                        }
                        return 25;
                    }));
                    if (t == 0) {
                        ok(mock, "POST", "/api/v1/segment/upload", "{\"name\":\"S\",\"visitors\":[]}");
                    }
                }
                for (Future<Integer> done : sent) {
                    done.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(ok(mock, "GET", "/api/v1/visitor/visitor-00001", null).path("metadata").path("custom").size())
                    .isEqualTo(200);
            assertThat(ok(mock, "GET", "/api/v1/segment/segment-00001/status", null).path("totalTagged").asInt())
                    .isEqualTo(200);
        }
    }

    @Test
    void aStatelessMockHasNoStateToReset() {
        try (PendoMock mock = PendoMock.builder().port(0).start()) {
            assertThat(mock.stateful()).isFalse();
            assertThatThrownBy(mock::resetState).isInstanceOf(IllegalStateException.class)
                    .hasMessage("This mock is not stateful, so it has no state to reset: start it with"
                            + " PendoMock.builder().stateful() (--stateful)");
        }
    }
}
