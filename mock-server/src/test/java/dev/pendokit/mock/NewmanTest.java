package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.BundledCollection;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A client written by others: Newman runs the whole Pendo collection, as Postman users have it,
 * against the mock, and every request must get a status documented for it: the documented success,
 * since Newman chooses no response (every Pendo request also documents 400, 401, 404 and 5xx, so
 * a status merely documented would let a rejected key or an unmatched request through).
 *
 * <p>Needs Node.js 18+; the build installs Newman into {@code newman/node_modules} (see the
 * {@code newman-install} profile of this module's pom).
 */
class NewmanTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = MockRequests.KEY;
    private static final int TIMEOUT_SECONDS = 120;
    /** How much of an answer's body a failure shows: enough for a 404's closest request and differences. */
    private static final int BODY_START = 1500;

    private final Path basedir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private final Path work = basedir.resolve("target/newman");

    @Test
    void newmanRunOfTheCollectionGetsDocumentedStatuses() throws Exception {
        String node = node();
        Path newman = basedir.resolve("newman/node_modules/newman/bin/newman.js");
        if (!Files.isRegularFile(newman)) {
            fail("Newman is not installed (" + newman + " is missing): build mock-server without -DskipTests,"
                    + " or run: npm ci --prefix mock-server/newman");
        }
        Files.createDirectories(work);
        Path collection = work.resolve(BundledCollection.RESOURCE);
        try (InputStream in = BundledCollection.open()) {
            Files.copy(in, collection, StandardCopyOption.REPLACE_EXISTING);
        }
        Path report = work.resolve("pendo.json");
        Path output = work.resolve("newman-output.txt");
        Files.deleteIfExists(report);

        try (PendoMock mock = PendoMock.builder().port(0).integrationKey(KEY).start()) {
            String url = mock.baseUrl().toString();
            Process newmanRun = new ProcessBuilder(node, newman.toString(), "run", collection.toString(),
                    "--env-var", "baseUrl=" + url, "--env-var", "dataHost=" + url,
                    "--env-var", "integrationKey=" + KEY, "--env-var", "trackEventSecret=test-track-event-secret",
                    "--reporters", "cli,json", "--reporter-json-export", report.toString(),
                    "--color", "off", "--disable-unicode", "--timeout-request", "10000")
                    .directory(basedir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!newmanRun.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                newmanRun.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("Newman did not finish within " + TIMEOUT_SECONDS + " s. Its output (" + output + "):\n"
                        + tail(output));
            }
            if (!Files.isRegularFile(report)) {
                fail("Newman wrote no report (exit code " + newmanRun.exitValue() + "). Its output (" + output
                        + "):\n" + tail(output));
            }

            JsonNode run = JSON.readTree(report.toFile());
            Map<String, String> itemPaths = new HashMap<>();
            collectPaths(run.path("collection").path("item"), "", itemPaths);

            JsonNode executions = run.path("run").path("executions");
            // Newman sends one request per execution, in order: the mock's journal says which stub answered.
            List<ReceivedRequest> received = List.of();
            RuntimeException journalFailure = null;
            try {
                received = mock.receivedRequests();
            } catch (RuntimeException e) {
                // Reported after the statuses, which say more.
                journalFailure = e;
            }
            boolean inStep = received.size() == executions.size();
            List<String> offending = new ArrayList<>();
            for (int i = 0; i < executions.size(); i++) {
                JsonNode execution = executions.get(i);
                JsonNode item = execution.path("item");
                String name = itemPaths.getOrDefault(item.path("id").asText(), item.path("name").asText());
                Operation operation = MockRequests.PENDO.operation(name).orElse(null);
                JsonNode request = execution.path("request");
                String sent = request.path("method").asText() + " " + url(request.path("url"));
                if (execution.hasNonNull("requestError")) {
                    offending.add(name + ": " + sent + " -> request error: "
                            + execution.path("requestError").path("message").asText());
                    continue;
                }
                int code = execution.path("response").path("code").asInt();
                if (operation == null) {
                    offending.add(name + ": " + sent + " -> " + code + " (no documented request of that name)");
                    continue;
                }
                Set<Integer> documented = operation.responses().stream().map(Response::status)
                        .collect(Collectors.toCollection(TreeSet::new));
                int success = operation.successResponse().map(Response::status).orElse(-1);
                boolean unmatched = inStep && !received.get(i).matched();
                // Every Pendo request documents 400, 401, 404, 500...: Newman chooses no response, so
                // the answer must be the documented success, from a documented request's stub.
                if (!documented.contains(code) || code != success || unmatched) {
                    offending.add(name + ": " + sent + " -> " + code + " (documented: " + documented
                            + "; expected the documented success " + success + (!inStep ? ")"
                            : unmatched ? "; no documented request matched)" : "; answered by stub "
                                    + received.get(i).stub() + ")")
                            + "\n    " + bodyStart(execution.path("response")));
                }
            }

            assertThat(executions.size()).as("Newman's executions (report %s, output %s)", report, output)
                    .isEqualTo(MockRequests.PENDO.operations().size()).isEqualTo(110);
            if (!offending.isEmpty()) {
                fail(offending.size() + " of " + executions.size() + " requests Newman sent did not get their"
                        + " documented success (Newman's output: " + output + "):\n" + String.join("\n", offending));
            }
            if (journalFailure != null) {
                throw new AssertionError("The mock's request journal could not be read", journalFailure);
            }
            assertThat(mock.unmatchedRequests()).as("Requests no documented request matched").isEmpty();
        }
    }

    /** The node executable, failing with what to install when there is none or it is too old. */
    private static String node() throws InterruptedException {
        String node = System.getProperty("os.name", "").startsWith("Windows") ? "node.exe" : "node";
        String version;
        try {
            Process process = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
            version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new AssertionError("NewmanTest runs Newman, which needs Node.js 18 or later: install Node.js"
                    + " (https://nodejs.org) so that `node` is on the PATH (" + e.getMessage() + ")", e);
        }
        int major = -1;
        try {
            major = Integer.parseInt(version.replaceFirst("^v", "").split("\\.")[0]);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (major < 18) {
            fail("NewmanTest runs Newman, which needs Node.js 18 or later; `node --version` says: " + version
                    + ". Install Node.js 18+ (https://nodejs.org)");
        }
        return node;
    }

    /** Each request item's id to its collection path, {@code Folder/Sub/Request}. */
    private static void collectPaths(JsonNode items, String prefix, Map<String, String> paths) {
        for (JsonNode item : items) {
            String path = prefix + item.path("name").asText();
            if (item.has("item")) {
                collectPaths(item.path("item"), path + "/", paths);
            } else {
                paths.put(item.path("id").asText(), path);
            }
        }
    }

    /** The URL Newman sent (disabled query parameters are not sent). */
    private static String url(JsonNode url) {
        if (url.isTextual()) {
            return url.asText();
        }
        StringBuilder text = new StringBuilder();
        text.append(url.path("protocol").asText("http")).append("://");
        List<String> host = new ArrayList<>();
        url.path("host").forEach(h -> host.add(h.asText()));
        text.append(String.join(".", host));
        if (url.hasNonNull("port")) {
            text.append(':').append(url.path("port").asText());
        }
        List<String> path = new ArrayList<>();
        url.path("path").forEach(p -> path.add(p.asText()));
        text.append('/').append(String.join("/", path));
        List<String> query = new ArrayList<>();
        for (JsonNode pair : url.path("query")) {
            if (!pair.path("disabled").asBoolean(false)) {
                query.add(pair.path("key").asText() + (pair.hasNonNull("value") ? "=" + pair.path("value").asText() : ""));
            }
        }
        return query.isEmpty() ? text.toString() : text + "?" + String.join("&", query);
    }

    /** The start of the response body (the JSON reporter keeps it as a Node Buffer). */
    private static String bodyStart(JsonNode response) {
        JsonNode data = response.path("stream").path("data");
        byte[] bytes = new byte[Math.min(data.size(), BODY_START)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) data.get(i).asInt();
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
        return body.isEmpty() ? "(empty body)" : body + (data.size() > BODY_START ? "..." : "");
    }

    private static String tail(Path output) throws IOException {
        if (!Files.isRegularFile(output)) {
            return "(no output)";
        }
        String text = Files.readString(output);
        return text.length() > 8000 ? "..." + text.substring(text.length() - 8000) : text;
    }
}
