package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar with {@code --coverage-report DIR} and {@code --rate-limit}: what it serves on
 * {@code /__pendokit/coverage} while it runs is what it writes when stopped (SIGTERM, as Ctrl+C or
 * a container's stop sends).
 */
class CoverageReportJarIT {

    private static final Path JAR = Path.of("target", "pendo-mock-server.jar");
    private static final Pattern READY = Pattern.compile("at (http://localhost:\\d+):");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path reports;

    @Test
    void writesTheReportOnExit() throws IOException, InterruptedException {
        Process mock = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "--port", "0", "--coverage-report", reports.toString(), "--rate-limit", "1/min")
                .redirectErrorStream(true).start();
        try {
            URI base = baseUrl(mock);
            assertThat(get(base, "/api/v1/page", "jar-key-0123456789").statusCode()).isEqualTo(200);
            assertThat(get(base, "/api/v1/page", "jar-key-0123456789").statusCode()).isEqualTo(429);
            String served = get(base, "/__pendokit/coverage", null).body();
            String servedMarkdown = get(base, "/__pendokit/coverage?format=md", null).body();

            mock.destroy();
            assertThat(mock.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(Files.readString(reports.resolve("coverage.json"))).isEqualTo(served)
                    .contains("\"exercised\":2,").doesNotContain("jar-key");
            assertThat(Files.readString(reports.resolve("coverage.md"))).isEqualTo(servedMarkdown)
                    .contains("| Page/Return List of All Pages | `GET /api/v1/page` | 200, 429 |");
        } finally {
            mock.destroyForcibly();
        }
    }

    private static URI baseUrl(Process mock) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                return URI.create(ready.group(1));
            }
        }
        throw new IOException("The mock ended without its ready line");
    }

    private static HttpResponse<String> get(URI base, String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (key != null) {
            request.header("x-pendo-integration-key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
