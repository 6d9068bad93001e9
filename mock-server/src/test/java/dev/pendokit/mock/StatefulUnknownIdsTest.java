package dev.pendokit.mock;

import static dev.pendokit.mock.StateCalls.call;
import static dev.pendokit.mock.StateCalls.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stateful mode: an id the state does not hold gets the documented 404, the very body the stubs
 * answer when a 404 is chosen; requests that choose a response, or carry no key, go to the stubs.
 */
class StatefulUnknownIdsTest {

    private static PendoMock mock;

    @BeforeAll
    static void start() {
        mock = PendoMock.builder().port(0).integrationKey(StateCalls.KEY).aggregationRows(5).stateful().start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "GET|/api/v1/visitor/visitor-00006||Error while getting visitor, no such entity found",
            "GET|/api/v1/account/account-00006||Error while getting account, no such entity found",
            "GET|/api/v1/segment/segment-00001||Entity not found",
            "GET|/api/v1/segment/segment-00001/status||Segment ID not found",
            "DELETE|/api/v1/segment/segment-00001||Segment ID not found",
            "PUT|/api/v1/segment/segment-00001/visitor/v1||Entity not found",
            "GET|/api/v1/metadata/visitor/custom/value/nobody/plan||Check to make sure the visitor or account ID is valid",
            "PUT|/api/v1/metadata/account/custom/value/nobody/plan|\"pro\"|Check to make sure the custom field exists in Data Mappings"})
    void anUnknownIdGetsTheDocumented404(String method, String path, String body, String reason) {
        HttpResponse<String> response = call(mock, method, path, body);
        HttpResponse<String> chosen = call(mock, method, path, body, "Prefer", "code=404");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(parse(response.body())).isEqualTo(parse(
                "{\"status\":404,\"error\":\"Not Found\",\"message\":\"" + reason + "\"}"));
        assertThat(parse(response.body())).isEqualTo(parse(chosen.body()));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void anUpdateOfAnUnknownSegmentGetsThe404OfTheCollectionsOwnStatusTable() {
        // The request documents no 404; the collection's table of statuses for every request does.
        HttpResponse<String> response = call(mock, "PUT", "/api/v1/segment/segment-00009", "{\"name\":\"n\"}");
        HttpResponse<String> chosen = call(mock, "PUT", "/api/v1/segment/segment-00009", "{\"name\":\"n\"}",
                "Prefer", "code=404");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(parse(response.body())).isEqualTo(parse(chosen.body()));
    }

    @Test
    void aChosenResponseAndAMissingKeyAreLeftToTheStubs() {
        HttpResponse<String> chosen = call(mock, "GET", "/api/v1/visitor/visitor-00001", null, "x-mock-response-code", "404");
        assertThat(chosen.statusCode()).isEqualTo(404);
        assertThat(MockHttp.answeredBy(chosen)).isEqualTo("Visitor/Get Visitor by ID");

        HttpResponse<String> noKey = MockHttp.send(MockHttp.request(mock, "GET", "/api/v1/visitor/visitor-00001", null));
        assertThat(noKey.statusCode()).isEqualTo(401);

        HttpResponse<String> wrongKey = MockHttp.send(MockHttp.request(mock, "GET", "/api/v1/visitor/visitor-00001", null,
                "x-pendo-integration-key", "not-the-key"));
        assertThat(wrongKey.statusCode()).isEqualTo(401);
    }

    @Test
    void aStubTheTestAddsWinsOverTheState() {
        String path = "/api/v1/metadata/visitor/custom/value/visitor-00001/plan";
        StubMapping outage = mock.wireMock().stubFor(WireMock.put(WireMock.urlPathEqualTo(path))
                .willReturn(WireMock.aResponse().withStatus(503)));
        try {
            assertThat(call(mock, "PUT", path, "\"pro\"").statusCode()).isEqualTo(503);
            assertThat(call(mock, "GET", path, null).body()).isEqualTo("null");
        } finally {
            mock.wireMock().removeStub(outage);
        }
        assertThat(call(mock, "PUT", path, "\"pro\"").statusCode()).isEqualTo(200);
        assertThat(call(mock, "GET", path, null).body()).isEqualTo("\"pro\"");
        mock.resetState();
    }

    @Test
    void callsTheStateDoesNotKeepAreAnsweredByTheStubs() {
        HttpResponse<String> history = call(mock, "GET", "/api/v1/visitor/visitor-00001/history?starttime=1", null);

        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(MockHttp.answeredBy(history)).isEqualTo("Visitor/Get Visitor History for a Time Period");
    }
}
