package dev.pendokit.mock;

import static dev.pendokit.mock.StateCalls.call;
import static dev.pendokit.mock.StateCalls.ok;
import static dev.pendokit.mock.StateCalls.parse;
import static dev.pendokit.mock.StateCalls.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stateful mode: metadata values set one at a time or in bulk show in GETs and aggregation rows. */
class StatefulMetadataTest {

    private static PendoMock mock;

    @BeforeAll
    static void start() {
        mock = PendoMock.builder().port(0).integrationKey(StateCalls.KEY).aggregationRows(10).stateful().start();
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
    void aVisitorOfTheDatasetIsAnsweredInTheVisitorShape() {
        JsonNode visitor = ok(mock, "GET", "/api/v1/visitor/visitor-00003", null);

        assertThat(visitor).isEqualTo(parse("{\"id\":\"visitor-00003\",\"accountIds\":[\"account-00002\"],"
                + "\"metadata\":{\"auto\":{\"lastvisit\":1693537200000,\"accountids\":[\"account-00002\"]}}}"));
        assertThat(ok(mock, "GET", "/api/v1/account/account-00002", null)).isEqualTo(parse(
                "{\"id\":\"account-00002\",\"metadata\":{\"auto\":{\"lastupdated\":1693533600000}}}"));
    }

    @Test
    void aValueSetOnOneVisitorShowsInItsGetItsValueAndTheVisitorsRows() {
        ok(mock, "PUT", "/api/v1/metadata/visitor/custom/value/visitor-00002/plan", "\"pro\"");
        ok(mock, "PUT", "/api/v1/metadata/visitor/agent/value/visitor-00002/seats", "12");

        JsonNode visitor = ok(mock, "GET", "/api/v1/visitor/visitor-00002", null);
        assertThat(visitor.path("metadata").path("custom")).isEqualTo(parse("{\"plan\":\"pro\"}"));
        assertThat(visitor.path("metadata").path("agent")).isEqualTo(parse("{\"seats\":12}"));
        assertThat(visitor.path("metadata").path("auto").path("lastvisit").asLong()).isEqualTo(1693533600000L);
        assertThat(ok(mock, "GET", "/api/v1/metadata/visitor/custom/value/visitor-00002/plan", null).asText())
                .isEqualTo("pro");
        assertThat(ok(mock, "GET", "/api/v1/metadata/visitor/custom/value/visitor-00002/unset", null).isNull()).isTrue();

        List<JsonNode> rows = rows(mock, "{\"source\":{\"visitors\":null}},{\"filter\":\"metadata.custom.plan == \\\"pro\\\"\"},"
                + "{\"select\":{\"id\":\"visitorId\",\"plan\":\"metadata.custom.plan\",\"seats\":\"metadata.agent.seats\"}}");
        assertThat(rows).containsExactly(parse("{\"id\":\"visitor-00002\",\"plan\":\"pro\",\"seats\":12}"));
    }

    @Test
    void pendosOwnFlagsAreSetOnTheirPaths() {
        ok(mock, "PUT", "/api/v1/metadata/account/pendo/value/account-00001/donotprocess", "true");

        assertThat(ok(mock, "GET", "/api/v1/account/account-00001", null).path("metadata").path("pendo"))
                .isEqualTo(parse("{\"donotprocess\":true}"));
    }

    @Test
    void aBulkUpdateSetsKnownIdsAndReportsUnknownOnesMissing() {
        JsonNode answer = ok(mock, "POST", "/api/v1/metadata/account/custom/value",
                "[{\"accountId\":\"account-00001\",\"values\":{\"plan\":\"pro\",\"seats\":5}},"
                        + "{\"accountId\":\"acme\",\"values\":{\"plan\":\"free\"}},"
                        + "{\"values\":{\"plan\":\"free\"}}]");

        assertThat(answer).isEqualTo(parse("{\"total\":3,\"updated\":1,\"failed\":2,\"missing\":[\"acme\"],"
                + "\"errors\":[{\"index\":2,\"error\":\"the record has no accountId\"}]}"));
        assertThat(ok(mock, "GET", "/api/v1/account/account-00001", null).path("metadata").path("custom"))
                .isEqualTo(parse("{\"plan\":\"pro\",\"seats\":5}"));
        assertThat(call(mock, "GET", "/api/v1/account/acme", null).statusCode()).isEqualTo(404);
        assertThat(rows(mock, "{\"source\":{\"accounts\":null}},{\"filter\":\"metadata.custom.seats >= 5\"}"))
                .extracting(row -> row.path("accountId").asText()).containsExactly("account-00001");
    }

    @Test
    void createTrueMakesTheVisitorsItDoesNotKnow() {
        JsonNode answer = ok(mock, "POST", "/api/v1/metadata/visitor/custom/value?create=true",
                "[{\"visitorId\":\"name123\",\"values\":{\"email\":\"name@surname.com\"}}]");

        assertThat(answer).isEqualTo(parse("{\"total\":1,\"updated\":1,\"failed\":0,\"missing\":[],\"errors\":[]}"));
        assertThat(ok(mock, "GET", "/api/v1/visitor/name123", null)).isEqualTo(parse(
                "{\"id\":\"name123\",\"accountIds\":[],\"metadata\":{\"custom\":{\"email\":\"name@surname.com\"}}}"));
        // Rows come ordered by id, as the dataset's do: "name123" sorts before "visitor-00001".
        assertThat(rows(mock, "{\"source\":{\"visitors\":null}}")).hasSize(11)
                .first().satisfies(row -> assertThat(row.path("visitorId").asText()).isEqualTo("name123"));
    }

    @Test
    void aBulkUpdateThatIsNotAnArrayIsRefused() {
        HttpResponse<String> response = call(mock, "POST", "/api/v1/metadata/visitor/custom/value", "{\"visitorId\":\"v\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response.body())).isEqualTo(parse("{\"status\":400,\"error\":\"Bad Request\","
                + "\"message\":\"The body must be a JSON array of records\"}"));
    }

    @Test
    void aBase64IdIsDecodedWhenTheRequestSaysSo() {
        String encoded = "b64_" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("visitor-00001".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = call(mock, "GET", "/api/v1/visitor/" + encoded, null,
                "x-pendo-base64-encoded-params", "true");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MockHttp.json(response).path("id").asText()).isEqualTo("visitor-00001");
    }
}
