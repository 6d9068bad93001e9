package dev.pendokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code pendokit-cli.jar}, run as a process: each command's output and exit status,
 * on the bundled Pendo collection and on a corpus collection, and its errors (bad usage, a refused
 * collection, a failed check) as one line on stderr.
 */
class CliIT {

    private static final Path CORPUS = Path.of(System.getProperty("pendokit.corpus", "../testdata/postman-corpus"));
    private static final Path ECHO = CORPUS.resolve("p2o-echo.postman.json").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandsAndTheExitStatuses() {
        CliProcess.Result help = CliProcess.run(dir, "--help");

        assertThat(help.exit()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith("Usage: pendokit [-hV] COMMAND")
                .contains("generate", "stubs", "mock", "drift", "openapi", "inspect")
                .contains("Exit status:", "2   bad usage", "3   the collection was refused");
    }

    @Test
    void eachCommandHasItsHelp() {
        for (String command : new String[] {"generate", "stubs", "mock", "drift", "openapi", "inspect"}) {
            CliProcess.Result help = CliProcess.run(dir, command, "--help");

            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: pendokit " + command).contains("--collection");
        }
    }

    @Test
    void versionIsTheProjectsVersion() {
        CliProcess.Result version = CliProcess.run(dir, "--version");

        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("pendokit " + System.getProperty("pendokit.version", "0.1.0-SNAPSHOT") + "\n");
    }

    @Test
    void anUnknownOptionIsBadUsageInOneLineAndAHint() {
        CliProcess.Result bad = CliProcess.run(dir, "generate", "--bogus");

        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.errLines()).containsExactly("pendokit generate: Unknown option: '--bogus'",
                "Try 'pendokit generate --help'");
    }

    @Test
    void noCommandIsBadUsage() {
        CliProcess.Result none = CliProcess.run(dir);

        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.errLines()).containsExactly(
                "pendokit: Missing command: give one of generate, stubs, mock, drift, openapi, inspect", "Try 'pendokit --help'");
    }

    @Test
    void aMalformedCollectionIsRefusedInOneLineNamingFileLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{\"info\": {\"name\": \"x\",\n");

        CliProcess.Result refused = CliProcess.run(dir, "inspect", "--collection", "broken.json");

        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.errLines()).singleElement().asString()
                .startsWith("pendokit inspect: broken.json is not JSON (line 2, column 1")
                .contains("fix the JSON at that place")
                .doesNotContain("Exception");
    }

    @Test
    void aPostmanV1CollectionAndAMissingFileAreRefused() {
        CliProcess.Result v1 = CliProcess.run(dir, "generate", "--collection",
                CORPUS.resolve("transformer-v1.0.0-malformed.json").toAbsolutePath().toString());
        CliProcess.Result missing = CliProcess.run(dir, "stubs", "--collection", "nope.json");

        assertThat(v1.exit()).isEqualTo(3);
        assertThat(v1.errLines()).singleElement().asString().contains("Postman Collection v1 file", "export it again");
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.errLines()).containsExactly("pendokit stubs: The collection file nope.json does not exist."
                + " Check --collection, or leave it out for the bundled Pendo collection");
    }

    @Test
    void strictRefusesACollectionWithWarnings() {
        CliProcess.Result strict = CliProcess.run(dir, "inspect", "--strict", "--collection", ECHO.toString());

        CliProcess.Result stubs = CliProcess.run(dir, "stubs", "--strict", "--collection", ECHO.toString());

        // inspect shows what is wrong, then says it in one line; the others stop, listing the problems.
        assertThat(strict.exit()).isEqualTo(3);
        assertThat(strict.out()).contains("'Postman Echo' (", "Diagnostics:", "  warning at 'Request Methods/POST Raw Text'");
        assertThat(strict.errLines()).containsExactly("pendokit inspect: p2o-echo.postman.json has 27 problems (strict"
                + " mode: warnings count as errors), among the diagnostics above; the other commands refuse it until"
                + " they are fixed");
        assertThat(stubs.exit()).isEqualTo(3);
        assertThat(stubs.err()).startsWith("pendokit stubs: p2o-echo.postman.json has 27 problems (strict mode:"
                + " warnings count as errors):\n  - warning at ");
        assertThat(dir.resolve("wiremock")).doesNotExist();
    }

    @Test
    void generateWritesThePendoClientAndRewritesNothingUnchanged() {
        CliProcess.Result first = CliProcess.run(dir, "generate");
        CliProcess.Result again = CliProcess.run(dir, "generate");

        assertThat(first.exit()).isZero();
        assertThat(first.out()).startsWith("pendokit generate: 'Pendo API' (110 operations) as dev.pendokit.pendo.PendoClient in ")
                .contains(" 0 removed");
        assertThat(dir.resolve("generated-sources/pendokit/dev/pendokit/pendo/PendoClient.java")).isRegularFile();
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains(" 0 written, 0 removed");
    }

    @Test
    void generateTakesAnyCollectionAndTheNamesGiven() {
        CliProcess.Result echo = CliProcess.run(dir, "generate", "--collection", ECHO.toString(), "--output", "out",
                "--package", "com.example.echo", "--client-name", "EchoClient");

        assertThat(echo.exit()).isZero();
        assertThat(echo.out()).startsWith("pendokit generate: 'Postman Echo' (40 operations) as com.example.echo.EchoClient");
        assertThat(dir.resolve("out/com/example/echo/EchoClient.java")).isRegularFile();
    }

    @Test
    void generateRefusesAFolderOfOtherFiles() throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/Mine.java"), "class Mine {}");

        CliProcess.Result refused = CliProcess.run(dir, "generate", "--output", "src");

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.errLines()).hasSize(2).endsWith("Try 'pendokit generate --help'");
        assertThat(refused.errLines()).first().asString().startsWith("pendokit generate: ")
                .endsWith("already holds files pendokit did not write, and --output removes what it does not produce"
                        + " there. Give --output an empty or new folder");
        assertThat(dir.resolve("src/Mine.java")).isRegularFile();
    }

    @Test
    void aNameJavacWouldNotTakeIsBadUsageNamingTheFlag() {
        CliProcess.Result bad = CliProcess.run(dir, "generate", "--package", "1bad");

        assertThat(bad.exit()).isEqualTo(2);
        // After the collection's warnings, which come first since the check needs the collection's name.
        assertThat(bad.errLines()).endsWith("pendokit generate: The package name \"1bad\" is not a Java package"
                + " name (identifiers separated by dots, none of them a keyword). Set --package to one, such as"
                + " dev.pendokit.myapi", "Try 'pendokit generate --help'");
    }

    @Test
    void openapiWritesBothFilesAndPrintsTheDocumentAsData() throws Exception {
        CliProcess.Result written = CliProcess.run(dir, "openapi");
        CliProcess.Result again = CliProcess.run(dir, "openapi");
        CliProcess.Result printed = CliProcess.run(dir, "openapi", "--collection", ECHO.toString(), "--print", "json");

        assertThat(written.exit()).isZero();
        assertThat(written.out()).startsWith("pendokit openapi: OpenAPI 3.1 document of 'Pendo API' (110 requests) in ")
                .contains(": 2 files, 2 written, in ");
        assertThat(again.out()).contains(": 2 files, 0 written, in ");
        JsonNode pendo = new ObjectMapper().readTree(dir.resolve("openapi/openapi.json").toFile());
        assertThat(pendo.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(pendo.path("servers")).hasSize(5);
        assertThat(Files.readString(dir.resolve("openapi/openapi.yaml"))).startsWith("openapi: \"3.1.0\"");
        // --print: the document alone on stdout, ready for a pipe; warnings go to stderr.
        assertThat(printed.exit()).isZero();
        assertThat(new ObjectMapper().readTree(printed.out()).path("info").path("title").asText())
                .isEqualTo("Postman Echo");
        assertThat(Files.exists(dir.resolve("openapi/openapi.json"))).isTrue();
    }

    @Test
    void stubsWritesWireMocksLayout() throws Exception {
        CliProcess.Result stubs = CliProcess.run(dir, "stubs", "--collection", ECHO.toString(), "--output", "wm");

        assertThat(stubs.exit()).isZero();
        assertThat(stubs.out()).startsWith("pendokit stubs: 'Postman Echo' (40 requests) in ");
        try (var mappings = Files.list(dir.resolve("wm/mappings"))) {
            assertThat(mappings.count()).isGreaterThanOrEqualTo(40);
        }
    }

    @Test
    void inspectShowsTheBundledCollectionAsATable() {
        CliProcess.Result table = CliProcess.run(dir, "inspect");

        assertThat(table.exit()).isZero();
        assertThat(table.err()).isEmpty();
        assertThat(table.out()).contains("'Pendo API' (", "): 110 operations, ")
                .containsPattern("(?m)^OPERATION +METHOD +PATH +STATUSES +REQUEST +SUCCESS$")
                .containsPattern("(?m)^\\S+ +GET +/api/v1/page +200,")
                .contains("Types: ", "Diagnostics:");
    }

    @Test
    void inspectPrintsJsonForScripts() throws Exception {
        CliProcess.Result json = CliProcess.run(dir, "inspect", "--collection", ECHO.toString(), "--format", "json");

        assertThat(json.exit()).isZero();
        JsonNode inventory = new ObjectMapper().readTree(json.out());
        assertThat(inventory.get("name").asText()).isEqualTo("Postman Echo");
        assertThat(inventory.get("operations")).hasSize(40);
        JsonNode get = inventory.get("operations").get(0);
        assertThat(get.get("method").asText()).isEqualTo("GET");
        assertThat(get.get("path").asText()).isEqualTo("/get");
        assertThat(get.get("statuses").get(0).asInt()).isEqualTo(200);
        assertThat(inventory.get("diagnostics").get(0).get("severity").asText()).isEqualTo("warning");
    }

    @Test
    void driftPassesOnTheSameCollectionAndFailsWithOneLineOnABreakingChange() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode changed = json.readTree(ECHO.toFile());
        ((ArrayNode) changed.get("item").get(0).get("item")).remove(0);
        json.writeValue(dir.resolve("changed.json").toFile(), changed);

        CliProcess.Result same = CliProcess.run(dir, "drift", "--baseline", ECHO.toString(), "--collection", ECHO.toString());
        CliProcess.Result drifted = CliProcess.run(dir, "drift", "--baseline", ECHO.toString(), "--collection",
                "changed.json", "--report-dir", "reports");

        assertThat(same.exit()).isZero();
        assertThat(same.out()).startsWith("pendokit drift: no drift: 40 operations checked");
        assertThat(drifted.exit()).isEqualTo(1);
        assertThat(drifted.out()).startsWith("pendokit drift: 1 change in 39 operations checked: 1 breaking");
        assertThat(drifted.errLines()).filteredOn(l -> l.startsWith("pendokit drift:")).singleElement().asString()
                .contains("--fail-on=breaking", "reports");
        assertThat(dir.resolve("reports/report.md")).isRegularFile();
        assertThat(dir.resolve("reports/report.json")).isRegularFile();
    }

    @Test
    void driftWithNothingToCompareIsBadUsage() {
        CliProcess.Result nothing = CliProcess.run(dir, "drift");

        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.errLines()).first().asString().startsWith("pendokit drift: drift has nothing to compare:");
    }

    @Test
    void liveDriftTakesItsKeyFromTheEnvironmentOnly() {
        CliProcess.Result noKey = CliProcess.run(dir, "drift", "--base-url", "http://localhost:1");

        assertThat(noKey.exit()).isEqualTo(2);
        assertThat(noKey.errLines()).containsExactly("pendokit drift: the live check of http://localhost:1 needs an"
                + " integration key: set the environment variable PENDO_INTEGRATION_KEY", "Try 'pendokit drift --help'");
    }

    @Test
    void mockServesTheBundledCollectionOnAFreePort() throws Exception {
        Process mock = CliProcess.builder(dir, "mock", "--port", "0", "--integration-key", "test-key")
                .redirectErrorStream(true).start();
        try {
            String ready = new BufferedReader(new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8)).readLine();
            Matcher url = Pattern.compile("^pendokit mock: serving 'Pendo API' at (http://localhost:\\d+): 110 requests,")
                    .matcher(String.valueOf(ready));
            assertThat(url.find()).as(ready).isTrue();

            HttpResponse<String> pages = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(url.group(1) + "/api/v1/page")).header("x-pendo-integration-key", "test-key")
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(pages.statusCode()).isEqualTo(200);
            assertThat(pages.body()).startsWith("[");
        } finally {
            mock.destroy();
            if (!mock.waitFor(20, TimeUnit.SECONDS)) {
                mock.destroyForcibly();
            }
        }
    }

    @Test
    void mockExportsStubsForStockWireMock() {
        CliProcess.Result export = CliProcess.run(dir, "mock", "--collection", ECHO.toString(), "--export-stubs", "wm");

        assertThat(export.exit()).isZero();
        assertThat(export.out()).startsWith("pendokit mock: wrote ").contains(" stub files for 'Postman Echo' to ",
                "serve them with: java -jar wiremock-standalone.jar --root-dir ");
        assertThat(dir.resolve("wm/mappings")).isDirectory();
    }

    @Test
    void mockRefusesAPortOutOfRange() {
        CliProcess.Result bad = CliProcess.run(dir, "mock", "--port", "70000");

        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.errLines()).containsExactly(
                "pendokit mock: The port must be between 0 (any free port) and 65535, not 70000", "Try 'pendokit mock --help'");
    }
}
