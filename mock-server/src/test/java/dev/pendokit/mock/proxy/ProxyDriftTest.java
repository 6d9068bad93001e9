package dev.pendokit.mock.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.request.DocumentedRequest;
import dev.pendokit.mock.PendoMock;
import dev.pendokit.mock.ReceivedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mock as a checking proxy, over real HTTP on loopback: upstreams are mocks of the bundled
 * collection (no drift) and of a drifted copy of it; the proxy in front checks against the
 * original and reports what live drift reports of the same answers, in its words.
 */
class ProxyDriftTest {

    private static final ApiModel PENDO = TestModels.pendo();
    private static final String KEY = "proxy-drift-secret-key-7d2e91";
    private static final String ALL_PAGES = "Page/Return List of All Pages";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    static Path temp;

    private static PendoMock drifted;
    private static PendoMock driftedProxy;
    private static PendoMock pendo;
    private static PendoMock pendoProxy;
    private static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() {
        // As LiveDriftTest drifts it: a type changed, a field gone, a field added, a status changed.
        Path collection = DriftedCollection.pendo()
                .pageFolder("| kind | string |", "| kind | boolean |")
                .pageFolder("| rootVersionId | string | The unique identifier of the root entity, which nominally matches"
                        + " the public id field of the page. |\\n", "")
                .pageFolder("| id | string | Unique identifier for the page. |\\n", "| id | string | Unique identifier"
                        + " for the page. |\\n| pageRank | number | How often the page is seen. |\\n")
                .request("Return List of All Features", "| Status Codes | 200:", "| Status Codes | 201:")
                .write(temp);
        drifted = PendoMock.builder().port(0).integrationKey(KEY).collection(collection).start();
        driftedProxy = PendoMock.builder().port(0).proxyTo(drifted.baseUrl()).proxyLog(LOG::add).start();
        pendo = PendoMock.builder().port(0).integrationKey(KEY).start().awaitAllStubs();
        pendoProxy = PendoMock.builder().port(0).proxyTo(pendo.baseUrl()).proxyLog(LOG::add).start();
    }

    @AfterAll
    static void stop() {
        for (PendoMock mock : new PendoMock[] {driftedProxy, drifted, pendoProxy, pendo}) {
            mock.close();
        }
    }

    @BeforeEach
    void clear() {
        LOG.clear();
        driftedProxy.resetRequests();
        pendoProxy.resetRequests();
    }

    @Test
    void theUpstreamsAnswerComesBackWithEachDifferenceAsLiveDriftReportsIt() {
        HttpResponse<String> direct = Http.send("GET", drifted.baseUrl(), "/api/v1/page", null,
                "x-pendo-integration-key", KEY);
        HttpResponse<String> proxied = Http.send("GET", driftedProxy.baseUrl(), "/api/v1/page", null,
                "x-pendo-integration-key", KEY);

        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(proxied.body()).isEqualTo(direct.body()).contains("\"pageRank\"");
        assertThat(proxied.headers().firstValue("Content-Type")).isEqualTo(direct.headers().firstValue("Content-Type"));
        // LiveDriftTest's words for the same drift.
        List<String> expected = List.of(
                "GET /api/v1/page (" + ALL_PAGES + ") response 200: $[].kind: The value is a boolean, documented as a"
                        + " string.",
                "GET /api/v1/page (" + ALL_PAGES + ") response 200: $[].rootVersionId: The documented field"
                        + " rootVersionId is missing from the answer (documented as optional or nullable).",
                "GET /api/v1/page (" + ALL_PAGES + ") response 200: $[].pageRank: The answer holds the field pageRank,"
                        + " which the collection does not document.");
        assertThat(driftedProxy.proxyDifferences()).extracting(ProxyDifference::toString)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(LOG).containsExactlyInAnyOrderElementsOf(expected.stream().map(l -> "proxy drift: " + l).toList());
        ReceivedRequest received = driftedProxy.receivedRequests().get(0);
        assertThat(received.differences()).hasSize(3).allSatisfy(d -> {
            assertThat(d.request()).isEqualTo("GET /api/v1/page");
            assertThat(d.operation()).isEqualTo(ALL_PAGES);
        });
        assertThat(received.stub()).isEqualTo(ProxyFilter.NAME);
        assertThat(received.header("x-pendo-integration-key")).isEqualTo("****");
    }

    @Test
    void aStatusTheCollectionDoesNotDocument() {
        HttpResponse<String> proxied = Http.send("GET", driftedProxy.baseUrl(), "/api/v1/feature", null,
                "x-pendo-integration-key", KEY);

        assertThat(proxied.statusCode()).isEqualTo(201);
        assertThat(driftedProxy.proxyDifferences()).extracting(ProxyDifference::toString).containsExactly(
                "GET /api/v1/feature (Feature/Return List of All Features) status 201: The API answered 201, a status"
                        + " the collection does not document for this request.");
    }

    @Test
    void aPageByIdIsCheckedAsThePageItIsNotAsTheList() {
        HttpResponse<String> proxied = Http.send("GET", driftedProxy.baseUrl(), "/api/v1/page?id=page-0001", null,
                "x-pendo-integration-key", KEY);

        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(driftedProxy.proxyDifferences()).extracting(ProxyDifference::operation).containsOnly(
                "Page/Return a Specific Page");
        assertThat(driftedProxy.proxyDifferences()).extracting(ProxyDifference::where).containsExactlyInAnyOrder(
                "response 200: $[].kind", "response 200: $[].rootVersionId", "response 200: $[].pageRank");
    }

    @Test
    void aRequestOfNoDocumentedMethodAndPathIsADifference() {
        HttpResponse<String> direct = Http.send("GET", drifted.baseUrl(), "/api/v1/nothing/here", null,
                "x-pendo-integration-key", KEY);
        HttpResponse<String> proxied = Http.send("GET", driftedProxy.baseUrl(), "/api/v1/nothing/here", null,
                "x-pendo-integration-key", KEY);

        assertThat(proxied.statusCode()).isEqualTo(direct.statusCode()).isEqualTo(404);
        assertThat(proxied.body()).isEqualTo(direct.body());
        assertThat(driftedProxy.proxyDifferences()).extracting(ProxyDifference::toString).containsExactly(
                "GET /api/v1/nothing/here request: No request of the collection has this method and path.");
        assertThat(driftedProxy.unmatchedRequests()).extracting(ReceivedRequest::url).containsExactly("/api/v1/nothing/here");
    }

    @Test
    void theUpstreamChecksTheKey() {
        HttpResponse<String> wrong = Http.send("GET", pendoProxy.baseUrl(), "/api/v1/page", null,
                "x-pendo-integration-key", "another-key-entirely");
        HttpResponse<String> none = Http.send("GET", pendoProxy.baseUrl(), "/api/v1/page", null);
        HttpResponse<String> invalid = Http.send("GET", pendoProxy.baseUrl(), "/api/v1/token/verify", null,
                "x-pendo-integration-key", "another-key-entirely");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(Http.send("GET", pendo.baseUrl(), "/api/v1/page", null,
                "x-pendo-integration-key", "another-key-entirely").body());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(invalid.statusCode()).isEqualTo(403);
        // The upstream's errors are documented ones: nothing differs.
        assertThat(pendoProxy.proxyDifferences()).isEmpty();
        assertThat(pendoProxy.receivedRequests()).extracting(r -> r.header("x-pendo-integration-key"))
                .containsExactly("****", null, "****");
    }

    @Test
    void everyDocumentedRequestThroughAnUndriftedUpstreamShowsNoDifference() throws Exception {
        int sent = 0;
        for (Operation operation : PENDO.operations()) {
            DocumentedRequest request = DocumentedRequest.builder(operation).credential(KEY).build();
            HttpResponse<String> direct = HTTP.send(request.toHttpRequest(pendo.baseUrl()).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> proxied = HTTP.send(request.toHttpRequest(pendoProxy.baseUrl()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(proxied.statusCode()).as(operation.location().itemPath()).isEqualTo(direct.statusCode());
            assertThat(proxied.body()).as(operation.location().itemPath()).isEqualTo(direct.body());
            for (int status : operation.responses().stream().mapToInt(r -> r.status()).toArray()) {
                HttpResponse<String> chosen = HTTP.send(request.toHttpRequest(pendoProxy.baseUrl())
                        .header("Prefer", "code=" + status).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(chosen.statusCode()).as(operation.location().itemPath()).isEqualTo(status);
                sent++;
            }
            sent++;
        }

        assertThat(sent).isGreaterThan(PENDO.operations().size() * 2);
        assertThat(pendoProxy.proxyDifferences()).isEmpty();
        assertThat(LOG).isEmpty();
    }

    @Test
    void noKeyInTheLogOrTheRequestLog() {
        Http.send("GET", driftedProxy.baseUrl(), "/api/v1/page?key=" + KEY, null, "x-pendo-integration-key", KEY);
        Http.send("GET", driftedProxy.baseUrl(), "/api/v1/visitor/" + KEY, null, "x-pendo-integration-key", KEY);
        Http.send("GET", driftedProxy.baseUrl(), "/api/v1/nothing/" + KEY, null, "x-pendo-integration-key", KEY);

        assertThat(LOG).isNotEmpty().noneMatch(line -> line.contains(KEY)).contains("proxy drift: GET /api/v1/nothing/****"
                + " request: No request of the collection has this method and path.");
        assertThat(driftedProxy.proxyDifferences()).isNotEmpty().allSatisfy(d -> assertThat(d.toString())
                .doesNotContain(KEY));
        assertThat(driftedProxy.receivedRequests()).allSatisfy(r -> assertThat(r.headers().toString())
                .doesNotContain(KEY));
    }

    @Test
    void anUpstreamThatCannotBeReachedGets502NamingIt() throws IOException {
        URI closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = URI.create("http://localhost:" + socket.getLocalPort());
        }
        List<String> lines = new ArrayList<>();
        try (PendoMock proxy = PendoMock.builder().port(0).proxyTo(closed).proxyLog(lines::add).start()) {
            HttpResponse<String> answer = Http.send("GET", proxy.baseUrl(), "/api/v1/page", null,
                    "x-pendo-integration-key", KEY);

            assertThat(answer.statusCode()).isEqualTo(502);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
            String message = "The upstream " + closed + " could not be reached (connection refused). Start it, or point"
                    + " the proxy (--proxy-to) at a server that answers";
            assertThat(answer.body()).isEqualTo("{\"status\":502,\"error\":\"Bad Gateway\",\"message\":\"" + message + "\"}");
            assertThat(lines).containsExactly("proxy: GET /api/v1/page -> 502: " + message);
            assertThat(proxy.receivedRequests()).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(502);
                assertThat(r.differences()).isEmpty();
            });
        }
    }
}
