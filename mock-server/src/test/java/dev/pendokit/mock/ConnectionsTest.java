package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A long run of requests loses none, over one HTTP/2 (h2c) connection and over HTTP/1.1
 * keep-alive, with the JDK's client reading answers three ways in turn: whole; as a stream closed
 * after the JSON value (Jackson's {@code readTree(InputStream)}); and as a stream closed at once.
 * The two ways that close early make the client reset HTTP/2 streams, which Jetty's flood
 * defence used to answer with {@code GOAWAY} past 128 a second ({@link H2cConnectionFactory}).
 *
 * <p>GETs only: over HTTP/1.1 the JDK 17 client, closing a stream at the very end of a body,
 * now and then closes a connection it has put back in its pool, and sends the next request on it
 * in vain; it sends a GET again, a POST it fails (3 or 4 POSTs in 100,000 here, whether the
 * answers came chunked or with a length).
 *
 * <p>20,000 requests per version by default; {@code -Dpendokit.connections.requests=N} sets
 * another count.
 */
class ConnectionsTest {

    private static final int REQUESTS = Integer.getInteger("pendokit.connections.requests", 20_000);
    private static final int THREADS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PendoMock mock;
    private static String expected;

    private enum Reader { WHOLE, JSON_VALUE_THEN_CLOSE, CLOSE_AT_ONCE }

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        mock = PendoMock.builder().journalLimit(0).start();
        expected = HttpClient.newHttpClient().send(page(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void noRequestIsLost(HttpClient.Version version) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(version).build();
        // The first request makes the connection h2c (an upgrade); the rest share it.
        assertThat(client.send(page(), HttpResponse.BodyHandlers.ofString()).version()).isEqualTo(version);
        AtomicInteger next = new AtomicInteger();
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        LongAdder answered = new LongAdder();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                running.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                        try {
                            read(client, Reader.values()[i % Reader.values().length], version);
                            answered.increment();
                        } catch (Exception | AssertionError e) {
                            // One count per kind of failure, whichever connection it came on.
                            String kind = String.valueOf(e).replaceAll("/127\\.0\\.0\\.1:\\d+: ", "");
                            failures.computeIfAbsent(kind, k -> new LongAdder()).increment();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(failures).as("failures of %s requests over %s", REQUESTS, version).isEmpty();
        assertThat(answered.sum()).isEqualTo(REQUESTS);
    }

    /**
     * A first request that streams its body (no length) cannot become h2c: HTTP/2 needs the whole
     * body before the switch. Jetty switched anyway and the request failed; it is answered over
     * HTTP/1.1 now, as a body of declared length is.
     */
    @Test
    void aFirstRequestThatStreamsItsBodyIsAnsweredOverHttp11() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        byte[] body = "[{\"accountId\":\"acme\",\"values\":{\"tier\":\"gold\"}}]".getBytes(StandardCharsets.UTF_8);
        HttpRequest bulk = HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/v1/metadata/account/custom/value"))
                .header("x-pendo-integration-key", "k").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response = client.send(bulk, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(client.send(page(), HttpResponse.BodyHandlers.ofString()).version()).isEqualTo(HttpClient.Version.HTTP_2);
    }

    private static void read(HttpClient client, Reader reader, HttpClient.Version version)
            throws IOException, InterruptedException {
        if (reader == Reader.WHOLE) {
            HttpResponse<String> response = client.send(page(), HttpResponse.BodyHandlers.ofString());
            check(response, version);
            assertThat(response.body()).isEqualTo(expected);
            return;
        }
        HttpResponse<InputStream> response = client.send(page(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            check(response, version);
            if (reader == Reader.JSON_VALUE_THEN_CLOSE) {
                JsonNode pages = JSON.readTree(body);
                assertThat(pages.isArray()).isTrue();
            }
        }
    }

    private static void check(HttpResponse<?> response, HttpClient.Version version) {
        if (response.statusCode() != 200 || response.version() != version) {
            throw new AssertionError(response.statusCode() + " over " + response.version());
        }
    }

    private static HttpRequest page() {
        return HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/v1/page")).header("x-pendo-integration-key", "k")
                .build();
    }
}
