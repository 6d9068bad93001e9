package dev.pendokit.mock;

import dev.pendokit.mock.coverage.Coverage;
import dev.pendokit.mock.coverage.CoverageReport;
import dev.pendokit.mock.limit.RateLimit;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The mock Pendo server for JUnit 5 tests, on a free port:
 *
 * <pre>{@code
 * @RegisterExtension
 * static PendoMockExtension pendo = PendoMockExtension.builder().integrationKey("test-key").failOnUnmatched().build();
 *
 * @Test
 * void listsPages() {
 *     PendoClient client = PendoClient.builder().baseUrl(pendo.baseUrl()).integrationKey("test-key").build();
 *     assertThat(client.pages().list()).isNotEmpty();
 *     assertThat(pendo.receivedRequests()).hasSize(1);
 * }
 * }</pre>
 *
 * In a static field the server serves the whole class; in an instance field, each test. Either
 * way each test starts with an empty journal, so {@link #receivedRequests()} holds its requests
 * alone, and a stateful mock ({@link Builder#stateful()}) starts each test from its dataset. With
 * {@link Builder#failOnUnmatched()}, a test that sent a request no documented
 * request matches fails, naming it and the closest documented one.
 *
 * <p>In a static field, after the class the extension writes which documented operations and
 * statuses its tests exercised ({@link PendoMock#coverage()}) to
 * {@code target/pendokit-coverage/<TestClass>.json} and {@code .md}
 * ({@link Builder#coverageReport(Path)}); with {@link Builder#minCoverage(double)}, the class fails
 * below that percentage.
 */
public final class PendoMockExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    /** Where the coverage reports go unless told otherwise, under Maven's build folder. */
    public static final Path DEFAULT_COVERAGE_REPORT = Path.of("target", "pendokit-coverage");

    /** How many operations a failure below the minimum coverage names. */
    private static final int NAMED_IN_FAILURE = 5;

    private final PendoMock.Builder mock;
    private final boolean failOnUnmatched;
    private final Path coverageReport;
    private final double minCoverage;
    private PendoMock running;
    private boolean perClass;

    private PendoMockExtension(PendoMock.Builder mock, boolean failOnUnmatched, Path coverageReport, double minCoverage) {
        this.mock = mock;
        this.failOnUnmatched = failOnUnmatched;
        this.coverageReport = coverageReport;
        this.minCoverage = minCoverage;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base URL to give a client; the server runs from before the first test. */
    public URI baseUrl() {
        return running().baseUrl();
    }

    public int port() {
        return running().port();
    }

    /** The requests of the current test, oldest first. */
    public List<ReceivedRequest> receivedRequests() {
        return running().receivedRequests();
    }

    /** Starts a stateful mock's state over in the middle of a test; each test starts with it fresh anyway. */
    public void resetState() {
        running().resetState();
    }

    /** The running mock, for its WireMock server and everything else. */
    public PendoMock mock() {
        return running();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        running = mock.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (running == null) {
            running = mock.start();
        }
        running.resetRequests();
        if (running.stateful()) {
            running.resetState();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (failOnUnmatched && context.getExecutionException().isEmpty()) {
                List<ReceivedRequest> unmatched = running.unmatchedRequests();
                if (!unmatched.isEmpty()) {
                    throw new AssertionError(unmatched.size() + " request(s) matched no documented Pendo request:\n"
                            + unmatched.stream().map(r -> "  " + r.method() + " " + r.url() + "\n    " + r.body())
                                    .collect(Collectors.joining("\n"))
                            + "\nThe mock answered each with 404 and a JSON body naming the closest documented request"
                            + " and what differed.");
                }
            }
        } finally {
            if (!perClass) {
                stop();
            }
        }
    }

    /** Writes the coverage report of the class, stops the server, then fails the class below the minimum coverage. */
    @Override
    public void afterAll(ExtensionContext context) {
        if (running == null) {
            return;
        }
        Coverage coverage;
        List<Path> report;
        try {
            coverage = running.coverage();
            report = coverageReport == null ? List.of()
                    : CoverageReport.write(coverage, coverageReport, context.getRequiredTestClass().getName());
        } finally {
            stop();
        }
        if (coverage.percent() < minCoverage) {
            throw new AssertionError(String.format(Locale.ROOT, "The tests exercised %s %% of the documented statuses"
                    + " (%d of %d), below the minimum of %s %%. Not exercised: %s.%s",
                    CoverageReport.percentText(coverage), coverage.exercised(), coverage.documented(),
                    CoverageReport.percentText(minCoverage), CoverageReport.notExercised(coverage, NAMED_IN_FAILURE),
                    report.isEmpty() ? "" : " Report: " + report.get(1)));
        }
    }

    private void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    private PendoMock running() {
        if (running == null) {
            throw new IllegalStateException("The Pendo mock is not running: register PendoMockExtension with"
                    + " @RegisterExtension, and use it in or after @BeforeAll (static field) or @BeforeEach");
        }
        return running;
    }

    /** How the extension's mock is set up. */
    public static final class Builder {

        private final PendoMock.Builder mock = PendoMock.builder();
        private boolean failOnUnmatched;
        private Path coverageReport = DEFAULT_COVERAGE_REPORT;
        private double minCoverage;

        private Builder() {}

        /** A Postman collection to serve instead of the bundled Pendo collection. */
        public Builder collection(Path collection) {
            mock.collection(collection);
            return this;
        }

        /** The only integration key accepted (see {@link PendoMock.Builder#integrationKey}). */
        public Builder integrationKey(String integrationKey) {
            mock.integrationKey(integrationKey);
            return this;
        }

        /** A fixed port; by default a free one. */
        public Builder port(int port) {
            mock.port(port);
            return this;
        }

        /** Fail a test that sent a request no documented request matches. */
        public Builder failOnUnmatched() {
            this.failOnUnmatched = true;
            return this;
        }

        /** How many requests the journal keeps (default {@value PendoMock#DEFAULT_JOURNAL_LIMIT}). */
        public Builder journalLimit(int journalLimit) {
            mock.journalLimit(journalLimit);
            return this;
        }

        /** Aggregation data mode; see {@link PendoMock.Builder#aggregationRows(int)}. */
        public Builder aggregationRows(int rowsPerSource) {
            mock.aggregationRows(rowsPerSource);
            return this;
        }

        /**
         * Stateful mode; see {@link PendoMock.Builder#stateful(boolean)}. Each test starts from the
         * dataset: the state is reset before each, as the journal is emptied.
         */
        public Builder stateful() {
            mock.stateful();
            return this;
        }

        /** Stateful mode, on or off; see {@link #stateful()}. */
        public Builder stateful(boolean stateful) {
            mock.stateful(stateful);
            return this;
        }

        /** The largest request body; see {@link PendoMock.Builder#maxBodySize(long)}. */
        public Builder maxBodySize(long bytes) {
            mock.maxBodySize(bytes);
            return this;
        }

        /** The rate limit per integration key; see {@link PendoMock.Builder#rateLimit(RateLimit)}. */
        public Builder rateLimit(RateLimit rateLimit) {
            mock.rateLimit(rateLimit);
            return this;
        }

        /**
         * The folder the coverage report goes to after the class, as {@code <TestClass>.json} and
         * {@code .md} (default {@code target/pendokit-coverage}); null writes none. Only an extension
         * in a static field writes one: in an instance field each test has a server of its own.
         */
        public Builder coverageReport(Path folder) {
            this.coverageReport = folder;
            return this;
        }

        /**
         * Fails the class when its tests exercised less than this percentage of the documented
         * (operation, status) pairs, naming what they did not exercise and where the report is.
         * Static extensions only, as for {@link #coverageReport(Path)}.
         */
        public Builder minCoverage(double percent) {
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("The minimum coverage is a percentage from 0 to 100, not " + percent);
            }
            this.minCoverage = percent;
            return this;
        }

        public PendoMockExtension build() {
            return new PendoMockExtension(mock, failOnUnmatched, coverageReport, minCoverage);
        }
    }
}
