package dev.pendokit.mock.proxy;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.request.DocumentedRequest;
import dev.pendokit.mock.PendoMock;
import dev.pendokit.mock.PendoMockException;
import java.io.IOException;
import dev.pendokit.mock.limit.RateLimit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording in proxy mode: what went through, written as stock WireMock mappings, replayed by a
 * stock {@link WireMockServer} with the same answers, with no key in any file.
 */
class ProxyRecordingTest {

    private static final ApiModel PENDO = TestModels.pendo();
    private static final String KEY = "proxy-recording-secret-key-0b5c3a";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static PendoMock pendo;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        pendo = PendoMock.builder().port(0).integrationKey(KEY).start().awaitAllStubs();
    }

    @AfterAll
    static void stop() {
        pendo.close();
    }

    @Test
    void theRecordingReplayedByStockWireMockGivesTheSameAnswers() throws Exception {
        Path recording = temp.resolve("recording");
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        List<String> log = new ArrayList<>();
        try (PendoMock proxy = PendoMock.builder().port(0).proxyTo(pendo.baseUrl()).record(recording)
                .proxyLog(log::add).start()) {
            for (Map.Entry<String, HttpRequest.Builder> request : traffic(proxy.baseUrl()).entrySet()) {
                answers.put(request.getKey(), HTTP.send(request.getValue().build(), HttpResponse.BodyHandlers.ofString()));
            }
        }
        assertThat(log).isEmpty();

        WireMockServer replay = new WireMockServer(options().dynamicPort().usingFilesUnderDirectory(recording.toString()));
        replay.start();
        try {
            URI replayUrl = URI.create("http://localhost:" + replay.port());
            for (Map.Entry<String, HttpRequest.Builder> request : traffic(replayUrl).entrySet()) {
                HttpResponse<String> replayed = HTTP.send(request.getValue().build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> recorded = answers.get(request.getKey());
                assertThat(replayed.statusCode()).as(request.getKey()).isEqualTo(recorded.statusCode());
                assertThat(replayed.body()).as(request.getKey()).isEqualTo(recorded.body());
                assertThat(replayed.headers().firstValue("Content-Type")).as(request.getKey())
                        .isEqualTo(recorded.headers().firstValue("Content-Type"));
            }
        } finally {
            replay.stop();
        }
        assertThat(files(recording)).hasSize(answers.size()).allSatisfy((name, text) -> {
            assertThat(name).matches("mappings/(get|post|put|patch|delete)-[a-z0-9-]+-[0-9a-f]{10}\\.json");
            assertThat(text).doesNotContain(KEY);
        });
    }

    @Test
    void theSameTrafficGivesTheSameFilesAndARepeatedRequestOneMapping() throws Exception {
        Map<String, String> first = record(temp.resolve("first"), 1);
        Map<String, String> second = record(temp.resolve("second"), 2);

        assertThat(second).isEqualTo(first);
        assertThat(first).containsKey("mappings/get-api-v1-page-" + first.keySet().stream()
                .filter(n -> n.startsWith("mappings/get-api-v1-page-")).findFirst().orElseThrow()
                .substring("mappings/get-api-v1-page-".length()));
        assertThat(first).hasSize(3);
    }

    @Test
    void noKeyInAnyFileEvenWhereTheRequestCarriedItElsewhere() throws Exception {
        Path recording = temp.resolve("keys");
        List<String> log = new ArrayList<>();
        try (PendoMock proxy = PendoMock.builder().port(0).proxyTo(pendo.baseUrl()).record(recording)
                .proxyLog(log::add).start()) {
            // The key in the path (echoed as the visitor's id), in the query, in a JSON body.
            Http.send("GET", proxy.baseUrl(), "/api/v1/visitor/" + KEY, null, "x-pendo-integration-key", KEY);
            Http.send("GET", proxy.baseUrl(), "/api/v1/page?note=" + KEY, null, "x-pendo-integration-key", KEY);
            Http.send("POST", proxy.baseUrl(), "/api/v1/nothing", "{\"key\": \"" + KEY + "\"}",
                    "x-pendo-integration-key", KEY, "Content-Type", "application/json");
        }

        Map<String, String> files = files(recording);
        assertThat(files).hasSize(3).allSatisfy((name, text) -> assertThat(name + text).doesNotContain(KEY));
        assertThat(String.join("\n", files.values())).contains("/api/v1/visitor/****", "note=****", "{\\\"key\\\": \\\"****\\\"}");
        assertThat(log).isNotEmpty().noneMatch(line -> line.contains(KEY));
    }

    @Test
    void recordingNeedsProxyMode() {
        assertThatThrownBy(() -> PendoMock.builder().port(0).record(temp).start())
                .isInstanceOf(PendoMockException.class)
                .hasMessage("Recording (--record, record(dir)) needs proxy mode (--proxy-to URL, proxyTo(url)): it writes"
                        + " what the upstream answers");
    }

    @Test
    void theKeyAndTheAggregationRowsAreTheUpstreamsInProxyMode() {
        URI upstream = URI.create("https://app.pendo.io");
        assertThatThrownBy(() -> PendoMock.builder().port(0).proxyTo(upstream).integrationKey("k").start())
                .isInstanceOf(PendoMockException.class)
                .hasMessage("An integration key (--integration-key) does nothing in proxy mode: the upstream"
                        + " https://app.pendo.io checks the key each request carries. Leave one of them out");
        assertThatThrownBy(() -> PendoMock.builder().port(0).proxyTo(upstream).aggregationRows(5).start())
                .isInstanceOf(PendoMockException.class)
                .hasMessage("Aggregation rows (--aggregation-rows) do nothing in proxy mode: the upstream"
                        + " https://app.pendo.io answers aggregations. Leave one of them out");
        assertThatThrownBy(() -> PendoMock.builder().port(0).proxyTo(upstream).stateful().start())
                .isInstanceOf(PendoMockException.class)
                .hasMessage("State (--stateful) does nothing in proxy mode: the upstream https://app.pendo.io keeps its own."
                        + " Leave one of them out");
        assertThatThrownBy(() -> PendoMock.builder().port(0).proxyTo(upstream).rateLimit(RateLimit.parse("5/s")).start())
                .isInstanceOf(PendoMockException.class)
                .hasMessage("A rate limit (--rate-limit) does nothing in proxy mode: the upstream https://app.pendo.io"
                        + " limits requests itself. Leave one of them out");
    }

    @Test
    void anUpstreamURLIsHttpWithAHostAndNoPassword() {
        assertThatThrownBy(() -> PendoMock.builder().proxyTo(URI.create("ftp://app.pendo.io")))
                .hasMessage("The upstream must be an http or https URL with a host, like https://app.pendo.io, not"
                        + " 'ftp://app.pendo.io'");
        assertThatThrownBy(() -> PendoMock.builder().proxyTo(URI.create("https://me:pw@app.pendo.io/x")))
                .hasMessage("The upstream URL must not hold a user or password: the proxy forwards each request's own"
                        + " credential headers (give https://app.pendo.io/x)");
        assertThatThrownBy(() -> PendoMock.builder().proxyTo(URI.create("https://app.pendo.io?a=b")))
                .hasMessage("The upstream URL must not hold a query or fragment: each request's own path and query are"
                        + " appended to it, not 'https://app.pendo.io?a=b'");
    }

    /** Records GET /api/v1/page (repeated), a visitor and an aggregation; returns the files. */
    private static Map<String, String> record(Path recording, int repeats) throws IOException {
        try (PendoMock proxy = PendoMock.builder().port(0).proxyTo(pendo.baseUrl()).record(recording)
                .proxyLog(line -> { }).start()) {
            for (int i = 0; i < repeats; i++) {
                Http.send("GET", proxy.baseUrl(), "/api/v1/page", null, "x-pendo-integration-key", KEY);
            }
            Http.send("GET", proxy.baseUrl(), "/api/v1/visitor/visitor-0001", null, "x-pendo-integration-key", KEY);
            Http.send("POST", proxy.baseUrl(), "/api/v1/aggregation", "{\"response\": {\"mimeType\": \"application/json\"},"
                    + " \"request\": {\"pipeline\": [{\"source\": {\"visitors\": null}}]}}", "x-pendo-integration-key", KEY,
                    "Content-Type", "application/json");
        }
        return files(recording);
    }

    /**
     * Every documented request, and every documented status of the first few chosen with
     * {@code Prefer}, by a name of their own, to the given base URL.
     */
    private static Map<String, HttpRequest.Builder> traffic(URI base) {
        Map<String, HttpRequest.Builder> traffic = new LinkedHashMap<>();
        for (Operation operation : PENDO.operations()) {
            DocumentedRequest request = DocumentedRequest.builder(operation).credential(KEY).build();
            traffic.putIfAbsent(request.method() + " " + request.pathAndQuery() + " " + request.body()
                    .map(DocumentedRequest.Body::text).orElse(""), request.toHttpRequest(base));
        }
        for (Operation operation : PENDO.operations().subList(0, 20)) {
            DocumentedRequest request = DocumentedRequest.builder(operation).credential(KEY).build();
            operation.responses().forEach(r -> traffic.put(operation.location().itemPath() + " Prefer " + r.status(),
                    request.toHttpRequest(base).header("Prefer", "code=" + r.status())));
        }
        return traffic;
    }

    /** The files of a recording, by path relative to it, sorted. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
