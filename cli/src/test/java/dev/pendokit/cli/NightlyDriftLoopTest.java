package dev.pendokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.pendokit.collection.BundledCollection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The nightly loop of {@code docs/nightly-drift.yml}, night after night, from an empty folder: the
 * collection fetched from the URL Pendo publishes it at (a loopback server playing the
 * documentation endpoint), compared with the baseline, a known change accepted, the baseline
 * updated, and the next night no drift.
 */
class NightlyDriftLoopTest {

    private static final String PUBLISHED = "/api/collections/12345/2sA3XS";

    @TempDir
    Path repository;

    private final AtomicReference<byte[]> published = new AtomicReference<>();
    private HttpServer server;

    @BeforeEach
    void publish() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PUBLISHED, exchange -> {
            byte[] body = published.get();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void acceptedDriftIsFoundOnceAndTheNextNightIsQuiet() throws IOException {
        byte[] pendo = pendo();
        byte[] withoutTheLastFolder = withoutTheLastFolder(pendo);
        Path baseline = repository.resolve("pendo-api.baseline.json");
        Path accept = repository.resolve("drift-accept.yaml");

        // Night 1: nothing in the folder yet; the published collection becomes the baseline.
        published.set(pendo);
        Night first = night(false);
        assertThat(first.exit).isZero();
        assertThat(first.out).containsExactly("pendokit drift: no baseline at " + baseline + " yet: wrote the checked"
                + " collection there; the next run compares against it");
        assertThat(baseline).hasBinaryContent(pendo);
        assertThat(repository.resolve("drift")).doesNotExist();

        // Night 2: Pendo publishes a collection without its last folder: breaking, the check fails,
        // the baseline stays, and each change is an ::error annotation.
        published.set(withoutTheLastFolder);
        Night second = night(false);
        assertThat(second.exit).isEqualTo(ExitCodes.FAILED);
        assertThat(second.out.get(0)).startsWith("pendokit drift: 50 changes in 60 operations checked: 50 breaking,");
        assertThat(second.out.get(1)).isEqualTo("pendokit drift: kept the baseline " + baseline + " as it was, because"
                + " the check failed: the next run finds the same drift until it is fixed or accepted");
        assertThat(baseline).hasBinaryContent(pendo);
        // A URL has no place in the repository: the annotations sit on the baseline file, the copy it replaces.
        String baselineFile = Path.of("").toAbsolutePath().relativize(baseline).toString();
        List<String> annotations = Files.readAllLines(repository.resolve("drift/annotations.txt"));
        assertThat(annotations).hasSize(50).allMatch(line -> line.startsWith("::error file=" + baselineFile
                + ",title=API drift%2C breaking%3A operation-removed::"));

        // The team reads the report and accepts the removal, with its reason.
        Files.writeString(accept, """
                accept:
                  - kind: operation-removed
                    reason: Pendo retired the last folder's requests; the client no longer calls them
                """);
        Night accepted = night(true);
        assertThat(accepted.exit).isZero();
        assertThat(accepted.out).containsExactly(
                "pendokit drift: no drift beyond accepted changes: 60 operations checked, 50 accepted changes; report: "
                        + repository.resolve("drift/report.md").toAbsolutePath(),
                "pendokit drift: updated the baseline " + baseline + " to the checked collection; the next run"
                        + " compares against it");
        assertThat(baseline).hasBinaryContent(withoutTheLastFolder);
        assertThat(repository.resolve("drift/annotations.txt")).content().doesNotContain("::error");

        // Night 3: the same collection again: no drift, and the accept entry is reported as stale.
        Night third = night(true);
        assertThat(third.exit).isZero();
        assertThat(third.out).containsExactly(
                "pendokit drift: no drift: 60 operations checked, nothing changed; report: "
                        + repository.resolve("drift/report.md").toAbsolutePath(),
                "pendokit drift: the baseline " + baseline + " already holds the checked collection");
        assertThat(repository.resolve("drift/report.md")).content().contains("accept[0] (kind operation-removed)"
                + " matches no change; remove it, or correct its operation, kind or where");
    }

    @Test
    void updatingABaselineThatIsNotGivenIsBadUsage() {
        Night night = run("drift", "--collection-url", url(), "--update-baseline", "--base-url", "http://127.0.0.1:9");

        assertThat(night.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(night.err).containsExactly("pendokit drift: --update-baseline needs --baseline: the collection file"
                + " to write the checked collection over", "Try 'pendokit drift --help'");
    }

    /** The workflow's command, as docs/nightly-drift.yml runs it each night, in the repository's folder. */
    private Night night(boolean withAcceptFile) {
        List<String> args = new ArrayList<>(List.of("drift", "--collection-url", url(), "--baseline",
                repository.resolve("pendo-api.baseline.json").toString(), "--update-baseline",
                "--report-dir", repository.resolve("drift").toString()));
        if (withAcceptFile) {
            args.addAll(List.of("--accept", repository.resolve("drift-accept.yaml").toString()));
        }
        return run(args.toArray(String[]::new));
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PUBLISHED;
    }

    private record Night(int exit, List<String> out, List<String> err) {}

    private static Night run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(args);
        return new Night(exit, out.toString().lines().toList(), err.toString().lines().toList());
    }

    private static byte[] pendo() throws IOException {
        try (InputStream in = BundledCollection.open()) {
            return in.readAllBytes();
        }
    }

    private static byte[] withoutTheLastFolder(byte[] collection) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(collection);
        ArrayNode items = (ArrayNode) root.get("item");
        items.remove(items.size() - 1);
        return json.writeValueAsBytes(root);
    }
}
