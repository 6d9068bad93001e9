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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests are told apart as strictly as the documentation tells them apart: literal path
 * segments before variables, required query parameters and headers, and the aggregation's source.
 */
class MatchingTest {

    private static final String KEY = "x-pendo-integration-key";
    @RegisterExtension
    static final PendoMockExtension PENDO = PendoMockExtension.builder().build();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            POST | /api/v1/guide/staged/reset                            | Guide/Reset All Staged Guides
            POST | /api/v1/guide/g-123/reset                             | Guide/Reset Individual Staged Guide
            POST | /api/v1/guide/all/visitor/v-1/reset                   | Guide/Reset Guide Seen for Specific Visitor for All Guides
            POST | /api/v1/guide/g-123/visitor/v-1/reset                 | Guide/Reset Guide Seen for Specific Visitor
            POST | /api/v1/segment/upload                                | Segment/Create a segment
            POST | /api/v1/segment/s-1/visitors                          | Segment/Start export of segment visitors
            PUT  | /api/v1/metadata/visitor/pendo/value/v-1/donotprocess | Metadata/Opt-Out or Do Not Process a Visitor or Account
            PUT  | /api/v1/metadata/visitor/pendo/value/v-1/blacklistguides | Metadata/Opt-out a Visitor or Account From All Guide Display
            PUT  | /api/v1/metadata/visitor/custom/value/v-1/plan        | Metadata/Set Value for an Agent or Custom Field
            GET  | /api/v1/metadata/dependencies                         | Metadata/Get a List of Dependencies for All Metadata Fields
            GET  | /api/v1/metadata/schema/visitor                       | Metadata/Get a Metadata Schema
            GET  | /api/v1/report/r-1/results.csv                        | Report/Return Report Contents as CSV
            GET  | /api/v1/report/r-1/results.json                       | Report/Return Report Contents as JSON
            """)
    void literalSegmentsWinOverVariables(String method, String path, String expected) {
        HttpResponse<String> response = send(request(PENDO.mock(), method, path, "{}", KEY, "k", "Content-Type", "application/json"));
        assertThat(answeredBy(response)).isEqualTo(expected);
        assertThat(response.statusCode()).isBetween(200, 299);
    }

    @Test
    void theBase64HeaderTellsTheEncodedLookupsApart() {
        assertThat(answeredBy(send(request(PENDO.mock(), "GET", "/api/v1/visitor/b64_ZXhhbXBsZVZpc2l0b3I", null, KEY, "k",
                "x-pendo-base64-encoded-params", "true")))).isEqualTo("Visitor/Get Visitor by base64 encoded ID");
        assertThat(answeredBy(send(request(PENDO.mock(), "GET", "/api/v1/visitor/exampleVisitor", null, KEY, "k"))))
                .isEqualTo("Visitor/Get Visitor by ID");
        assertThat(answeredBy(send(request(PENDO.mock(), "GET", "/api/v1/account/b64_ZXhhbXBsZUFjY291bnQ", null, KEY, "k",
                "x-pendo-base64-encoded-params", "true")))).isEqualTo("Account/Get Account by base64 encoded ID");
        assertThat(answeredBy(send(request(PENDO.mock(), "GET", "/api/v1/account/exampleAccount", null, KEY, "k"))))
                .isEqualTo("Account/Get Account by ID");
    }

    @Test
    void requiredQueryParametersTellListsFromLookups() {
        assertThat(answeredBy(send(request(PENDO.mock(), "GET", "/api/v1/page", null, KEY, "k"))))
                .isEqualTo("Page/Return List of All Pages");
        assertThat(answeredBy(send(request(PENDO.mock(), "GET", "/api/v1/page?id=examplePage", null, KEY, "k"))))
                .startsWith("Page/Return");
        assertThat(answeredBy(send(request(PENDO.mock(), "GET", "/api/v1/page?id=examplePage", null, KEY, "k"))))
                .isNotEqualTo("Page/Return List of All Pages");
    }

    @ParameterizedTest(name = "source {0}")
    @CsvSource(delimiter = '|', textBlock = """
            visitors     | Aggregation/Metadata and object sources/visitors
            accounts     | Aggregation/Metadata and object sources/accounts
            pages        | Aggregation/Metadata and object sources/pages
            guides       | Aggregation/Metadata and object sources/guides
            trackTypes   | Aggregation/Metadata and object sources/trackTypes
            """)
    void theAggregationSourceChoosesTheRows(String source, String expected) {
        String body = "{\"response\":{\"mimeType\":\"application/json\"},\"request\":{\"pipeline\":[{\"source\":{\""
                + source + "\":null}}]}}";
        HttpResponse<String> response = send(request(PENDO.mock(), "POST", "/api/v1/aggregation", body, KEY, "k",
                "Content-Type", "application/json"));
        assertThat(answeredBy(response)).isEqualTo(expected);
        assertThat(json(response).path("results").isArray()).isTrue();
        assertThat(json(response).path("results")).isNotEmpty();
    }

    @Test
    void theAggregationRowsCarryTheDocumentedAttributesOfTheirSource() {
        String body = "{\"response\":{\"mimeType\":\"application/json\"},\"request\":{\"pipeline\":[{\"source\":"
                + "{\"visitors\":null}}]}}";
        HttpResponse<String> response = send(request(PENDO.mock(), "POST", "/api/v1/aggregation", body, KEY, "k",
                "Content-Type", "application/json"));
        assertThat(json(response).path("results").get(0).has("visitorId") || json(response).path("results").get(0)
                .has("id")).as(response.body()).isTrue();
    }
}
