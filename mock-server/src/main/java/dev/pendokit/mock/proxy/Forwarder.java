package dev.pendokit.mock.proxy;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Sends a request on to the upstream as it came (method, path, query, headers, body) and reads
 * the answer whole. Headers that belong to one connection (RFC 9110 section 7.6.1) stay behind, and
 * so does {@code Accept-Encoding}: the proxy reads the body it checks, and the mock compresses
 * for its own client as it always does.
 */
final class Forwarder {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Long enough for a large aggregation on a real Pendo; a request that waits longer gets 504. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(120);

    /** Of one connection, or set by the HTTP client itself; compared in lower case. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length", "expect", "http2-settings", "accept-encoding");
    /** Not passed back: of one connection, or no longer true of the body as the mock sends it. */
    private static final Set<String> NOT_RETURNED = Set.of("connection", "keep-alive", "proxy-connection", "te",
            "trailer", "transfer-encoding", "upgrade", "content-length");
    private static final byte[] GZIP_MAGIC = {(byte) 0x1f, (byte) 0x8b};

    private final URI upstream;
    private final Duration answerTimeout;
    private final HttpClient http;

    Forwarder(URI upstream, Duration answerTimeout) {
        this.upstream = upstream;
        this.answerTimeout = answerTimeout;
        // HTTP/1.1: an h2c upgrade attempt on every plain-http request would be a header the
        // upstream never asked for. Redirects go back to the client, as the upstream sent them.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    URI upstream() {
        return upstream;
    }

    Duration answerTimeout() {
        return answerTimeout;
    }

    /**
     * @throws IOException when the upstream cannot be reached or does not answer in time
     *     ({@link java.net.http.HttpTimeoutException})
     */
    UpstreamAnswer send(Request request) throws IOException, InterruptedException {
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody();
        HttpRequest.Builder forward = HttpRequest.newBuilder(Upstream.resolve(upstream, request.getUrl()))
                .timeout(answerTimeout).method(request.getMethod().getName(), body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        Set<String> connectionOnly = connectionOnly(request);
        for (HttpHeader header : request.getHeaders().all()) {
            String name = header.key().toLowerCase(Locale.ROOT);
            if (NOT_FORWARDED.contains(name) || connectionOnly.contains(name)
                    || name.equals("content-encoding") && !startsWith(body, GZIP_MAGIC)) {
                // A body the mock has already inflated goes on inflated, without the header that said otherwise.
                continue;
            }
            for (String value : header.values()) {
                forward.header(header.key(), value);
            }
        }
        HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
        return answer(answer);
    }

    private static UpstreamAnswer answer(HttpResponse<byte[]> response) throws IOException {
        HttpHeaders received = response.headers();
        byte[] body = response.body() == null ? new byte[0] : response.body();
        boolean gzipped = received.firstValue("Content-Encoding").map(e -> e.trim().equalsIgnoreCase("gzip"))
                .orElse(false);
        if (gzipped) {
            body = gunzip(body);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        received.map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!name.startsWith(":") && !NOT_RETURNED.contains(lower) && !(gzipped && lower.equals("content-encoding"))) {
                headers.put(name, List.copyOf(values));
            }
        });
        return new UpstreamAnswer(response.statusCode(), headers, body);
    }

    /** The headers the request's {@code Connection} header names as its connection's own. */
    private static Set<String> connectionOnly(Request request) {
        Set<String> names = new TreeSet<>();
        HttpHeader connection = request.header("Connection");
        if (connection.isPresent()) {
            for (String value : connection.values()) {
                Arrays.stream(value.split(",")).map(n -> n.trim().toLowerCase(Locale.ROOT)).forEach(names::add);
            }
        }
        return names;
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IOException("its gzip body cannot be inflated: " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
