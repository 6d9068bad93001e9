package dev.pendokit.drift.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.pendokit.collection.BundledCollection;
import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.drift.Change;
import dev.pendokit.drift.DriftCheck;
import dev.pendokit.drift.DriftOptions;
import dev.pendokit.drift.FailOn;
import dev.pendokit.drift.Severity;
import dev.pendokit.drift.live.LiveCheck.LiveResult;
import dev.pendokit.drift.report.SarifSchema;
import dev.pendokit.mock.PendoMock;
import dev.pendokit.mock.ReceivedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live drift over real HTTP on loopback: the mock of the bundled collection (no drift), mocks of
 * drifted copies of it (each drift found, with its kind, severity and place), and small servers
 * of the test's own for pacing, {@code Retry-After}, the time budget and the key.
 */
class LiveDriftTest {

    private static final ApiModel PENDO = TestModels.pendo();
    private static final String KEY = "live-drift-secret-key-4f1c9a";
    /** Fast enough that pacing costs nothing against loopback, where it is not what is tested. */
    private static final double UNPACED = 1000;
    private static final Duration BUDGET = Duration.ofSeconds(20);
    private static final String ALL_PAGES = "Page/Return List of All Pages";
    private static final List<String> PAGE_LISTS = List.of(ALL_PAGES, "Page/Return a Specific Page",
            "Page/Return List of Specific Pages");
    private static final String NOT_CHECKED = "live-not-checked";

    /**
     * What cannot be checked even against a perfect Pendo (the mock of the bundled collection),
     * by operation, with the place the change names, and why.
     */
    static final Map<String, String> UNCHECKABLE = Map.of(
            // Job ids come only from "Start export of segment visitors", a write the check never calls.
            "Segment/Check segment export status", "path variable jobId",
            "Segment/Retrieve segment export results", "path variable jobId",
            // Bulk deletion ids come only from the Bulk Delete writes; the list's elements are
            // undocumented (so the mock's carry no id), and there is no bulk deletion source.
            "Bulk Deletion (GDPR/CCPA)/Get one bulk deletion status", "path variable id",
            // Its :id is a visitor's or an account's, depending on the :kind variable before it:
            // neither its name nor the literal segment before it ("value") says which.
            "Metadata/Get Value of a Metadata Field", "path variable id");

    /** The operations a live check calls: those that only read, GETs and aggregation queries (PendoModelTest). */
    private static final List<String> READ_ONLY = PENDO.operations().stream().filter(Operation::readOnly)
            .map(o -> o.location().itemPath()).toList();

    private static PendoMock pendo;

    @TempDir
    Path temp;

    @BeforeAll
    static void startMock() {
        pendo = PendoMock.builder().port(0).integrationKey(KEY).start();
    }

    @AfterAll
    static void stopMock() {
        pendo.close();
    }

    @Test
    void theMockOfTheBundledCollectionShowsNoDrift() {
        pendo.resetRequests();
        LiveResult result = LiveCheck.run(PENDO, options(pendo.baseUrl(), KEY, UNPACED, BUDGET));

        assertThat(result.operations()).containsExactlyElementsOf(READ_ONLY).hasSize(83);

        assertThat(result.changes()).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(NOT_CHECKED);
            assertThat(c.severity()).isEqualTo(Severity.COMPATIBLE);
        });
        assertThat(result.changes().stream().collect(Collectors.toMap(Change::operation, Change::where)))
                .isEqualTo(UNCHECKABLE);
        assertThat(result.changes()).allSatisfy(c -> assertThat(c.what())
                .startsWith("Not called: no real id was found for the " + c.where() + " ("));

        // Nothing that writes was called: only GETs, and aggregation queries (checks and discovery).
        assertThat(pendo.receivedRequests()).isNotEmpty().allSatisfy(r -> assertThat(r.method() + " " + r.url())
                .matches("GET .*|POST /api/v1/aggregation"));
        // Discovered ids went where the examples would have: the mock's ids, not "exampleVisitor".
        assertThat(pendo.receivedRequests()).extracting(ReceivedRequest::url).contains("/api/v1/visitor/visitor-0001",
                "/api/v1/visitor/b64_dmlzaXRvci0wMDAx", "/api/v1/guide/guide-0001/history", "/api/v1/page?id=page-0001");
        assertThat(result.toString()).doesNotContain(KEY);
    }

    @Test
    void aFieldRemovedFromTheDocumentationIsMissingLive() throws IOException {
        List<Change> drift = driftAgainst(pageFolder("| rootVersionId | string | The unique identifier of the root"
                + " entity, which nominally matches the public id field of the page. |\\n", ""));

        assertThat(drift).extracting(LiveDriftTest::summary).containsExactlyInAnyOrderElementsOf(PAGE_LISTS.stream()
                .map(o -> "POTENTIALLY_BREAKING live-missing-field " + o + " @ response 200: $[].rootVersionId").toList());
        Change change = drift.get(0);
        assertThat(change.operation()).isEqualTo(ALL_PAGES);
        assertThat(change.what()).isEqualTo("The documented field rootVersionId is missing from the answer"
                + " (documented as optional or nullable).");
        assertThat(change.rule()).startsWith("A field the client reads is missing: it decodes as null");
    }

    @Test
    void aFieldAddedLiveIsUndocumented() throws IOException {
        List<Change> drift = driftAgainst(pageFolder("| id | string | Unique identifier for the page. |\\n",
                "| id | string | Unique identifier for the page. |\\n| pageRank | number | How often the page is seen. |\\n"));

        assertThat(drift).extracting(LiveDriftTest::summary).containsExactlyInAnyOrderElementsOf(PAGE_LISTS.stream()
                .map(o -> "COMPATIBLE live-undocumented-field " + o + " @ response 200: $[].pageRank").toList());
        assertThat(drift.get(0).what()).isEqualTo("The answer holds the field pageRank, which the collection does"
                + " not document.");
    }

    @Test
    void aFieldOfAnotherTypeLiveIsATypeChange() throws IOException {
        List<Change> drift = driftAgainst(pageFolder("| kind | string |", "| kind | boolean |")
                .andThen(pageFolder("| stableVersionId | string |", "| stableVersionId | number |")));

        List<String> expected = new ArrayList<>();
        for (String operation : PAGE_LISTS) {
            expected.add("BREAKING live-type-changed " + operation + " @ response 200: $[].kind");
            expected.add("BREAKING live-type-changed " + operation + " @ response 200: $[].stableVersionId");
        }
        assertThat(drift).extracting(LiveDriftTest::summary).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(drift).filteredOn(c -> c.operation().equals(ALL_PAGES)).extracting(Change::what).containsExactly(
                "The value is a boolean, documented as a string.",
                "The value is a whole number, documented as a string.");
    }

    @Test
    void aSuccessStatusNotDocumentedIsReported() throws IOException {
        List<Change> drift = driftAgainst(request("Return List of All Pages", "| Status Codes | 200:",
                "| Status Codes | 201:"));

        // Only the list itself: the specific pages fall back to their example ids when discovery
        // (the list, answering 201 now) finds none, and still answer 200.
        assertThat(drift).extracting(LiveDriftTest::summary)
                .containsExactly("POTENTIALLY_BREAKING live-undocumented-status " + ALL_PAGES + " @ status 201");
        assertThat(drift.get(0).what())
                .isEqualTo("The API answered 201, a status the collection does not document for this request.");
    }

    @Test
    void aMediaTypeChangeIsReported() throws IOException {
        // With no saved examples, a success's media type comes from the request's words: "returned as
        // a .csv" makes it text/csv, and the mock answers CSV.
        List<Change> drift = driftAgainst(request("Return List of All Pages",
                "\"description\": \"Returns full list of pages", "\"description\": \"Returns full list of pages,"
                        + " returned as a .csv file"));

        assertThat(drift).extracting(LiveDriftTest::summary).containsExactly(
                "BREAKING live-content-type-changed " + ALL_PAGES + " @ response 200: Content-Type");
        assertThat(drift.get(0).what()).isEqualTo("The body comes as text/csv, documented as application/json.");
    }

    @Test
    void aTooManyRequestsAnswerIsRetriedAfterTheWaitItAsksFor() throws IOException {
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        try (LocalServer server = new LocalServer(exchange -> {
            arrivals.add(System.nanoTime());
            if (arrivals.size() == 1) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                answer(exchange, 429, "{\"status\":429,\"message\":\"Too Many Requests\"}");
            } else {
                answer(exchange, 200, "[]");
            }
        })) {
            LiveResult result = LiveCheck.run(only(ALL_PAGES), options(server.url(), KEY, UNPACED, BUDGET));

            assertThat(result.operations()).containsExactly(ALL_PAGES);
            assertThat(result.changes()).isEmpty();
            assertThat(arrivals).hasSize(2);
            assertThat(Duration.ofNanos(arrivals.get(1) - arrivals.get(0))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void retriesStopAfterTwoAndAnHttpDateIsHonoured() throws IOException {
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        try (LocalServer server = new LocalServer(exchange -> {
            arrivals.add(System.nanoTime());
            if (arrivals.size() == 1) {
                // An HTTP date has whole seconds: two seconds ahead is a wait of one to two seconds.
                String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)
                        .plusSeconds(2));
                exchange.getResponseHeaders().add("Retry-After", date);
                answer(exchange, 503, "{\"status\":503,\"message\":\"Service Unavailable\"}");
            } else {
                exchange.getResponseHeaders().add("Retry-After", "0");
                answer(exchange, 429, "{\"status\":429,\"message\":\"Too Many Requests\"}");
            }
        })) {
            LiveResult result = LiveCheck.run(only(ALL_PAGES), options(server.url(), KEY, UNPACED, BUDGET));

            assertThat(arrivals).hasSize(3);
            // Just under a second at worst: the date was rounded down to the second it was written in.
            assertThat(Duration.ofNanos(arrivals.get(1) - arrivals.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            // 429 is documented (collection-wide): not drift, but nothing was compared.
            assertThat(result.changes()).extracting(LiveDriftTest::summary)
                    .containsExactly("COMPATIBLE live-not-checked " + ALL_PAGES + " @ status 429");
            assertThat(result.changes().get(0).what()).isEqualTo("Not compared: the API answered 429 (documented:"
                    + " Too many requests hit the API too quickly. Slow down.); the API still asked to wait after 2"
                    + " retries.");
        }
    }

    @Test
    void requestsStartNoFasterThanTheRate() throws IOException {
        List<String> lists = List.of(ALL_PAGES, "Feature/Return List of All Features",
                "Track/Return a List of All Track Types", "Guide/Return List of All Guides",
                "Report/Return a List of Public Reports", "Segment/Get All Shared (Everyone) Segments");
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        try (LocalServer server = new LocalServer(exchange -> {
            arrivals.add(System.nanoTime());
            answer(exchange, 200, "[]");
        })) {
            double rate = 5;
            long start = System.nanoTime();
            LiveResult result = LiveCheck.run(only(lists.toArray(String[]::new)),
                    options(server.url(), KEY, rate, BUDGET));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(result.operations()).containsExactlyElementsOf(lists);
            assertThat(result.changes()).isEmpty();
            int n = arrivals.size();
            assertThat(n).isEqualTo(lists.size());
            // (N - 1) / R seconds at least: 6 requests at 5/s take a second.
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(Math.round((n - 1) / rate * 1000)));
            for (int i = 1; i < n; i++) {
                // Starts are 200 ms apart, but arrivals jitter: the first request also opens the
                // connection. Half the interval still tells paced from unpaced (a millisecond apart).
                assertThat(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 1))).as("gap %d", i)
                        .isGreaterThanOrEqualTo(Duration.ofMillis(100));
            }
        }
    }

    @Test
    void theRunStopsAtTheBudgetAndSaysWhatWasNotChecked() {
        pendo.resetRequests();
        Duration budget = Duration.ofMillis(1500);
        long start = System.nanoTime();
        LiveResult result = LiveCheck.run(PENDO, options(pendo.baseUrl(), KEY, 10, budget));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isBetween(budget.minusMillis(200), budget.plusMillis(700));
        // At 10 requests a second, 16 at most fit in 1.5 s (the first at once).
        assertThat(pendo.receivedRequests()).isNotEmpty().hasSizeLessThanOrEqualTo(16);
        assertThat(result.operations()).containsExactlyElementsOf(READ_ONLY);
        List<Change> outOfTime = result.changes().stream()
                .filter(c -> c.what().equals("Not checked: the time budget of 1.5 s ran out.")).toList();
        assertThat(outOfTime).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(NOT_CHECKED);
            assertThat(c.severity()).isEqualTo(Severity.COMPATIBLE);
            assertThat(c.where()).isEmpty();
        });
        // One each, for the operation under way when time ran out and every one after it.
        List<String> late = outOfTime.stream().map(Change::operation).toList();
        assertThat(late).hasSizeGreaterThan(60).doesNotHaveDuplicates();
        assertThat(late).containsExactlyElementsOf(READ_ONLY.subList(READ_ONLY.size() - late.size(), READ_ONLY.size()));
        assertThat(result.changes()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(NOT_CHECKED));
    }

    @Test
    void aSlowAnswerDoesNotOutlastTheBudget() throws IOException {
        try (LocalServer server = new LocalServer(exchange -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "[]");
        })) {
            long start = System.nanoTime();
            LiveResult result = LiveCheck.run(only(ALL_PAGES, "Guide/Return List of All Guides"),
                    options(server.url(), KEY, UNPACED, Duration.ofSeconds(1)));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1700));
            assertThat(result.changes()).extracting(LiveDriftTest::summary).containsExactly(
                    "COMPATIBLE live-not-checked " + ALL_PAGES + " @ ",
                    "COMPATIBLE live-not-checked Guide/Return List of All Guides @ ");
            assertThat(result.changes()).extracting(Change::what).containsExactly(
                    "Not checked: the time budget of 1 s ran out while waiting for its answer.",
                    "Not checked: the time budget of 1 s ran out.");
        }
    }

    @Test
    void aDocumentedErrorIsNotDrift() {
        LiveResult result = LiveCheck.run(only(ALL_PAGES, "Admin/Verify integration key"),
                options(pendo.baseUrl(), "not-the-key", UNPACED, BUDGET));

        // Pendo answers a wrong key 401, and token/verify 403: both documented.
        assertThat(result.changes()).extracting(LiveDriftTest::summary).containsExactly(
                "COMPATIBLE live-not-checked " + ALL_PAGES + " @ status 401",
                "COMPATIBLE live-not-checked Admin/Verify integration key @ status 403");
        assertThat(result.changes().get(0).what()).isEqualTo("Not compared: the API answered 401 (documented: No valid"
                + " integration key provided.); check that the integration key is valid and may read this.");
    }

    @Test
    void theKeyIsNeverShown() throws IOException {
        LiveCheck.Options options = options(URI.create("http://localhost:1"), KEY, 2.0, BUDGET);
        assertThat(options.toString()).doesNotContain(KEY).contains("integrationKey=****");
        assertThatThrownBy(() -> options(URI.create("http://localhost:1"), KEY, 0, BUDGET))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain(KEY);

        // A server that echoes the key back, as a field name and in an error: it is masked.
        try (LocalServer server = keyEchoingServer()) {
            LiveResult result = LiveCheck.run(only(ALL_PAGES, "Guide/Return List of All Guides"),
                    options(server.url(), KEY, UNPACED, BUDGET));

            assertThat(result.changes()).extracting(LiveDriftTest::summary).contains(
                    "COMPATIBLE live-undocumented-field " + ALL_PAGES + " @ response 200: $[]['****']",
                    "POTENTIALLY_BREAKING live-missing-field " + ALL_PAGES + " @ response 200: $[].rootVersionId",
                    "POTENTIALLY_BREAKING live-undocumented-status Guide/Return List of All Guides @ status 418");
            assertThat(result.toString()).doesNotContain(KEY);
            assertThat(result.changes()).allSatisfy(c -> assertThat(c.toString()).doesNotContain(KEY));
        }
    }

    @Test
    void noReportHoldsAKeyTheAnswersEcho() throws IOException {
        try (LocalServer server = keyEchoingServer()) {
            DriftCheck.Outcome outcome = DriftCheck.run(new DriftOptions(Optional.empty(),
                    new DriftOptions.Collection(only(ALL_PAGES, "Guide/Return List of All Guides"), "pendo.json"),
                    Optional.of(options(server.url(), KEY, UNPACED, BUDGET)), FailOn.ANY, temp.resolve("reports")));

            assertThat(outcome.report().changes()).extracting(Change::where).contains("response 200: $[]['****']");
            assertThat(outcome.files()).hasSize(6).allSatisfy(file -> assertThat(Files.readString(file))
                    .as(file.getFileName().toString()).contains("****").doesNotContain(KEY));
            // Live drift, with odd field names, is valid SARIF too.
            SarifSchema.assertValid(outcome.files().get(4));
        }
    }

    @Test
    void aShortKeyIsMaskedWhereTheAnswerEchoesItAndNowhereElse() throws IOException {
        // Keys used in tests are often short words; the answers echo the key as a field name and in
        // an error. Kinds, operations and rules are the collection's text and stay whole.
        try (LocalServer server = keyEchoingServer()) {
            ApiModel model = only(ALL_PAGES, "Guide/Return List of All Guides", "Admin/Verify integration key");
            List<String> longKey = LiveCheck.run(model, options(server.url(), KEY, UNPACED, BUDGET)).changes()
                    .stream().map(Change::toString).toList();
            List<String> shortKey = LiveCheck.run(model, options(server.url(), "k", UNPACED, BUDGET)).changes()
                    .stream().map(Change::toString).toList();

            // The long key, with a dash, is written in brackets: $[]['****'] for $[].****.
            assertThat(shortKey).isEqualTo(longKey.stream().map(c -> c.replace("$[]['****']", "$[].****")).toList())
                    .anySatisfy(c -> assertThat(c).contains("where=response 200: $[].****, what=The answer holds"
                            + " the field ****, which"))
                    .anySatisfy(c -> assertThat(c).contains("operation=Admin/Verify integration key"));
        }
    }

    /** Answers the page list with the key as a field name, and everything else 418 quoting the key. */
    private static LocalServer keyEchoingServer() throws IOException {
        return new LocalServer(exchange -> {
            String key = exchange.getRequestHeaders().getFirst("x-pendo-integration-key");
            if (exchange.getRequestURI().getPath().equals("/api/v1/page")) {
                answer(exchange, 200, "[{\"" + key + "\": 1}]");
            } else {
                answer(exchange, 418, "{\"message\":\"bad key " + key + "\"}");
            }
        });
    }

    // --- drifted copies of the bundled collection ------------------------------------------------

    /**
     * The drift found when a mock serves the bundled collection edited by {@code edit}, checked
     * with the original model: every change but the {@link #UNCHECKABLE} ones, which must stay.
     */
    private List<Change> driftAgainst(Function<String, String> edit) throws IOException {
        String original;
        try (InputStream in = BundledCollection.open()) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String drifted = edit.apply(original);
        Path collection = temp.resolve("drifted.postman_collection.json");
        Files.writeString(collection, drifted);
        try (PendoMock mock = PendoMock.builder().port(0).integrationKey(KEY).collection(collection).start()) {
            LiveResult result = LiveCheck.run(PENDO, options(mock.baseUrl(), KEY, UNPACED, BUDGET));
            assertThat(result.operations()).containsExactlyElementsOf(READ_ONLY);
            Map<String, String> uncheckable = new LinkedHashMap<>();
            List<Change> drift = new ArrayList<>();
            for (Change change : result.changes()) {
                if (change.kind().equals(NOT_CHECKED)) {
                    uncheckable.put(change.operation(), change.where());
                } else {
                    drift.add(change);
                }
            }
            assertThat(uncheckable).isEqualTo(UNCHECKABLE);
            return drift;
        }
    }

    /** Replaces {@code from} in the Page folder's description (its object table). */
    private static UnaryOperator<String> pageFolder(String from, String to) {
        return after("\"name\": \"Page\",\n      \"description\": \"### The Page Object", from, to);
    }

    /** Replaces the first {@code from} after the request's name (in its description). */
    private static UnaryOperator<String> request(String name, String from, String to) {
        return after("\"name\": \"" + name + "\"", from, to);
    }

    /** Replaces the first {@code from} after {@code anchor}, which must occur once. */
    private static UnaryOperator<String> after(String anchor, String from, String to) {
        return json -> {
            int at = json.indexOf(anchor);
            assertThat(at).as("where to edit: %s", anchor).isNotNegative();
            assertThat(json.indexOf(anchor, at + 1)).as("a second %s", anchor).isNegative();
            int edit = json.indexOf(from, at);
            assertThat(edit).as("what to edit: %s", from).isNotNegative();
            return json.substring(0, edit) + to + json.substring(edit + from.length());
        };
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static LiveCheck.Options options(URI baseUrl, String key, double rate, Duration budget) {
        return new LiveCheck.Options(baseUrl, key, rate, budget);
    }

    /** The bundled model with only the named operations ("Folder/Request"), in the order named. */
    private static ApiModel only(String... names) {
        List<Operation> operations = new ArrayList<>();
        for (String name : names) {
            operations.add(PENDO.operation(name).orElseThrow(() -> new AssertionError("no operation " + name)));
        }
        return new ApiModel(PENDO.source(), PENDO.name(), PENDO.description(), PENDO.variables(),
                PENDO.collectionResponses(), operations, PENDO.types(), PENDO.diagnostics());
    }

    /** {@code SEVERITY kind Folder/Request @ where}: one line to compare exactly. */
    private static String summary(Change change) {
        return change.severity() + " " + change.kind() + " " + change.operation() + " @ " + change.where();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** A loopback server answering every request with the handler. */
    private static final class LocalServer implements AutoCloseable {

        interface Handler {
            void handle(HttpExchange exchange) throws IOException;
        }

        private final HttpServer server;
        private final ExecutorService threads = Executors.newCachedThreadPool();

        LocalServer(Handler handler) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    handler.handle(exchange);
                } catch (IOException e) {
                    // The client gave up (a budget ran out): nothing to answer.
                }
            });
            server.setExecutor(threads);
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
