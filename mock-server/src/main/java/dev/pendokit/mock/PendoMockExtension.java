package dev.pendokit.mock;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
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
 */
public final class PendoMockExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private final PendoMock.Builder mock;
    private final boolean failOnUnmatched;
    private PendoMock running;
    private boolean perClass;

    private PendoMockExtension(PendoMock.Builder mock, boolean failOnUnmatched) {
        this.mock = mock;
        this.failOnUnmatched = failOnUnmatched;
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

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
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

        public PendoMockExtension build() {
            return new PendoMockExtension(mock, failOnUnmatched);
        }
    }
}
