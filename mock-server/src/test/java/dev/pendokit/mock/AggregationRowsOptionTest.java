package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's {@code --aggregation-rows N}: parsed, refused when wrong, and passed to the mock. */
class AggregationRowsOptionTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void offUnlessGiven() {
        assertThat(Options.parse("--port", "0").aggregationRows()).isZero();
    }

    @Test
    void takesTheRowsAsASeparateOrAnInlineValue() {
        assertThat(Options.parse("--aggregation-rows", "250").aggregationRows()).isEqualTo(250);
        assertThat(Options.parse("--aggregation-rows=7", "--port", "0").aggregationRows()).isEqualTo(7);
    }

    @Test
    void refusesWhatIsNotACountOfRows() {
        assertThat(run("--aggregation-rows", "many")).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("--aggregation-rows", "-1")).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("--aggregation-rows")).isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "pendo-mock-server: --aggregation-rows takes a number of rows per source, 0 (off) or more, not 'many'."
                        + " See --help" + System.lineSeparator()
                + "pendo-mock-server: --aggregation-rows takes a number of rows per source, 0 (off) or more, not '-1'."
                        + " See --help" + System.lineSeparator()
                + "pendo-mock-server: --aggregation-rows needs a value. See --help" + System.lineSeparator());
    }

    @Test
    void helpListsIt() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--aggregation-rows N");
    }

    @Test
    void theMockStartedFromTheCommandLineServesThatManyRows() {
        try (PendoMock mock = Main.builder(Options.parse("--port", "0", "--aggregation-rows", "3")).start()) {
            String body = "{\"response\":{\"mimeType\":\"application/json\"},\"request\":{\"pipeline\":["
                    + "{\"source\":{\"guides\":null}}]}}";
            var response = MockHttp.send(MockHttp.request(mock, "POST", "/api/v1/aggregation", body,
                    "x-pendo-integration-key", "k", "Content-Type", "application/json"));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(MockHttp.json(response).path("results")).extracting(row -> row.path("id").asText())
                    .containsExactly("guide-00001", "guide-00002", "guide-00003");
        }
    }
}
