package dev.pendokit.mock;

import static dev.pendokit.mock.StateCalls.call;
import static dev.pendokit.mock.StateCalls.ok;
import static dev.pendokit.mock.StateCalls.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stateful mode: segments created, changed, given and relieved of visitors, and deleted, over HTTP. */
class StatefulSegmentsTest {

    private static PendoMock mock;

    @BeforeAll
    static void start() {
        mock = PendoMock.builder().port(0).integrationKey(StateCalls.KEY).stateful().start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @BeforeEach
    void startOver() {
        mock.resetState();
    }

    private static String create(String name, String visitors) {
        return ok(mock, "POST", "/api/v1/segment/upload", "{\"name\":\"" + name + "\",\"visitors\":[" + visitors + "]}")
                .path("id").asText();
    }

    private static int tagged(String id) {
        return ok(mock, "GET", "/api/v1/segment/" + id + "/status", null).path("totalTagged").asInt();
    }

    @Test
    void theStateStartsWithNoSegments() {
        assertThat(ok(mock, "GET", "/api/v1/segment", null)).isEqualTo(parse("[]"));
    }

    @Test
    void aCreatedSegmentIsListedGotAndCountsItsVisitors() {
        long before = System.currentTimeMillis();
        JsonNode created = ok(mock, "POST", "/api/v1/segment/upload",
                "{\"name\":\"Beta testers\",\"visitors\":[\"visitor-00001\",\" visitor-00002 \"]}");

        assertThat(created.path("id").asText()).isEqualTo("segment-00001");
        assertThat(created.path("kind").asText()).isEqualTo("Segment");
        assertThat(created.path("name").asText()).isEqualTo("Beta testers");
        assertThat(created.path("createdAt").asLong()).isBetween(before, System.currentTimeMillis());
        assertThat(ok(mock, "GET", "/api/v1/segment", null)).containsExactly(created);
        assertThat(ok(mock, "GET", "/api/v1/segment/segment-00001", null)).isEqualTo(created);
        JsonNode status = ok(mock, "GET", "/api/v1/segment/segment-00001/status", null);
        assertThat(status.path("command").asText()).isEqualTo("Finish");
        assertThat(status.path("entityTagId").asText()).isEqualTo("segment-00001");
        assertThat(status.path("totalTagged").asInt()).isEqualTo(2);
    }

    @Test
    void visitorsAreAddedAndRemovedOneAtATimeOrInBatches() {
        String id = create("S", "\"v1\"");

        ok(mock, "PUT", "/api/v1/segment/" + id + "/visitor/v2", null);
        assertThat(tagged(id)).isEqualTo(2);
        ok(mock, "DELETE", "/api/v1/segment/" + id + "/visitor/v1", null);
        assertThat(tagged(id)).isEqualTo(1);
        ok(mock, "PATCH", "/api/v1/segment/" + id + "/visitor", "{\"patch\":["
                + "{\"op\":\"add\",\"path\":\"/visitors\",\"value\":[\"v3\",\"v4\",\"v5\"]},"
                + "{\"op\":\"remove\",\"path\":\"/visitors\",\"value\":[\"v2\"]}]}");
        assertThat(tagged(id)).isEqualTo(3);
    }

    @Test
    void aPatchBeyondTheDocumentedLimitsGets413() {
        String id = create("S", "");
        String thousandAndOne = IntStream.rangeClosed(0, 1000).mapToObj(i -> "\"v" + i + "\"").collect(Collectors.joining(","));

        HttpResponse<String> response = call(mock, "PATCH", "/api/v1/segment/" + id + "/visitor",
                "{\"patch\":[{\"op\":\"add\",\"path\":\"/visitors\",\"value\":[" + thousandAndOne + "]}]}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(parse(response.body()).path("message").asText())
                .isEqualTo("Segment patch requests can have at most 10 operations and 1000 visitors");
        assertThat(tagged(id)).isZero();
    }

    @Test
    void anUpdateReplacesTheNameOrTheVisitorsGiven() {
        String id = create("Old", "\"v1\",\"v2\"");

        ok(mock, "PUT", "/api/v1/segment/" + id, "{\"name\":\"New\"}");
        assertThat(ok(mock, "GET", "/api/v1/segment/" + id, null).path("name").asText()).isEqualTo("New");
        assertThat(tagged(id)).isEqualTo(2);
        ok(mock, "PUT", "/api/v1/segment/" + id, "{\"visitors\":[\"v9\"]}");
        assertThat(tagged(id)).isEqualTo(1);

        HttpResponse<String> empty = call(mock, "PUT", "/api/v1/segment/" + id, "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(parse(empty.body()).path("message").asText())
                .isEqualTo("An update needs a name (text), visitors (an array of ids), or both");
    }

    @Test
    void aDeletedSegmentIsGone() {
        String id = create("S", "");

        ok(mock, "DELETE", "/api/v1/segment/" + id, null);

        assertThat(call(mock, "GET", "/api/v1/segment/" + id, null).statusCode()).isEqualTo(404);
        assertThat(ok(mock, "GET", "/api/v1/segment", null)).isEmpty();
    }

    @Test
    void aSegmentWithoutANameIsRefused() {
        HttpResponse<String> response = call(mock, "POST", "/api/v1/segment/upload", "{\"visitors\":[]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response.body())).isEqualTo(parse(
                "{\"status\":400,\"error\":\"Bad Request\",\"message\":\"A segment needs a name\"}"));
    }
}
