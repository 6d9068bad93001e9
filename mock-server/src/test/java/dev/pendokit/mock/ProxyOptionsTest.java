package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --proxy-to URL} and {@code --record DIR} on the jar's command line. */
class ProxyOptionsTest {

    @TempDir
    Path dir;

    @Test
    void theFlagsAreRead() {
        Options options = Options.parse("--proxy-to", "https://app.pendo.io", "--record=" + dir);

        assertThat(options.proxyTo()).isEqualTo(URI.create("https://app.pendo.io"));
        assertThat(options.record()).isEqualTo(dir);
        assertThat(options.toString()).contains("proxyTo=https://app.pendo.io", "record=" + dir);
        assertThat(Options.parse("--port", "0").proxyTo()).isNull();
    }

    @Test
    void recordingWithoutAnUpstreamIsRefused() {
        assertThatThrownBy(() -> Options.parse("--record", dir.toString()))
                .hasMessage("--record needs --proxy-to URL: it writes what the upstream answers");
    }

    @Test
    void anUpstreamThatIsNotAnHttpUrlIsRefused() {
        assertThatThrownBy(() -> Options.parse("--proxy-to", "app.pendo.io"))
                .hasMessage("--proxy-to: The upstream must be an http or https URL with a host, like https://app.pendo.io,"
                        + " not 'app.pendo.io'");
        assertThatThrownBy(() -> Options.parse("--proxy-to", "http://exa mple"))
                .hasMessage("--proxy-to: The upstream must be an http or https URL with a host, like https://app.pendo.io,"
                        + " not 'http://exa mple'");
    }

    @Test
    void theJarSaysWhereItProxiesWhenReady() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PendoMock upstream = PendoMock.builder().port(0).start();
                PendoMock proxy = Main.builder(Options.parse("--port", "0", "--proxy-to", upstream.baseUrl().toString()))
                        .start()) {
            assertThat(proxy.upstream()).hasValue(upstream.baseUrl());
            assertThat(Main.readyLine(proxy, 1234)).isEqualTo("pendo-mock-server: proxying " + proxy.baseUrl() + " to "
                    + upstream.baseUrl() + ", checking answers against 'Pendo API' (" + proxy.requestCount()
                    + " requests; ready in 1234 ms)");
        }
        int status = Main.run(new String[] {"--port", "0", "--proxy-to", "https://app.pendo.io", "--integration-key", "k"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Main.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("pendo-mock-server: An integration key"
                + " (--integration-key) does nothing in proxy mode: the upstream https://app.pendo.io checks the key each"
                + " request carries. Leave one of them out" + System.lineSeparator());
    }
}
