package dev.pendokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code pendokit drift --collection-url URL}, run in-process against a loopback server playing a
 * documentation endpoint that publishes a changed copy of the Pendo collection.
 */
class DriftCollectionUrlTest {

    private static final String DOC = "/api/collections/12345/2sA3XS";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private HttpServer server;
    private Path baseline;

    @BeforeEach
    void serveAChangedPendoCollection() throws IOException {
        byte[] pendo;
        try (InputStream in = BundledCollection.open()) {
            pendo = in.readAllBytes();
        }
        baseline = Files.write(dir.resolve("pendo.json"), pendo);
        ObjectMapper json = new ObjectMapper();
        JsonNode changed = json.readTree(pendo);
        ArrayNode items = (ArrayNode) changed.get("item");
        items.remove(items.size() - 1);
        byte[] body = json.writeValueAsBytes(changed);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(DOC, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void checksTheCollectionAtTheUrlAgainstTheBaseline() {
        int exit = run("drift", "--baseline", baseline.toString(), "--collection-url", url(DOC) + "?versionTag=latest",
                "--report-dir", dir.resolve("reports").toString());

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(out.toString()).startsWith("pendokit drift: 50 changes in 60 operations checked: 50 breaking,"
                + " 0 potentially breaking, 0 compatible; report: ");
        assertThat(err.toString().lines().reduce((a, b) -> b)).hasValueSatisfying(last -> assertThat(last)
                .startsWith("pendokit drift: 50 breaking changes (--fail-on=breaking); see "));
        assertThat(dir.resolve("reports/report.md")).content().contains(url(DOC) + "?...");
    }

    @Test
    void aMissingCollectionIsRefusedInOneLine() {
        int exit = run("drift", "--baseline", baseline.toString(), "--collection-url", url("/nope"),
                "--report-dir", dir.resolve("reports").toString());

        assertThat(exit).isEqualTo(ExitCodes.REFUSED_COLLECTION);
        assertThat(err.toString().lines()).containsExactly("pendokit drift: " + url("/nope")
                + " answered 404 Not Found. Check the collection uid / URL");
        assertThat(dir.resolve("reports")).doesNotExist();
    }

    @Test
    void aFileAndAUrlTogetherAreBadUsage() {
        int exit = run("drift", "--baseline", baseline.toString(), "--collection", baseline.toString(),
                "--collection-url", url(DOC));

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().lines()).containsExactly("pendokit drift: give either --collection (a file) or"
                + " --collection-url (a URL) to read the collection from, not both", "Try 'pendokit drift --help'");
    }

    private int run(String... args) {
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
