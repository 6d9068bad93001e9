package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report of issue 14, on the packaged jar in a 512 MB heap: a 50 MB body used to answer 500
 * with Jetty's HTML page of {@code java.lang.OutOfMemoryError: Java heap space}. It gets 413 now,
 * sent with a length or chunked, and a body just under the 10 MB limit is served.
 */
class LargeBodyJarIT {

    private static final Path JAR = Path.of("target", "pendo-mock-server.jar");
    private static final Pattern READY = Pattern.compile("at (http://localhost:\\d+):");
    private static final String TOO_LARGE = "{\"status\":413,\"error\":\"Payload Too Large\",\"message\":\"The request body"
            + " is over the mock's limit of 10485760 bytes; raise the limit with --max-body-size"
            + " (PendoMock.builder().maxBodySize)\"}";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static Process mock;
    private static URI base;

    @BeforeAll
    static void start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        mock = new ProcessBuilder(java, "-Xmx512m", "-jar", JAR.toString(), "--port", "0").redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                base = URI.create(ready.group(1));
                return;
            }
        }
        throw new AssertionError("The mock ended without its ready line (exit " + mock.exitValue() + ")");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        mock.destroy();
        mock.waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void fiftyMegabytesWithALengthGet413() throws Exception {
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(spaces(50 * 1024 * 1024)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo(TOO_LARGE);
    }

    @Test
    void fiftyMegabytesChunkedGet413() throws Exception {
        byte[] body = spaces(50 * 1024 * 1024);
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo(TOO_LARGE);
    }

    @Test
    void aBodyJustUnderTheLimitIsServed() throws Exception {
        String pipeline = "{\"response\":{\"mimeType\":\"application/json\"},\"request\":{\"pipeline\":"
                + "[{\"source\":{\"visitors\":null}}]},\"padding\":\"";
        byte[] body = spaces(10 * 1024 * 1024 - 64);
        byte[] start = pipeline.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';

        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(body));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(mock.isAlive()).isTrue();
    }

    private static byte[] spaces(int length) {
        byte[] body = new byte[length];
        Arrays.fill(body, (byte) ' ');
        return body;
    }

    private static HttpResponse<String> post(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve("/api/v1/aggregation")).header("x-pendo-integration-key", "k")
                .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }
}
