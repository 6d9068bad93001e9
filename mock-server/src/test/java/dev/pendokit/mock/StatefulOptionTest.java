package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's {@code --stateful}: off unless given, listed in the usage, and passed to the mock. */
class StatefulOptionTest {

    @Test
    void offUnlessGiven() {
        assertThat(Options.parse("--port", "0").stateful()).isFalse();
        assertThat(Options.parse("--stateful").stateful()).isTrue();
        assertThat(Options.parse("--stateful").toString()).contains("stateful=true");
    }

    @Test
    void helpListsIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Main.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--stateful ", "POST /__pendokit/reset");
    }

    @Test
    void theMockStartedFromTheCommandLineKeepsStateFromTheDatasetOfItsRows() {
        try (PendoMock mock = Main.builder(Options.parse("--port", "0", "--stateful", "--aggregation-rows", "3")).start()) {
            assertThat(mock.stateful()).isTrue();
            StateCalls.ok(mock, "PUT", "/api/v1/metadata/account/custom/value/account-00003/plan", "\"pro\"");

            assertThat(StateCalls.rows(mock, "{\"source\":{\"accounts\":null}}"))
                    .extracting(row -> row.path("metadata").path("custom").path("plan").asText(""))
                    .containsExactly("", "", "pro");
        }
    }
}
