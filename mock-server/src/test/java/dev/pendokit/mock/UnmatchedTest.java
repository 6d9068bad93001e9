package dev.pendokit.mock;

import static dev.pendokit.mock.MockHttp.json;
import static dev.pendokit.mock.MockHttp.request;
import static dev.pendokit.mock.MockHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A request no documented request matches gets a JSON 404 that says what to change. */
class UnmatchedTest {

    @RegisterExtension
    static final PendoMockExtension PENDO = PendoMockExtension.builder().build();

    @Test
    void aMisspeltPathNamesTheClosestDocumentedRequest() {
        HttpResponse<String> response = send(request(PENDO.mock(), "GET", "/api/v1/pages", null, "x-pendo-integration-key", "k"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = json(response);
        assertThat(body.path("message").asText()).isEqualTo("No documented request matches GET /api/v1/pages");
        assertThat(body.path("closest").path("request").asText()).isEqualTo("Page/Return List of All Pages");
        assertThat(body.path("closest").path("differences").toString())
                .contains("\"part\":\"path\"", "\"expected\":\"/api/v1/page\"", "\"actual\":\"/api/v1/pages\"");
    }

    @Test
    void aWrongMethodIsNamed() {
        HttpResponse<String> response = send(request(PENDO.mock(), "DELETE", "/api/v1/page", null, "x-pendo-integration-key", "k"));

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode closest = json(response).path("closest");
        assertThat(closest.path("path").asText()).isEqualTo("/api/v1/page");
        assertThat(closest.path("differences").toString()).contains("\"part\":\"method\"", "\"actual\":\"DELETE\"");
    }

    @Test
    void aMissingRequiredQueryParameterIsNamed() {
        HttpResponse<String> response = send(request(PENDO.mock(), "GET", "/api/v1/visitor/v-1/history", null,
                "x-pendo-integration-key", "k"));

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode closest = json(response).path("closest");
        assertThat(closest.path("request").asText()).isEqualTo("Visitor/Get Visitor History for a Time Period");
        assertThat(closest.path("differences").toString()).contains("query parameter starttime");
    }

    @Test
    void unmatchedRequestsAreListed() {
        PENDO.mock().resetRequests();
        send(request(PENDO.mock(), "GET", "/api/v2/page", null, "x-pendo-integration-key", "k"));
        assertThat(PENDO.mock().unmatchedRequests()).singleElement()
                .satisfies(r -> assertThat(r.url()).isEqualTo("/api/v2/page"))
                .satisfies(r -> assertThat(r.status()).isEqualTo(404));
    }
}
