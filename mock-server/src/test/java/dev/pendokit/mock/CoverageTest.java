package dev.pendokit.mock;

import static dev.pendokit.mock.MockHttp.json;
import static dev.pendokit.mock.MockHttp.request;
import static dev.pendokit.mock.MockHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.output.GeneratedFile;
import dev.pendokit.collection.output.GoldenFiles;
import dev.pendokit.mock.coverage.Coverage;
import dev.pendokit.mock.coverage.Coverage.OperationCoverage;
import dev.pendokit.mock.coverage.CoverageJson;
import dev.pendokit.mock.coverage.CoverageMarkdown;
import dev.pendokit.mock.limit.RateLimit;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Coverage of the documentation over real HTTP: a known set of requests, answered by stubs and by
 * the mock's filters (the key check, the body check, the aggregation engine, the rate limit),
 * gives known figures, the same JSON and Markdown every time, and the same on the endpoint.
 */
class CoverageTest {

    private static final String KEY_HEADER = "x-pendo-integration-key";
    private static final Path GOLDEN = Path.of("src", "test", "golden-coverage");
    private static final String JSON = "application/json";
    private static final String PAGES = "Page/Return List of All Pages";
    private static PendoMock mock;
    private static Coverage coverage;

    /**
     * Any key opens this mock, and each key may send one request a minute: every request but the
     * one meant to be limited sends a key of its own.
     */
    @BeforeAll
    static void sendTheKnownRequests() {
        mock = PendoMock.builder().aggregationRows(3).rateLimit(RateLimit.perMinute(1)).start();
        mock.awaitAllStubs();
        // Page/Return List of All Pages: 200 by its stub, 404 chosen, 401 by its stub (no key), 429 by the limit,
        // 418 by a stub of the test's own (undocumented).
        get("/api/v1/page", KEY_HEADER, "key-1-0123456789");
        get("/api/v1/page", KEY_HEADER, "key-2-0123456789", "Prefer", "code=404");
        get("/api/v1/page");
        get("/api/v1/page", KEY_HEADER, "key-1-0123456789");
        // A test's own stub answers a status the documentation does not list for it.
        mock.wireMock().stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/v1/page")).atPriority(1)
                .withHeader("X-Test", WireMock.equalTo("teapot")).willReturn(WireMock.status(418)));
        get("/api/v1/page", KEY_HEADER, "key-7-0123456789", "X-Test", "teapot");
        // The aggregation engine's 200 and the body check's 400: filters, with no stub to name the
        // operation, so the first documented on POST /api/v1/aggregation is counted.
        post("/api/v1/aggregation", "key-3-0123456789", "{\"response\":{\"mimeType\":\"application/json\"},"
                + "\"request\":{\"pipeline\":[{\"source\":{\"visitors\":null}}]}}");
        post("/api/v1/aggregation", "key-4-0123456789", "{\"request\": ");
        // Matching no documented request, twice; the coverage endpoint, never counted.
        get("/api/v1/pagez", KEY_HEADER, "key-5-0123456789");
        get("/api/v1/pagez", KEY_HEADER, "key-6-0123456789");
        get("/__pendokit/coverage");
        coverage = mock.coverage();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    private static HttpResponse<String> get(String path, String... headers) {
        return send(request(mock, "GET", path, null, headers));
    }

    private static void post(String path, String key, String body) {
        send(request(mock, "POST", path, body, KEY_HEADER, key, "Content-Type", JSON));
    }

    private static OperationCoverage operation(Coverage of, String name) {
        return of.operations().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private static String firstAggregation() {
        return MockRequests.PENDO.operations().stream().filter(o -> o.path().toString().equals("/api/v1/aggregation"))
                .findFirst().orElseThrow().location().itemPath();
    }

    @Test
    void countsTheDocumentedStatusesEachRequestHitStubsAndFiltersAlike() {
        OperationCoverage pages = operation(coverage, PAGES);
        assertThat(pages.request()).isEqualTo("GET /api/v1/page");
        assertThat(pages.requests()).isEqualTo(5);
        assertThat(pages.exercised()).containsExactly(200, 401, 404, 429);
        assertThat(pages.notExercised()).containsExactly(400, 402, 422, 500, 502, 503, 504);
        assertThat(pages.undocumented()).containsExactly(418);
        OperationCoverage aggregation = operation(coverage, firstAggregation());
        assertThat(aggregation.exercised()).containsExactly(200, 400);
        assertThat(aggregation.requests()).isEqualTo(2);
        assertThat(coverage.exercised()).isEqualTo(6);
    }

    /** The key check's refusals are filters' answers too; a stub names its own operation, even on a shared path. */
    @Test
    void theKeyChecksRefusalsCountAndAStubNamesItsOperation() {
        Operation lastAggregation = MockRequests.PENDO.operations().stream()
                .filter(o -> o.path().toString().equals("/api/v1/aggregation")).reduce((a, b) -> b).orElseThrow();
        try (PendoMock keyed = PendoMock.builder().integrationKey(MockRequests.KEY).start()) {
            send(request(keyed, "GET", "/api/v1/token/verify", null, KEY_HEADER, "a-wrong-key-0123"));
            send(request(keyed, "GET", "/api/v1/page", null, KEY_HEADER, "a-wrong-key-0123"));
            HttpResponse<String> documented = send(MockRequests.documented(keyed.baseUrl(), lastAggregation));

            Coverage keyedCoverage = keyed.coverage();
            String answeredBy = MockHttp.answeredBy(documented);
            assertThat(documented.statusCode()).isEqualTo(200);
            assertThat(answeredBy).startsWith("Aggregation/").isNotEqualTo(firstAggregation());
            assertThat(operation(keyedCoverage, "Admin/Verify integration key").exercised()).containsExactly(403);
            assertThat(operation(keyedCoverage, PAGES).exercised()).containsExactly(401);
            assertThat(operation(keyedCoverage, answeredBy).exercised()).containsExactly(200);
            assertThat(keyedCoverage.exercised()).isEqualTo(3);
            assertThat(CoverageJson.write(keyedCoverage)).doesNotContain("a-wrong-key");
        }
    }

    @Test
    void theTotalsAreThePairsOverTheDocumentedPairs() {
        int documented = MockRequests.PENDO.operations().stream()
                .mapToInt(o -> (int) o.responses().stream().map(Response::status).distinct().count()).sum();
        assertThat(coverage.documented()).isEqualTo(documented);
        assertThat(coverage.requests()).isEqualTo(9);
        assertThat(coverage.percent()).isEqualTo(100.0 * coverage.exercised() / documented);
        assertThat(coverage.operations()).extracting(OperationCoverage::name)
                .containsExactlyElementsOf(MockRequests.PENDO.operations().stream().map(o -> o.location().itemPath()).toList());
    }

    @Test
    void requestsMatchingNoDocumentedRequestAreListedApart() {
        assertThat(coverage.unmatched()).containsExactly(new Coverage.Unmatched("GET", "/api/v1/pagez", 404, 2));
        assertThat(coverage.unmatchedNotListed()).isZero();
    }

    /** Distinct unmatched requests are kept up to a bound, and only counted beyond it. */
    @Test
    void unmatchedRequestsAreListedUpToABoundThenCounted() {
        try (PendoMock many = PendoMock.builder().start()) {
            for (int i = 0; i < 1003; i++) {
                send(request(many, "GET", "/not/documented/" + i, null));
            }
            Coverage counted = many.coverage();

            assertThat(counted.unmatched()).hasSize(1000).allSatisfy(u -> assertThat(u.requests()).isEqualTo(1));
            assertThat(counted.unmatchedNotListed()).isEqualTo(3);
            assertThat(counted.requests()).isEqualTo(1003);
            assertThat(CoverageMarkdown.write(counted)).endsWith("\nAnd 3 more to other paths, not listed.\n");
        }
    }

    @Test
    void theReportsAreTheGoldenOnes() throws IOException {
        GoldenFiles.assertMatch(List.of(
                new GeneratedFile("known-requests.json", CoverageJson.write(coverage).getBytes(StandardCharsets.UTF_8)),
                new GeneratedFile("known-requests.md", CoverageMarkdown.write(coverage).getBytes(StandardCharsets.UTF_8))),
                GOLDEN);
    }

    @Test
    void theEndpointServesJsonOrMarkdownWithoutAKeyAndIsNotCounted() {
        HttpResponse<String> asJson = get("/__pendokit/coverage");
        HttpResponse<String> asMarkdown = get("/__pendokit/coverage?format=md");
        HttpResponse<String> accepted = get("/__pendokit/coverage", "Accept", "text/markdown");

        assertThat(asJson.statusCode()).isEqualTo(200);
        assertThat(asJson.headers().firstValue("Content-Type")).hasValue(JSON);
        assertThat(asJson.body()).isEqualTo(CoverageJson.write(coverage));
        assertThat(asMarkdown.headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
        assertThat(asMarkdown.body()).isEqualTo(CoverageMarkdown.write(coverage));
        assertThat(accepted.body()).isEqualTo(asMarkdown.body());
        assertThat(mock.coverage()).isEqualTo(coverage);
        assertThat(mock.receivedRequests()).noneMatch(r -> r.url().startsWith("/__pendokit"));
    }

    @Test
    void theEndpointAnswersGetOnly() {
        HttpResponse<String> posted = send(request(mock, "POST", "/__pendokit/coverage", "{}"));
        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(json(posted).path("message").asText()).isEqualTo("/__pendokit/coverage answers GET only");
    }

    @Test
    void theReportHoldsNoKey() {
        assertThat(CoverageJson.write(coverage) + CoverageMarkdown.write(coverage)).doesNotContain("0123456789");
    }
}
