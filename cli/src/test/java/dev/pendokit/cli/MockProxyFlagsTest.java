package dev.pendokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code pendokit mock --proxy-to URL [--record DIR]}: refused as the jar refuses them, before anything starts. */
class MockProxyFlagsTest {

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = Main.commandLine();
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void recordingWithoutAnUpstreamIsAUsageError() {
        assertThat(run("mock", "--port", "0", "--record", "recorded")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("pendokit mock: --record needs --proxy-to URL: it writes what the upstream"
                + " answers" + System.lineSeparator());
    }

    @Test
    void anUpstreamThatIsNotAnHttpUrlIsAUsageError() {
        assertThat(run("mock", "--port", "0", "--proxy-to", "app.pendo.io")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("pendokit mock: --proxy-to: The upstream must be an http or https URL with"
                + " a host, like https://app.pendo.io, not 'app.pendo.io'" + System.lineSeparator());
    }
}
