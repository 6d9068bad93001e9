package dev.pendokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code pendokit drift --accept FILE}, run in-process: the file reaches the library, an accepted
 * change no longer fails the check, and a malformed file is bad usage in one line.
 */
class DriftAcceptTest {

    private static final Path CORPUS = Path.of(System.getProperty("pendokit.corpus", "../testdata/postman-corpus"));
    private static final Path ECHO = CORPUS.resolve("p2o-echo.postman.json").toAbsolutePath();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void anAcceptedChangeDoesNotFailTheCheck() throws IOException {
        Path changed = removeFirstRequest();
        Path accept = Files.writeString(dir.resolve("accept.yaml"), """
                accept:
                  - kind: operation-removed
                    reason: the request was retired on purpose
                """);

        int exit = run("drift", "--baseline", ECHO.toString(), "--collection", changed.toString(), "--report-dir",
                dir.resolve("reports").toString(), "--accept", accept.toString());

        assertThat(err.toString().lines()).as("the corpus collection's warnings, and no error")
                .allMatch(l -> l.startsWith("pendokit: warning"));
        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("pendokit drift: no drift beyond accepted changes: 39 operations checked,"
                + " 1 accepted change; report: ");
        assertThat(dir.resolve("reports/report.md")).content().contains("| the request was retired on purpose | — |");
    }

    @Test
    void aMalformedFileIsBadUsageInOneLine() throws IOException {
        Path accept = Files.writeString(dir.resolve("accept.yaml"), "accept:\n  - kind: operation-removed\n");

        int exit = run("drift", "--baseline", ECHO.toString(), "--collection", ECHO.toString(), "--report-dir",
                dir.resolve("reports").toString(), "--accept", accept.toString());

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().lines()).containsExactly("pendokit drift: accept file " + accept + ": accept[0] has no"
                + " reason; add 'reason:' saying why the change is accepted", "Try 'pendokit drift --help'");
        assertThat(dir.resolve("reports")).doesNotExist();
    }

    private Path removeFirstRequest() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode changed = json.readTree(ECHO.toFile());
        ((ArrayNode) changed.get("item").get(0).get("item")).remove(0);
        Path file = dir.resolve("changed.json");
        json.writeValue(file.toFile(), changed);
        return file;
    }

    private int run(String... args) {
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
