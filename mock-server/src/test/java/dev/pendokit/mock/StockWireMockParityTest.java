package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Example;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exported stubs served by stock WireMock standalone give the same answers as the mock server.
 *
 * <p>For each collection, the stubs {@code --export-stubs} writes are served by the stock
 * {@code wiremock-standalone} jar in a process of its own, and the same collection by a
 * {@link PendoMock}; every documented request is sent to both, plainly, choosing each documented
 * status ({@code Prefer: code=NNN}, {@code x-mock-response-code: NNN}) and each saved example
 * ({@code Prefer: example=NAME}, {@code x-mock-response-name: NAME}), and without its key.
 * Status, {@code Content-Type} and body must be the same, and every documented request must
 * match a stub (where neither matches, the mock answers a JSON 404 on purpose and WireMock a text
 * diff, so those are reported apart).
 */
@DisplayName("Exported stubs served by stock WireMock standalone give the same answers as the mock server")
class StockWireMockParityTest {

    /** A collection with saved examples that have names, so that the example selectors are exercised. */
    private static final Path CORPUS_WITH_EXAMPLES = Path.of("..", "testdata", "postman-corpus",
            "p2o-echo.postman.json");
    /** Saved answers that carry the request's ids: templated stubs, one with its body in a file. */
    private static final Path TEMPLATED = Path.of("src", "test", "resources", "templated-answers.postman.json");
    /** An id that is not the documentation's, with what JSON and URLs must escape. */
    private static final String OTHER_ID = "other \"id\" \\ \u00e9\u20ac <&> {{x}}";
    private static final Path LOGS = Path.of("target", "stock-wiremock-parity");
    /** Set by the {@code full} profile: the slow checks run too. */
    private static final boolean FULL = Boolean.getBoolean("checks.full");
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int PARALLEL_REQUESTS = 4;
    private static final int SHOWN_BODY = 300;
    private static final int SHOWN_LOG_LINES = 40;
    private static final String MATCHED_STUB = "Matched-Stub-Id";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(REQUEST_TIMEOUT).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The stock WireMock of each collection, started before any test so that their starts overlap. */
    private static final Map<Subject, Stock> STOCK = new ConcurrentHashMap<>();
    private static final List<Process> PROCESSES = new CopyOnWriteArrayList<>();

    @TempDir
    static Path exports;

    /** A collection to compare on: the bundled Pendo one when {@code collection} is null. */
    record Subject(String name, Path collection) {

        ApiModel model() {
            return collection == null ? MockRequests.PENDO : ApiModels.load(collection, ResolveOptions.DEFAULTS);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A corpus collection with named examples (158 requests, every kind of selector) in every build;
     * the bundled Pendo collection too (2,678 requests, half a minute) with {@code -Pfull}.
     */
    static Stream<Subject> collections() {
        Subject corpus = new Subject(CORPUS_WITH_EXAMPLES.getFileName().toString(), CORPUS_WITH_EXAMPLES);
        Subject templated = new Subject(TEMPLATED.getFileName().toString(), TEMPLATED);
        return FULL ? Stream.of(new Subject("Pendo (bundled)", null), corpus, templated) : Stream.of(corpus, templated);
    }

    /** A stock WireMock process serving a collection's exported stubs, or why there is none. */
    record Stock(Process process, URI baseUrl, Path log, RuntimeException failure) {

        String logTail() {
            if (log == null || !Files.exists(log)) {
                return "(no WireMock output)";
            }
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .map(line -> line.replaceAll("\u001B\\[[0-9;]*m", "")).toList();
                return "WireMock output (" + log.toAbsolutePath() + ", last lines):\n  "
                        + String.join("\n  ", lines.subList(Math.max(0, lines.size() - SHOWN_LOG_LINES), lines.size()));
            } catch (IOException e) {
                return "(cannot read " + log + ": " + e + ")";
            }
        }
    }

    @BeforeAll
    static void startStockWireMocks() {
        collections().forEach(subject -> STOCK.put(subject, startStock(subject)));
    }

    @AfterAll
    static void stopStockWireMocks() throws InterruptedException {
        for (Process process : PROCESSES) {
            process.destroy();
        }
        for (Process process : PROCESSES) {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void stockWireMockAnswersAsTheMockServer(Subject subject) throws Exception {
        Stock stock = STOCK.get(subject);
        if (stock.failure() != null) {
            throw stock.failure();
        }
        ApiModel model = subject.model();
        PendoMock.Builder builder = PendoMock.builder().port(0);
        try (PendoMock mock = (subject.collection() == null ? builder : builder.collection(subject.collection()))
                .start()) {
            mock.awaitAllStubs();
            awaitHealthy(stock);

            List<Probe> probes = probes(model);
            List<Outcome> outcomes = send(probes, stock.baseUrl(), mock.baseUrl());

            List<String> differences = outcomes.stream().map(Outcome::difference).filter(Objects::nonNull).toList();
            List<String> leftOut = outcomes.stream().filter(Outcome::neitherMatched).map(o -> o.probe().describe())
                    .toList();
            long unmatched = leftOut.size();
            String echoed = JSON.writeValueAsString(OTHER_ID);
            long withOtherId = outcomes.stream().filter(o -> o.mock().text().contains(echoed)).count();
            System.out.println(subject + ": compared " + (probes.size() - unmatched) + " requests (" + withOtherId
                    + " answered with the request's own id); left out "
                    + unmatched + " that neither server matched" + (leftOut.isEmpty() ? "" : ": " + leftOut));
            if (!differences.isEmpty()) {
                fail(subject + ": " + differences.size() + " of " + probes.size() + " requests were answered"
                        + " differently by stock WireMock (serving the exported stubs) and by the mock server ("
                        + unmatched + " that neither matched left out):\n\n" + String.join("\n\n", differences)
                        + "\n\n" + stock.logTail());
            }
            assertThat(leftOut).as("documented requests that neither server matched, of %d", probes.size()).isEmpty();
            assertThat(withOtherId).as("answers that carry the request's own id (from templated stubs)").isPositive();
        }
    }

    // ---- the requests ----

    /**
     * One request to send to both servers: the operation's documented request, with a selector,
     * and with values of the test's own for some parameters.
     */
    record Probe(Operation operation, String selector, String[] headers, String withoutHeader,
                 Map<String, String> values) {

        Probe(Operation operation, String selector, String[] headers, String withoutHeader) {
            this(operation, selector, headers, withoutHeader, Map.of());
        }

        HttpRequest request(URI base) {
            HttpRequest request = MockRequests.documented(base, operation, values, headers).timeout(REQUEST_TIMEOUT)
                    .build();
            return withoutHeader == null ? request
                    : HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase(withoutHeader)).build();
        }

        String describe() {
            return operation.location().itemPath() + " [" + selector + "]";
        }
    }

    /** Every request to compare: plain, each documented status and example chosen both ways, no key. */
    private static List<Probe> probes(ApiModel model) {
        List<Probe> probes = new ArrayList<>();
        for (Operation operation : model.operations()) {
            probes.add(new Probe(operation, "no selector", new String[0], null));
            Set<Integer> statuses = new LinkedHashSet<>();
            Set<String> names = new LinkedHashSet<>();
            for (Response response : operation.responses()) {
                statuses.add(response.status());
                response.examples().stream().map(Example::name).forEach(names::add);
            }
            for (int status : statuses) {
                probes.add(selected(operation, "Prefer", "code=" + status));
                probes.add(selected(operation, "x-mock-response-code", String.valueOf(status)));
            }
            for (String name : names) {
                probes.add(selected(operation, "Prefer", "example=" + name));
                probes.add(selected(operation, "x-mock-response-name", name));
            }
            if (operation.auth() instanceof AuthScheme.ApiKey key && key.in() == AuthScheme.In.HEADER) {
                probes.add(new Probe(operation, "without " + key.name(), new String[0], key.name()));
            }
            probes.addAll(otherIds(operation));
        }
        return probes;
    }

    /**
     * The request with ids that are not the documentation's in its path variables and required
     * query parameters (answered by templates that carry them), one each and two at a time.
     */
    private static List<Probe> otherIds(Operation operation) {
        Map<String, String> one = new LinkedHashMap<>();
        Map<String, String> two = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            boolean path = parameter.in() == ParameterIn.PATH;
            if (path || (parameter.in() == ParameterIn.QUERY && parameter.required() && !parameter.constant())) {
                one.put(parameter.name(), OTHER_ID);
                two.put(parameter.name(), path ? OTHER_ID : OTHER_ID + ",second-id");
            }
        }
        if (one.isEmpty()) {
            return List.of();
        }
        return List.of(new Probe(operation, "other ids", new String[0], null, one),
                new Probe(operation, "two other ids", new String[0], null, two));
    }

    private static Probe selected(Operation operation, String header, String value) {
        return new Probe(operation, header + ": " + value, new String[] {header, value}, null);
    }

    // ---- sending and comparing ----

    /** What a server answered: what is compared, and the stub that answered (for the report). */
    record Answer(int status, String contentType, byte[] body, String stub, String error) {

        static Answer of(HttpResponse<byte[]> response) {
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response.headers().firstValue("Matched-Stub-Name")
                            .or(() -> response.headers().firstValue(MATCHED_STUB)).orElse(null), null);
        }

        static Answer failed(Exception e) {
            return new Answer(-1, null, new byte[0], null, e.toString());
        }

        boolean matched() {
            return error == null && stub != null;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            if (error != null) {
                return "no answer: " + error;
            }
            String text = text();
            return status + ", Content-Type " + contentType + ", stub " + (stub == null ? "(none: unmatched)" : stub)
                    + ", body " + (text.isEmpty() ? "(empty)"
                    : text.length() > SHOWN_BODY ? text.substring(0, SHOWN_BODY) + "... (" + text.length() + " chars)"
                    : text);
        }
    }

    record Outcome(Probe probe, Answer stock, Answer mock) {

        boolean neitherMatched() {
            return !stock.matched() && !mock.matched() && stock.error() == null && mock.error() == null;
        }

        /** What differed, or null when the answers are the same (or neither server matched). */
        String difference() {
            if (neitherMatched()) {
                return null;
            }
            List<String> what = new ArrayList<>();
            if (stock.error() != null || mock.error() != null) {
                what.add("a server did not answer");
            } else {
                if (stock.matched() != mock.matched()) {
                    what.add((stock.matched() ? "only stock WireMock" : "only the mock server") + " matched a stub");
                }
                if (stock.status() != mock.status()) {
                    what.add("status " + stock.status() + " vs " + mock.status());
                }
                if (!Objects.equals(stock.contentType(), mock.contentType())) {
                    what.add("Content-Type " + stock.contentType() + " vs " + mock.contentType());
                }
                if (!sameBody(stock, mock)) {
                    what.add("body");
                }
            }
            if (what.isEmpty()) {
                return null;
            }
            return probe.describe() + ": " + String.join(", ", what) + "\n    stock WireMock: " + stock
                    + "\n    mock server:    " + mock;
        }

        /** The same bytes, or the same JSON document written differently. */
        private static boolean sameBody(Answer a, Answer b) {
            if (Arrays.equals(a.body(), b.body())) {
                return true;
            }
            Optional<JsonNode> left = json(a.body());
            Optional<JsonNode> right = json(b.body());
            return left.isPresent() && left.equals(right);
        }

        private static Optional<JsonNode> json(byte[] body) {
            try {
                return body.length == 0 ? Optional.empty() : Optional.ofNullable(JSON.readTree(body));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    /** Sends each probe to both servers, a few at a time; the outcomes in the probes' order. */
    private static List<Outcome> send(List<Probe> probes, URI stock, URI mock)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_REQUESTS);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Probe probe : probes) {
                futures.add(pool.submit(() -> new Outcome(probe, answer(probe, stock), answer(probe, mock))));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Answer answer(Probe probe, URI base) {
        try {
            return Answer.of(HTTP.send(probe.request(base), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.failed(e);
        } catch (IOException | RuntimeException e) {
            return Answer.failed(e);
        }
    }

    // ---- stock WireMock ----

    /** Exports the collection's stubs and starts stock WireMock on them; does not wait for it. */
    private static Stock startStock(Subject subject) {
        Path log = null;
        try {
            Path root = exports.resolve(subject.name().replaceAll("[^A-Za-z0-9.-]+", "-"));
            Files.createDirectories(root);
            List<String> args = new ArrayList<>(List.of("--export-stubs", root.toString()));
            if (subject.collection() != null) {
                args.addAll(List.of("--collection", subject.collection().toString()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            if (status != 0) {
                throw new IllegalStateException("--export-stubs " + root + " for " + subject + " exited with " + status
                        + ": " + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
            }
            Files.createDirectories(LOGS);
            log = LOGS.resolve(root.getFileName() + "-wiremock.log");
            int port = freePort();
            // The JVM options only make the short-lived process cheaper (C1 compiles only, one GC thread):
            // about half the CPU on a shared machine, the same WireMock.
            Process process = new ProcessBuilder(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", wireMockJar().toString(), "--port",
                    String.valueOf(port), "--root-dir", root.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            PROCESSES.add(process);
            return new Stock(process, URI.create("http://localhost:" + port), log, null);
        } catch (IOException | RuntimeException e) {
            return new Stock(null, null, log, new IllegalStateException("Stock WireMock for " + subject
                    + " could not be started: " + e, e));
        }
    }

    /** Waits until stock WireMock answers {@code GET /__admin/health} with 200. */
    private static void awaitHealthy(Stock stock) throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(stock.baseUrl().resolve("/__admin/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + HEALTH_TIMEOUT.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!stock.process().isAlive()) {
                fail("Stock WireMock exited with " + stock.process().exitValue() + " before it answered\n"
                        + stock.logTail());
            }
            try {
                HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(100);
        }
        fail("Stock WireMock did not answer GET " + health.uri() + " with 200 within " + HEALTH_TIMEOUT.toSeconds()
                + " s (last: " + last + ")\n" + stock.logTail());
    }

    /** The java that runs this test. */
    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The wiremock-standalone jar on the test class path. */
    private static Path wireMockJar() {
        try {
            return Path.of(WireMockServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException("cannot find the wiremock-standalone jar: " + e, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
