package dev.pendokit.mock;

import static dev.pendokit.mock.MockHttp.answeredBy;
import static dev.pendokit.mock.MockHttp.json;
import static dev.pendokit.mock.MockHttp.request;
import static dev.pendokit.mock.MockHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests shaped like those of real Pendo integrations (a BI connector, an ELT connector, an
 * event router, a reverse-ETL tool) get their success responses: they send more, or less, than
 * the collection's examples do.
 */
class IntegrationShapedRequestsTest {

    private static final String KEY = "x-pendo-integration-key";
    @RegisterExtension
    static final PendoMockExtension PENDO = PendoMockExtension.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/page?expand=*", "/api/v1/page?appId=-323232", "/api/v1/feature?expand=*",
            "/api/v1/feature?appId=5629499534213120", "/api/v1/guide?expand=*", "/api/v1/tracktype?appId=-323232"})
    void listEndpointsWithExpandOrAppIdAnswerTheirList(String pathAndQuery) {
        HttpResponse<String> response = send(request(PENDO.mock(), "GET", pathAndQuery, null, KEY, "k"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).isArray()).as(response.body()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // The BI connector: a request id, and the sort outside the pipeline.
        """
        {"response":{"mimeType":"application/json"},"request":{"requestId":"bi-sync-1","pipeline":[
          {"source":{"pageEvents":null,"timeSeries":{"period":"dayRange","first":1693540800000,"count":30}}},
          {"group":{"group":["pageId"],"fields":{"numEvents":{"sum":"numEvents"}}}}],"sort":["-numEvents"]}}""",
        // timeSeries.first as "now()" and a negative count, as the ELT connector writes it.
        """
        {"response":{"mimeType":"application/json"},"request":{"pipeline":[
          {"source":{"events":null,"timeSeries":{"period":"dayRange","first":"now()","count":-7}}}]}}""",
        // timeSeries.first as a numeric string.
        """
        {"response":{"mimeType":"application/json"},"request":{"pipeline":[
          {"source":{"featureEvents":null,"timeSeries":{"period":"hourRange","first":"1693540800000","count":24}}}]}}""",
        // An object source with its own options and no timeSeries.
        """
        {"response":{"mimeType":"application/json"},"request":{"requestId":"accounts-1","pipeline":[
          {"source":{"accounts":{"appId":-323232}}},{"limit":1000}]}}"""
    })
    void aggregationsAsIntegrationsSendThem(String body) {
        HttpResponse<String> response = send(request(PENDO.mock(), "POST", "/api/v1/aggregation", body, KEY, "k",
                "Content-Type", "application/json"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(answeredBy(response)).startsWith("Aggregation/");
        assertThat(json(response).path("results").isArray()).isTrue();
    }

    @Test
    void visitorHistoryWithAFormContentTypeAnswersItsList() {
        HttpResponse<String> response = send(request(PENDO.mock(), "GET",
                "/api/v1/visitor/exampleVisitor/history?starttime=1693540800000", null, KEY, "k",
                "Content-Type", "application/x-www-form-urlencoded"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(answeredBy(response)).isEqualTo("Visitor/Get Visitor History for a Time Period");
        assertThat(json(response).isArray()).isTrue();
    }

    @Test
    void metadataUpdatesAsReverseEtlSendsThem() {
        HttpResponse<String> bulk = send(request(PENDO.mock(), "POST", "/api/v1/metadata/account/custom/value",
                "[{\"accountId\":\"acme\",\"values\":{\"tier\":\"gold\",\"seats\":42}}]", KEY, "k",
                "Content-Type", "application/json"));
        HttpResponse<String> single = send(request(PENDO.mock(), "PUT", "/api/v1/metadata/visitor/custom/value/v%40acme.com/plan",
                "\"enterprise\"", KEY, "k", "Content-Type", "application/json"));
        assertThat(bulk.statusCode()).isEqualTo(200);
        assertThat(single.statusCode()).isBetween(200, 204);
    }

    @Test
    void anEventRouterTrackCallIsAccepted() {
        HttpResponse<String> response = send(request(PENDO.mock(), "POST", "/data/track",
                "{\"type\":\"track\",\"event\":\"Order Completed\",\"visitorId\":\"user-42\",\"accountId\":\"acme\","
                        + "\"timestamp\":1693540800000,\"properties\":{\"revenue\":99.5},\"context\":{\"ip\":\"127.0.0.1\"}}",
                "x-pendo-integration-key", "track-secret", "Content-Type", "application/json"));
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
