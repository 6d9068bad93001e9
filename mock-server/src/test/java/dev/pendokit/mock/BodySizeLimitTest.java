package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A body over the limit gets 413 and Pendo's JSON, however it is sent (a declared length, chunked,
 * an HTTP/2 stream of unknown length, gzip), and the client reads that answer whole. The limit
 * here is 1 KB, so that a body over it is quick to send.
 */
class BodySizeLimitTest {

    private static final int LIMIT = 1024;
    private static final String TOO_LARGE = "{\"status\":413,\"error\":\"Payload Too Large\",\"message\":\"The request body"
            + " is over the mock's limit of 1024 bytes; raise the limit with --max-body-size"
            + " (PendoMock.builder().maxBodySize)\"}";
    private static final String INFLATED_TOO_LARGE = "{\"status\":413,\"error\":\"Payload Too Large\",\"message\":\"The"
            + " request body, inflated, is over the mock's limit of 1024 bytes; raise the limit with --max-body-size"
            + " (PendoMock.builder().maxBodySize)\"}";
    private static PendoMock mock;

    @BeforeAll
    static void start() {
        mock = PendoMock.builder().maxBodySize(LIMIT).start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void aDeclaredLengthOverTheLimitGets413(HttpClient.Version version) {
        HttpResponse<String> response = post(version, HttpRequest.BodyPublishers.ofByteArray(json(LIMIT + 1)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo(TOO_LARGE);
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void aBodyOfUnknownLengthIsCutAtTheLimit(HttpClient.Version version) {
        // A megabyte, chunked over HTTP/1.1 and a stream without a length over HTTP/2: read to the
        // limit, the rest dropped unkept.
        byte[] body = json(1024 * 1024);
        HttpResponse<String> response = post(version, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo(TOO_LARGE);
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void aBodyAtTheLimitIsServed(HttpClient.Version version) {
        HttpResponse<String> response = post(version, HttpRequest.BodyPublishers.ofByteArray(json(LIMIT)));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).startsWith("{\"status\":404,\"error\":\"Not Found\",\"message\":\"No documented"
                + " request matches POST /api/v1/aggregation\"");
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void aGzipBodyIsMeasuredInflated(HttpClient.Version version) throws IOException {
        // 64 KB of spaces compress to about 100 bytes: under the limit as sent, far over it inflated.
        HttpResponse<String> response = send(version, request(HttpRequest.BodyPublishers.ofByteArray(gzip(json(64 * 1024))))
                .header("Content-Encoding", "gzip"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo(INFLATED_TOO_LARGE);
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void aBodyThatOnlyClaimsToBeGzipGets400(HttpClient.Version version) {
        byte[] body = {0x1f, (byte) 0x8b, 'n', 'o', 't', ' ', 'g', 'z', 'i', 'p'};
        HttpResponse<String> response = post(version, HttpRequest.BodyPublishers.ofByteArray(body));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"status\":400,\"error\":\"Bad Request\",\"message\":\"The request body"
                + " is sent as gzip (by Content-Encoding or its first bytes) but cannot be inflated: Unsupported"
                + " compression method\"}");
    }

    @Test
    void aClientThatExpectsContinueIsRefusedBeforeItSends() throws IOException {
        // Over a raw socket: the JDK 17 client waits forever for a 100 when the answer is final
        // (JDK-8286171). The body is never sent; the answer comes at once.
        String answer = RawHttp.exchange(mock, "POST /api/v1/aggregation HTTP/1.1\r\nHost: localhost\r\n"
                + "x-pendo-integration-key: k\r\nExpect: 100-continue\r\nContent-Length: 67108864\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 413 ").contains("\r\nContent-Type: application/json\r\n")
                .doesNotContain("100 Continue").endsWith("\r\n\r\n" + TOO_LARGE);
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void aMultipartBodyOfUnknownLengthGets411(HttpClient.Version version) {
        byte[] body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--\r\n".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> response = send(version, request(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body))).setHeader("Content-Type", "multipart/form-data; boundary=b"));

        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(response.body()).isEqualTo("{\"status\":411,\"error\":\"Length Required\",\"message\":\"A multipart"
                + " body needs a Content-Length here: the mock reads no body of unknown size past its limit of 1024"
                + " bytes, and parts cannot be counted unread\"}");
    }

    /** A JSON document of exactly that many bytes: an object padded with spaces. */
    private static byte[] json(int bytes) {
        byte[] body = new byte[bytes];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[bytes - 1] = '}';
        return body;
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        return out.toByteArray();
    }

    private static HttpResponse<String> post(HttpClient.Version version, HttpRequest.BodyPublisher body) {
        return send(version, request(body));
    }

    private static HttpRequest.Builder request(HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/v1/aggregation"))
                .header("x-pendo-integration-key", "k").header("Content-Type", "application/json").POST(body);
    }

    /**
     * Over HTTP/2, after a first request has made the connection h2c: the JDK upgrades only
     * requests without a body, so a POST alone would go over HTTP/1.1.
     */
    private static HttpResponse<String> send(HttpClient.Version version, HttpRequest.Builder request) {
        HttpClient client = HttpClient.newBuilder().version(version).build();
        try {
            if (version == HttpClient.Version.HTTP_2) {
                HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/v1/page"))
                        .header("x-pendo-integration-key", "k").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(first.version()).isEqualTo(HttpClient.Version.HTTP_2);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.version()).isEqualTo(version);
            return response;
        } catch (IOException e) {
            throw new AssertionError("The client got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
