package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: what it prints, and how it refuses what it cannot do. */
class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheFlags() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("--port N", "--collection FILE", "--integration-key KEY", "--export-stubs DIR");
    }

    @Test
    void anUnknownFlagIsNamed() {
        assertThat(run("--prot", "8080")).isEqualTo(Main.USAGE_ERROR);
        assertThat(err()).isEqualTo("pendo-mock-server: Unknown option --prot; the options are --port, --collection,"
                + " --integration-key, --aggregation-rows, --max-body-size, --stateful, --rate-limit, --coverage-report,"
                + " --proxy-to, --record, --export-stubs and --help. See --help"
                + System.lineSeparator());
    }

    @Test
    void aPortThatIsNotANumberIsRefused() {
        assertThat(run("--port", "eighty")).isEqualTo(Main.USAGE_ERROR);
        assertThat(err()).startsWith("pendo-mock-server: --port takes a number from 0 (any free port) to 65535, not"
                + " 'eighty'");
    }

    @Test
    void aMissingCollectionFileIsNamed() {
        assertThat(run("--collection", dir.resolve("nope.json").toString())).isEqualTo(Main.USAGE_ERROR);
        assertThat(err()).startsWith("pendo-mock-server: --collection " + dir.resolve("nope.json") + ": no such file");
    }

    @Test
    void aCollectionThatIsNotJsonFailsWithTheReadersMessageNotAStackTrace() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"info\": {\"name\": \"x\",");
        assertThat(run("--port", "0", "--collection", broken.toString())).isEqualTo(Main.FAILED);
        assertThat(err()).startsWith("pendo-mock-server: ").contains("broken.json").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aPortInUseIsNamedWithTheFix() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThat(run("--port", String.valueOf(taken.getLocalPort()))).isEqualTo(Main.FAILED);
            assertThat(err()).isEqualTo("pendo-mock-server: Port " + taken.getLocalPort() + " is in use by another"
                    + " process. Stop that process, or choose another port (--port, or 0 for any free port)"
                    + System.lineSeparator());
        }
    }

    @Test
    void theReadyLineSaysWhereAndHowMuch() {
        try (PendoMock mock = Main.builder(Options.parse("--port", "0")).start()) {
            assertThat(Main.readyLine(mock, 1234)).isEqualTo("pendo-mock-server: serving 'Pendo API' at "
                    + mock.baseUrl() + ": 110 requests, " + mock.stubCount() + " stubs (ready in 1234 ms)");
            assertThat(mock.awaitAllStubs().wireMock().getStubMappings()).hasSize(mock.stubCount());
        }
    }

    @Test
    void exportWritesStockWireMockFilesAndSaysHowToServeThem() throws IOException {
        assertThat(run("--export-stubs", dir.toString())).isZero();
        try (Stream<Path> mappings = Files.list(dir.resolve("mappings"))) {
            long count = mappings.count();
            assertThat(out()).isEqualTo("pendo-mock-server: wrote " + count + " mappings and 0 body files for"
                    + " 'Pendo API' to " + dir + "; serve them with: java -jar wiremock-standalone.jar --root-dir " + dir
                    + System.lineSeparator());
            assertThat(count).isGreaterThan(2000);
        }
    }

    @Test
    void exportRefusesToMixWithOtherMappings() throws IOException {
        Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(dir.resolve("mappings/mine.json"), "{}");
        assertThat(run("--export-stubs", dir.toString())).isEqualTo(Main.FAILED);
        assertThat(err()).isEqualTo("pendo-mock-server: " + dir + " already holds 1 WireMock file(s) this export would"
                + " not replace (mappings/mine.json), and WireMock would serve them alongside the new stubs. Export into"
                + " an empty folder, or remove them first" + System.lineSeparator());
        assertThat(dir.resolve("mappings/mine.json")).hasContent("{}");
    }

    @Test
    void theKeyNeverShowsInTheOptions() {
        assertThat(Options.parse("--integration-key", "s3cr3t").toString()).doesNotContain("s3cr3t");
    }
}
