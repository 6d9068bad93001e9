package dev.pendokit.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.mock.coverage.Coverage;
import dev.pendokit.mock.coverage.CoverageRecorder;
import dev.pendokit.mock.coverage.CoverageReport;
import dev.pendokit.mock.limit.RateLimit;
import dev.pendokit.mock.proxy.ProxyDifference;
import dev.pendokit.mock.proxy.Upstream;
import dev.pendokit.mock.state.MockState;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A local Pendo (or any collection's API): WireMock serving every documented response, chosen
 * by the caller with {@code Prefer: code=NNN} or {@code x-mock-response-code: NNN}, and the
 * documented success otherwise.
 *
 * <pre>{@code
 * try (PendoMock pendo = PendoMock.builder().integrationKey("test-key").start()) {
 *     PendoClient client = PendoClient.builder().baseUrl(pendo.baseUrl()).integrationKey("test-key").build();
 *     ...
 * }
 * }</pre>
 */
public final class PendoMock implements AutoCloseable {

    /** How many requests the journal keeps by default: enough for a test, bounded under load. */
    public static final int DEFAULT_JOURNAL_LIMIT = 1000;

    /**
     * The largest request body by default, 10 MB: far above what Pendo's requests carry (a bulk
     * metadata update of 1,000 rows is about 100 KB), and small enough that WireMock's handling of
     * one (it holds a body whole, as bytes and as text) fits a small heap.
     */
    public static final long DEFAULT_MAX_BODY_SIZE = 10L * 1024 * 1024;

    /** The files {@link Builder#coverageReport(Path)} writes: {@code coverage.json} and {@code coverage.md}. */
    public static final String COVERAGE_REPORT_NAME = "coverage";

    /** The largest limit: a body is held in one array. */
    public static final long LARGEST_MAX_BODY_SIZE = 1024L * 1024 * 1024;

    /** The rows per source a stateful mock starts from when no aggregation rows are set. */
    public static final int DEFAULT_STATEFUL_ROWS = 100;

    private final WireMockServer server;
    private final ApiModel model;
    private final int stubCount;
    private final CompletableFuture<Void> chosenStubs;
    private final RequestLog log;
    private final MockState state;
    private final CoverageRecorder coverage;
    private final Path coverageReport;
    private final URI upstream;

    PendoMock(WireMockServer server, ApiModel model, int stubCount, CompletableFuture<Void> chosenStubs,
            RequestLog log, MockState state, CoverageRecorder coverage, Path coverageReport, URI upstream) {
        this.server = server;
        this.model = model;
        this.stubCount = stubCount;
        this.chosenStubs = chosenStubs;
        this.log = log;
        this.state = state;
        this.coverage = coverage;
        this.coverageReport = coverageReport;
        this.upstream = upstream;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where the mock listens, {@code http://localhost:PORT}: the base URL to give a client. */
    public URI baseUrl() {
        return URI.create("http://localhost:" + server.port());
    }

    public int port() {
        return server.port();
    }

    /** The collection's name. */
    public String name() {
        return model.name();
    }

    /** How many documented requests the mock serves. */
    public int requestCount() {
        return model.operations().size();
    }

    /** How many WireMock stubs serve them: one per request and documented response, and a few more. */
    public int stubCount() {
        return stubCount;
    }

    /** Waits until every stub is in; requests that choose a response wait for this by themselves. */
    public PendoMock awaitAllStubs() {
        chosenStubs.join();
        return this;
    }

    /** The requests received since start (or the last {@link #resetRequests()}), oldest first, up to the journal's limit. */
    public List<ReceivedRequest> receivedRequests() {
        return log.requests();
    }

    /** The received requests that no documented request matched. */
    public List<ReceivedRequest> unmatchedRequests() {
        return receivedRequests().stream().filter(r -> !r.matched()).toList();
    }

    /**
     * In proxy mode, how the answers to the requests of the journal (or the requests themselves)
     * differ from the collection, oldest first; empty otherwise.
     */
    public List<ProxyDifference> proxyDifferences() {
        return receivedRequests().stream().flatMap(r -> r.differences().stream()).toList();
    }

    /** Where the mock forwards every request, in proxy mode. */
    public Optional<URI> upstream() {
        return Optional.ofNullable(upstream);
    }

    public void resetRequests() {
        log.clear();
    }

    /**
     * Starts the state of a stateful mock over, from its dataset, as {@code POST /__pendokit/reset}
     * does: every write since the start (or the last reset) is forgotten.
     *
     * @throws IllegalStateException if the mock is not stateful
     */
    public void resetState() {
        if (state == null) {
            throw new IllegalStateException("This mock is not stateful, so it has no state to reset: start it with"
                    + " PendoMock.builder().stateful() (--stateful)");
        }
        state.reset();
    }

    /** Whether writes change what later reads answer ({@link Builder#stateful()}). */
    public boolean stateful() {
        return state != null;
    }

    /**
     * Which documented operations and statuses the requests since start exercised, and which not
     * (also on {@code GET /__pendokit/coverage}). Unlike {@link #receivedRequests()}, it forgets
     * nothing and {@link #resetRequests()} leaves it.
     */
    public Coverage coverage() {
        return coverage.coverage();
    }

    /** The WireMock server underneath, to add stubs of a test's own or to verify requests. */
    public WireMockServer wireMock() {
        return server;
    }

    /** Stops the server, then writes the coverage report if {@link Builder#coverageReport(Path)} asked for one. */
    @Override
    public void close() {
        server.stop();
        if (coverageReport != null) {
            CoverageReport.write(coverage(), coverageReport, COVERAGE_REPORT_NAME);
        }
    }

    /** How the mock is set up; {@link #start()} starts it. */
    public static final class Builder {

        // Read by MockStart, which puts the mock together from them.
        Path collection;
        int port;
        String integrationKey;
        int journalLimit = DEFAULT_JOURNAL_LIMIT;
        int aggregationRows;
        long maxBodySize = DEFAULT_MAX_BODY_SIZE;
        boolean stateful;
        RateLimit rateLimit;
        Path coverageReport;
        URI proxyTo;
        Path record;
        Consumer<String> proxyLog = System.out::println;

        private Builder() {}

        /** A Postman collection to serve instead of the bundled Pendo collection. */
        public Builder collection(Path collection) {
            this.collection = collection;
            return this;
        }

        /** The port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("The port must be between 0 (any free port) and 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The only integration key the mock accepts; another key gets 401 (403 on
         * {@code /api/v1/token/verify}). Unset, any key is accepted and a missing one gets 401.
         */
        public Builder integrationKey(String integrationKey) {
            this.integrationKey = integrationKey == null || integrationKey.isEmpty() ? null : integrationKey;
            return this;
        }

        /** How many requests the journal keeps (oldest dropped first); 0 keeps none. */
        public Builder journalLimit(int journalLimit) {
            if (journalLimit < 0) {
                throw new IllegalArgumentException("The journal limit must be 0 (no journal) or more, not " + journalLimit);
            }
            this.journalLimit = journalLimit;
            return this;
        }

        /**
         * Data mode for {@code POST /api/v1/aggregation}: with 1 or more, a pipeline that starts
         * with {@code visitors}, {@code accounts}, {@code pages}, {@code features}, {@code guides},
         * {@code events}, {@code pageEvents} or {@code featureEvents} is answered from that many
         * deterministic rows per source (per day for events), with {@code filter}, {@code sort},
         * {@code limit} and {@code select} applied, so that cursor paging can be tested. Any other
         * aggregation is answered by the stubs. 0 (the default) is off.
         */
        public Builder aggregationRows(int rowsPerSource) {
            if (rowsPerSource < 0) {
                throw new IllegalArgumentException("The aggregation rows must be 0 (off) or more, not " + rowsPerSource);
            }
            this.aggregationRows = rowsPerSource;
            return this;
        }

        /** Stateful mode; see {@link #stateful(boolean)}. */
        public Builder stateful() {
            return stateful(true);
        }

        /**
         * Stateful mode: writes change what later reads answer, as Pendo's would. Metadata values
         * set one at a time or in bulk show in the visitor's or account's GET and in the
         * {@code visitors} and {@code accounts} aggregation rows; segments created, changed and
         * deleted show in the segment calls; bulk-deleted visitors and accounts answer 404 and
         * leave aggregations; track events show in the {@code trackEvents} source. The state
         * starts from the rows of {@link #aggregationRows(int)} (or {@value #DEFAULT_STATEFUL_ROWS}
         * per source when that is 0), so the aggregation engine is on, and an id outside them
         * answers the documented 404. It is in memory, per server; {@link PendoMock#resetState()}
         * and {@code POST /__pendokit/reset} start it over. Off by default: every request then
         * gets its documented answer whatever came before.
         */
        public Builder stateful(boolean stateful) {
            this.stateful = stateful;
            return this;
        }

        /**
         * The largest request body, in bytes, as sent and once inflated (gzip); a larger one gets
         * 413 with a JSON error, and no more of it than the limit is kept. Default {@value #DEFAULT_MAX_BODY_SIZE} (10 MB),
         * at most {@value #LARGEST_MAX_BODY_SIZE} (1 GB).
         */
        public Builder maxBodySize(long bytes) {
            if (bytes < 1 || bytes > LARGEST_MAX_BODY_SIZE) {
                throw new IllegalArgumentException("The largest body must be from 1 byte to 1 GB (" + LARGEST_MAX_BODY_SIZE
                        + " bytes), not " + bytes);
            }
            this.maxBodySize = bytes;
            return this;
        }

        /**
         * Answers 429 with {@code Retry-After} (whole seconds) to an integration key that sends more
         * than this, each key on its own, as Pendo limits each subscription: a burst of one
         * second's worth, then one request per interval ({@link RateLimit}). A wrong key still gets
         * 401 first; requests without a key are not limited. Null (the default) is off.
         */
        public Builder rateLimit(RateLimit rateLimit) {
            this.rateLimit = rateLimit;
            return this;
        }

        /**
         * Proxy mode: every request goes on to {@code upstream} (a real Pendo, or any server of the
         * collection's API) as it was sent, and its answer comes back as it was; no stub answers,
         * and the key is the upstream's to check. Each answer is compared with what the collection
         * documents, as live drift does: each difference is a line of {@link #proxyLog} and is kept
         * with the request ({@link ReceivedRequest#differences()}, {@link PendoMock#proxyDifferences()}).
         * An upstream that cannot be reached gets the caller 502 (504 after two minutes without an
         * answer). Null turns it off.
         *
         * @throws IllegalArgumentException for a URL that is not http or https, or holds a password
         */
        public Builder proxyTo(URI upstream) {
            this.proxyTo = upstream == null ? null : Upstream.check(upstream);
            return this;
        }

        /**
         * Writes the coverage report ({@link PendoMock#coverage()}) as {@code coverage.json} and
         * {@code coverage.md} into this folder when the mock is closed. Null (the default): no report.
         */
        public Builder coverageReport(Path folder) {
            this.coverageReport = folder;
            return this;
        }

        /**
         * In proxy mode, writes what goes through as stock WireMock mappings into
         * {@code directory/mappings}, one per distinct request (method, URL, response-choosing
         * headers, body), as each answer goes out, with every key masked: replay them offline with
         * {@code new WireMockServer(options().usingFilesUnderDirectory(directory))}. Null turns it off.
         */
        public Builder record(Path directory) {
            this.record = directory;
            return this;
        }

        /** Where proxy mode writes its lines (one per difference, and upstream failures); standard output by default. */
        public Builder proxyLog(Consumer<String> lines) {
            this.proxyLog = lines == null ? line -> { } : lines;
            return this;
        }

        /**
         * Reads the collection and starts serving it.
         *
         * @throws PendoMockException naming the problem and the fix: a collection that cannot be
         *     read, a port in use, or options that do not go together
         */
        public PendoMock start() {
            return new MockStart(this).start();
        }
    }
}
