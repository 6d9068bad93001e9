package dev.pendokit.mock.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.pendokit.mock.PendoMock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the upstream receives from the proxy and what the client receives back, with an upstream
 * of the test's own (the JDK's HTTP server) that keeps the request it got.
 */
class ForwardingTest {

    private static final String KEY = "forwarding-secret-key-a83f0e";

    /** What the upstream received: method, path and query as sent, headers (lower-case names), body. */
    private record Received(String method, String url, Map<String, List<String>> headers, String body) {}

    private final AtomicReference<Received> received = new AtomicReference<>();
    private final List<String> log = new ArrayList<>();
    private HttpServer upstream;
    private PendoMock proxy;

    @BeforeEach
    void start() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        upstream.createContext("/", this::answer);
        upstream.start();
        proxy = PendoMock.builder().port(0).proxyTo(URI.create("http://127.0.0.1:" + upstream.getAddress().getPort()))
                .proxyLog(log::add).start();
    }

    @AfterEach
    void stop() {
        proxy.close();
        upstream.stop(0);
    }

    @Test
    void theRequestGoesOnAsSentWithoutTheHeadersOfOneConnection() {
        String body = "{\"visitors\": [\"v1\"]}";
        HttpResponse<String> answer = Http.send("PUT", proxy.baseUrl(),
                "/api/v1/metadata/visitor/custom/value/v%201/tier?x=1&x=2&y=a%2Fb", body,
                "x-pendo-integration-key", KEY, "Content-Type", "application/json", "X-Custom", "one",
                "Accept-Encoding", "gzip");

        assertThat(answer.statusCode()).isEqualTo(200);
        Received got = received.get();
        assertThat(got.method()).isEqualTo("PUT");
        assertThat(got.url()).isEqualTo("/api/v1/metadata/visitor/custom/value/v%201/tier?x=1&x=2&y=a%2Fb");
        assertThat(got.body()).isEqualTo(body);
        assertThat(got.headers()).containsEntry("x-pendo-integration-key", List.of(KEY))
                .containsEntry("x-custom", List.of("one")).containsEntry("content-type", List.of("application/json"))
                .doesNotContainKey("accept-encoding").doesNotContainKey("upgrade").doesNotContainKey("http2-settings");
        assertThat(got.headers().get("host")).containsExactly("127.0.0.1:" + upstream.getAddress().getPort());
    }

    @Test
    void theAnswerComesBackAsItWasInflatedWhenTheUpstreamCompressedIt() {
        HttpResponse<String> answer = Http.send("GET", proxy.baseUrl(), "/gzip/api/v1/page", null,
                "x-pendo-integration-key", KEY);

        assertThat(answer.statusCode()).isEqualTo(299);
        assertThat(answer.body()).isEqualTo("[{\"id\": \"compressed\"}]");
        assertThat(answer.headers().firstValue("X-Upstream")).hasValue("yes");
        assertThat(answer.headers().firstValue("Content-Encoding")).isEmpty();
        // No documented request has this path: that is the one difference.
        assertThat(proxy.proxyDifferences()).extracting(ProxyDifference::toString)
                .containsExactly("GET /gzip/api/v1/page request: No request of the collection has this method and path.");
        assertThat(log).containsExactly("proxy drift: GET /gzip/api/v1/page request: No request of the collection has"
                + " this method and path.");
    }

    @Test
    void aConnectionHeaderNamesHeadersThatStayBehind() throws IOException {
        // The JDK's client does not let a caller set Connection: a raw request does.
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/page HTTP/1.1\r\nHost: localhost\r\nConnection: close, X-Hop\r\nX-Hop: 1\r\n"
                    + "X-Kept: 2\r\nx-pendo-integration-key: " + KEY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200");
        }
        assertThat(received.get().headers()).containsKey("x-kept").doesNotContainKey("x-hop")
                .doesNotContainKey("connection");
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        received.set(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
                headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Upstream", "yes");
        byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
        int status = 200;
        if (exchange.getRequestURI().getPath().startsWith("/gzip/")) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write("[{\"id\": \"compressed\"}]".getBytes(StandardCharsets.UTF_8));
            }
            body = zipped.toByteArray();
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            status = 299;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
