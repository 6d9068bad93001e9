package dev.pendokit.mock;

import static dev.pendokit.mock.StateCalls.call;
import static dev.pendokit.mock.StateCalls.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Without stateful(), writes change nothing: every request gets its documented answer, as before. */
class StatelessByDefaultTest {

    private static PendoMock mock;

    @BeforeAll
    static void start() {
        mock = PendoMock.builder().port(0).aggregationRows(3).start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void writesDoNotChangeWhatReadsAnswer() {
        String before = call(mock, "GET", "/api/v1/visitor/visitor-00001", null).body();
        ok(mock, "PUT", "/api/v1/metadata/visitor/custom/value/visitor-00001/plan", "\"pro\"");
        ok(mock, "POST", "/api/v1/bulkdelete/visitor", "{\"visitors\":[\"visitor-00001\"]}");

        HttpResponse<String> after = call(mock, "GET", "/api/v1/visitor/visitor-00001", null);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).isEqualTo(before);
        assertThat(MockHttp.answeredBy(after)).isEqualTo("Visitor/Get Visitor by ID");
        assertThat(StateCalls.rows(mock, "{\"source\":{\"visitors\":null}}")).hasSize(3)
                .allSatisfy(row -> assertThat(row.path("metadata").has("custom")).isFalse());
    }

    @Test
    void anIdOutsideTheDatasetIsStillAnsweredByTheStub() {
        HttpResponse<String> response = call(mock, "GET", "/api/v1/account/no-such-account", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MockHttp.answeredBy(response)).isEqualTo("Account/Get Account by ID");
    }

    @Test
    void thereIsNoResetEndpoint() {
        HttpResponse<String> reset = call(mock, "POST", "/__pendokit/reset", null);

        assertThat(reset.statusCode()).isEqualTo(404);
        assertThat(MockHttp.json(reset).path("message").asText()).startsWith("No documented request matches");
        assertThat(mock.stateful()).isFalse();
    }
}
