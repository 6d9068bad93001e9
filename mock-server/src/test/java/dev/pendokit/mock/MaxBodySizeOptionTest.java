package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's {@code --max-body-size SIZE} and the builder's {@code maxBodySize}: parsed, refused when wrong, applied. */
class MaxBodySizeOptionTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void tenMegabytesUnlessGiven() {
        assertThat(Options.parse("--port", "0").maxBodySize()).isEqualTo(10L * 1024 * 1024)
                .isEqualTo(PendoMock.DEFAULT_MAX_BODY_SIZE);
    }

    @Test
    void takesBytesOrBinaryUnits() {
        assertThat(Options.parse("--max-body-size", "2048").maxBodySize()).isEqualTo(2048);
        assertThat(Options.parse("--max-body-size=512KB").maxBodySize()).isEqualTo(512L * 1024);
        assertThat(Options.parse("--max-body-size", "25mb").maxBodySize()).isEqualTo(25L * 1024 * 1024);
        assertThat(Options.parse("--max-body-size", "1GB").maxBodySize()).isEqualTo(1024L * 1024 * 1024);
    }

    @Test
    void refusesWhatIsNotASizeOrIsOutOfRange() {
        assertThat(run("--max-body-size", "big")).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("--max-body-size", "0")).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("--max-body-size", "2GB")).isEqualTo(Main.USAGE_ERROR);
        String refusal = "pendo-mock-server: --max-body-size takes a size from 1 byte to 1GB, in bytes or with KB, MB or GB"
                + " (10MB, 512KB, 1048576), not '%s'. See --help" + System.lineSeparator();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo(refusal.formatted("big") + refusal.formatted("0") + refusal.formatted("2GB"));
    }

    @Test
    void theBuilderRefusesALimitOutOfRange() {
        assertThatThrownBy(() -> PendoMock.builder().maxBodySize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The largest body must be from 1 byte to 1 GB (1073741824 bytes), not 0");
    }

    @Test
    void helpListsIt() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--max-body-size SIZE");
    }

    @Test
    void theMockStartedFromTheCommandLineKeepsToIt() {
        try (PendoMock mock = Main.builder(Options.parse("--port", "0", "--max-body-size", "1KB")).start()) {
            HttpResponse<String> response = MockHttp.send(MockHttp.request(mock, "POST", "/api/v1/aggregation",
                    "{" + " ".repeat(1023) + "}", "x-pendo-integration-key", "k"));
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(MockHttp.json(response).path("message").asText()).contains("limit of 1024 bytes");
        }
    }
}
