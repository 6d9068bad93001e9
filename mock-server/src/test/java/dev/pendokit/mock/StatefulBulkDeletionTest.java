package dev.pendokit.mock;

import static dev.pendokit.mock.StateCalls.call;
import static dev.pendokit.mock.StateCalls.ok;
import static dev.pendokit.mock.StateCalls.parse;
import static dev.pendokit.mock.StateCalls.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stateful mode: bulk-deleted visitors and accounts answer 404 and leave aggregations and segments. */
class StatefulBulkDeletionTest {

    private static final String EVENTS = "{\"source\":{\"events\":null,\"timeSeries\":{\"period\":\"dayRange\","
            + "\"first\":1693526400000,\"count\":1}}}";
    private static PendoMock mock;

    @BeforeAll
    static void start() {
        mock = PendoMock.builder().port(0).integrationKey(StateCalls.KEY).aggregationRows(4).stateful().start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @BeforeEach
    void startOver() {
        mock.resetState();
    }

    @Test
    void deletedVisitorsAnswer404AndLeaveAggregationsAndSegments() {
        String segment = ok(mock, "POST", "/api/v1/segment/upload",
                "{\"name\":\"S\",\"visitors\":[\"visitor-00001\",\"visitor-00003\"]}").path("id").asText();

        JsonNode receipt = ok(mock, "POST", "/api/v1/bulkdelete/visitor", "{\"visitors\":[\"visitor-00001\",\"visitor-00002\"]}");

        assertThat(receipt.path("id").asText()).isEqualTo("bulkdelete-00001");
        assertThat(receipt.path("kind").asText()).isEqualTo("visitor");
        assertThat(receipt.path("status").asText()).isEqualTo("complete");
        assertThat(receipt.path("ids")).isEqualTo(parse("[\"visitor-00001\",\"visitor-00002\"]"));
        assertThat(call(mock, "GET", "/api/v1/visitor/visitor-00001", null).statusCode()).isEqualTo(404);
        assertThat(rows(mock, "{\"source\":{\"visitors\":null}}")).extracting(row -> row.path("visitorId").asText())
                .containsExactly("visitor-00003", "visitor-00004");
        assertThat(rows(mock, EVENTS)).extracting(row -> row.path("visitorId").asText())
                .containsExactly("visitor-00003", "visitor-00004");
        assertThat(ok(mock, "GET", "/api/v1/segment/" + segment + "/status", null).path("totalTagged").asInt()).isEqualTo(1);
        assertThat(ok(mock, "GET", "/api/v1/bulkdelete/bulkdelete-00001", null)).isEqualTo(receipt);
        assertThat(ok(mock, "GET", "/api/v1/bulkdelete", null)).isEmpty();
    }

    @Test
    void deletedAccountsAnswer404AndLeaveAggregations() {
        ok(mock, "POST", "/api/v1/bulkdelete/account", "{\"accounts\":[\"account-00002\"]}");

        assertThat(call(mock, "GET", "/api/v1/account/account-00002", null).statusCode()).isEqualTo(404);
        assertThat(rows(mock, "{\"source\":{\"accounts\":null}}")).extracting(row -> row.path("accountId").asText())
                .containsExactly("account-00001", "account-00003", "account-00004");
        // Visitors 3 and 4 belong to account 2: their events went with it.
        assertThat(rows(mock, EVENTS)).extracting(row -> row.path("visitorId").asText())
                .containsExactly("visitor-00001", "visitor-00002");
    }

    @Test
    void aDeletionWithoutIdsGetsTheDocumented400() {
        HttpResponse<String> response = call(mock, "POST", "/api/v1/bulkdelete/visitor", "{\"visitors\":[]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response.body())).isEqualTo(parse("{\"status\":400,\"error\":\"Bad Request\",\"message\":"
                + "\"No IDs in payload: The body must be {\\\"visitors\\\": [ids]}, with at least one id and only ids\"}"));
        assertThat(rows(mock, "{\"source\":{\"visitors\":null}}")).hasSize(4);
    }
}
