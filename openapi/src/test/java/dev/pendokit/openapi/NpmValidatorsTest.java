package dev.pendokit.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tools from npm take the documents as they are: Redocly CLI lints the Pendo document and every
 * corpus document without an error ({@code tools/redocly.yaml} says which rules are off and why;
 * warnings are counted, not failed), and Prism serves the Pendo document and answers a documented
 * request.
 *
 * <p>Needs Node.js 20.19+; the build installs the tools into {@code tools/node_modules} (see the
 * {@code openapi-tools-install} profile of this module's pom).
 */
class NpmValidatorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WORK = Path.of("target", "openapi-tools").toAbsolutePath();
    private static final int LINT_TIMEOUT_SECONDS = 180;
    private static final int PRISM_START_SECONDS = 60;

    /** Redocly's problems by document name, in the order it reports them. */
    private static final Map<String, List<JsonNode>> PROBLEMS = new LinkedHashMap<>();

    @BeforeAll
    static void lintEveryDocumentOnce() throws Exception {
        Files.createDirectories(WORK);
        List<String> files = new ArrayList<>();
        Documents.all().forEach((name, document) -> {
            Path file = WORK.resolve(name + ".json");
            try {
                Files.write(file, document.json());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            files.add(file.toString());
            PROBLEMS.put(name, new ArrayList<>());
        });
        // One run for all documents: Node's start-up is most of a lint's time.
        List<String> arguments = new ArrayList<>(List.of("lint", "--config", "redocly.yaml", "--format", "json",
                "--max-problems", "100000"));
        arguments.addAll(files);
        Path report = WORK.resolve("redocly.json");
        Path errors = WORK.resolve("redocly-stderr.txt");
        Process lint = NodeTools.process(NodeTools.command(NodeTools.REDOCLY, arguments.toArray(String[]::new)))
                .redirectOutput(report.toFile()).redirectError(errors.toFile()).start();
        try {
            if (!lint.waitFor(LINT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("redocly lint did not finish within " + LINT_TIMEOUT_SECONDS + " s:\n" + NodeTools.tail(errors));
            }
        } finally {
            lint.destroyForcibly();
        }
        // A JSON report per document, one after the other.
        List<JsonNode> results;
        try (MappingIterator<JsonNode> reports = JSON.readerFor(JsonNode.class).readValues(report.toFile())) {
            results = reports.readAll();
        } catch (IOException e) {
            throw new AssertionError("redocly lint wrote no JSON report (exit code " + lint.exitValue() + "):\n"
                    + NodeTools.tail(errors), e);
        }
        assertThat(results).as("Redocly's reports (%s; its output %s)", report, errors).hasSameSizeAs(files);
        for (JsonNode result : results) {
            for (JsonNode problem : result.path("problems")) {
                String source = problem.path("location").path(0).path("source").path("ref").asText();
                String name = Path.of(source).getFileName().toString().replaceFirst("\\.json$", "");
                assertThat(PROBLEMS).as("the document of a problem (%s)", problem).containsKey(name);
                PROBLEMS.get(name).add(problem);
            }
            JsonNode totals = result.path("totals");
            assertThat(totals.path("errors").asInt() + totals.path("warnings").asInt())
                    .as("Redocly's problems, all listed (%s)", totals).isEqualTo(result.path("problems").size());
        }
    }

    static Stream<String> documents() {
        return PROBLEMS.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void redoclyReportsNoErrors(String name) {
        List<JsonNode> problems = PROBLEMS.get(name);
        List<String> errors = problems.stream().filter(p -> p.path("severity").asText().equals("error"))
                .map(NpmValidatorsTest::describe).toList();
        System.out.printf("redocly lint %s: %d errors, %d warnings%n", name, errors.size(),
                problems.size() - errors.size());
        problems.stream().filter(p -> !p.path("severity").asText().equals("error"))
                .forEach(p -> System.out.println("  " + describe(p)));
        assertThat(errors).as("Redocly's errors on the %s document (%s)", name, WORK.resolve(name + ".json"))
                .isEmpty();
    }

    @Test
    void prismServesThePendoDocumentAndAnswersADocumentedRequest() throws Exception {
        Path document = WORK.resolve("pendo.json");
        Files.write(document, Documents.pendo().json());
        int port = freePort();
        Path output = WORK.resolve("prism-output.txt");
        Process prism = NodeTools.process(NodeTools.command(NodeTools.PRISM, "mock", "--host", "127.0.0.1",
                        "--port", String.valueOf(port), document.toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest pages = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/page"))
                    .header("x-pendo-integration-key", "test-integration-key")
                    .header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<String> response = send(client, pages, prism, output);
            assertThat(response.statusCode()).as("Prism's status (body %s; output %s)", response.body(), output)
                    .isEqualTo(200);
            assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(JSON.readTree(response.body()).isContainerNode()).as("a JSON body: %s", response.body())
                    .isTrue();
        } finally {
            stop(prism);
        }
    }

    /** Sends the request once Prism listens, failing when it exits or does not listen in time. */
    private static HttpResponse<String> send(HttpClient client, HttpRequest request, Process prism, Path output)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PRISM_START_SECONDS);
        while (true) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.net.ConnectException notListeningYet) {
                if (!prism.isAlive()) {
                    fail("Prism exited (code " + prism.exitValue() + "):\n" + NodeTools.tail(output));
                }
                if (System.nanoTime() > deadline) {
                    fail("Prism did not listen within " + PRISM_START_SECONDS + " s:\n" + NodeTools.tail(output));
                }
                Thread.sleep(200);
            }
        }
    }

    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String describe(JsonNode problem) {
        JsonNode location = problem.path("location").path(0);
        return problem.path("ruleId").asText() + " at " + location.path("pointer").asText() + ": "
                + problem.path("message").asText();
    }
}
