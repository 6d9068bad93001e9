package dev.pendokit.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.mock.aggregation.AggregationEngine;
import dev.pendokit.stubs.StubGenerator.Selection;
import dev.pendokit.stubs.StubGenerator;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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

    /** The largest limit: a body is held in one array. */
    public static final long LARGEST_MAX_BODY_SIZE = 1024L * 1024 * 1024;

    private final WireMockServer server;
    private final ApiModel model;
    private final int stubCount;
    private final CompletableFuture<Void> chosenStubs;
    private final RequestLog log;

    private PendoMock(WireMockServer server, ApiModel model, int stubCount, CompletableFuture<Void> chosenStubs,
            RequestLog log) {
        this.server = server;
        this.model = model;
        this.stubCount = stubCount;
        this.chosenStubs = chosenStubs;
        this.log = log;
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

    public void resetRequests() {
        log.clear();
    }

    /** The WireMock server underneath, to add stubs of a test's own or to verify requests. */
    public WireMockServer wireMock() {
        return server;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** How the mock is set up; {@link #start()} starts it. */
    public static final class Builder {

        private Path collection;
        private int port;
        private String integrationKey;
        private int journalLimit = DEFAULT_JOURNAL_LIMIT;
        private int aggregationRows;
        private long maxBodySize = DEFAULT_MAX_BODY_SIZE;

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
         * Reads the collection and starts serving it.
         *
         * @throws PendoMockException naming the problem and the fix: a collection that cannot be
         *     read, or a port in use
         */
        public PendoMock start() {
            MemoryMappings mappings = new MemoryMappings();
            CompletableFuture<ApiModel> model = new CompletableFuture<>();
            CompletableFuture<Void> defaultStubs = new CompletableFuture<>();
            CompletableFuture<Void> chosenStubs = new CompletableFuture<>();
            RequestLog log = new RequestLog(journalLimit);
            // Filters run in the order given: the body check and the engine come after the key check, so
            // a wrong key gets 401 before either would answer, and after the Postman headers become Prefer.
            List<Extension> ours = new ArrayList<>(List.of(new StartupGate(defaultStubs, chosenStubs),
                    new KeyCheck(integrationKey, model), new PostmanSelectors(), new JsonBodyCheck(model), log));
            if (aggregationRows > 0) {
                ours.add(new AggregationEngine(aggregationRows, model));
            }
            WireMockConfiguration options = options().port(port).httpServerFactory(MockJettyServer.factory(maxBodySize))
                    .mappingSource(mappings)
                    .notMatchedRendererFactory(extensions -> new JsonNotMatchedRenderer())
                    .extensions(ours.toArray(Extension[]::new))
                    // Stubs whose answer carries the request's ids name the response-template transformer;
                    // only those are rendered (WireMock's defaults, stated: the stock jar serving the export does the same).
                    .templatingEnabled(true)
                    .globalTemplating(false)
                    .disableRequestJournal()
                    .stubRequestLoggingDisabled(true);
            options.withStores(IndexedStubStore.stores(options.filesRoot()));
            // Jetty's start (about a second on a cold JVM) overlaps reading the collection.
            WireMockServer server = new WireMockServer(options);
            CompletableFuture<Void> started = CompletableFuture.runAsync(server::start);
            List<StubMapping> defaults;
            try {
                model.complete(collection == null ? ApiModels.loadBundled(ResolveOptions.DEFAULTS)
                        : ApiModels.load(collection, ResolveOptions.DEFAULTS));
                defaults = WireMockStubs.of(StubGenerator.stubs(model.join(), Selection.DEFAULT));
                started.join();
            } catch (CollectionException e) {
                stop(server, started, e, model, defaultStubs, chosenStubs);
                throw new PendoMockException(e.getMessage(), e);
            } catch (CompletionException e) {
                stop(server, started, e.getCause(), model, defaultStubs, chosenStubs);
                throw new PendoMockException(startFailure(e.getCause()), e.getCause());
            }
            mappings.set(defaults);
            server.resetToDefaultMappings();
            defaultStubs.complete(null);
            addChosenStubs(model.join(), server, mappings, chosenStubs);
            return new PendoMock(server, model.join(), defaults.size() + StubGenerator.chosenCount(model.join()),
                    chosenStubs, log);
        }

        /** Releases what a failed start holds: requests waiting at the gate, and the server. */
        private static void stop(WireMockServer server, CompletableFuture<Void> started, Throwable failure,
                CompletableFuture<?>... stages) {
            for (CompletableFuture<?> stage : stages) {
                stage.completeExceptionally(failure);
            }
            try {
                started.join();
            } catch (CompletionException ignored) {
                // The start failed too; there is nothing to stop.
            }
            if (server.isRunning()) {
                server.stop();
            }
        }

        /**
         * Adds the stubs for chosen responses once the server answers: they are most of the stubs,
         * and requests that need them wait for them ({@link ChosenStubsGate}).
         */
        private static void addChosenStubs(ApiModel model, WireMockServer server, MemoryMappings mappings,
                CompletableFuture<Void> done) {
            Thread loader = new Thread(() -> {
                try {
                    List<StubMapping> chosen = WireMockStubs.of(StubGenerator.stubs(model, Selection.CHOSEN));
                    mappings.add(chosen);
                    chosen.forEach(server::addStubMapping);
                    done.complete(null);
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                }
            }, "pendo-mock-stubs");
            loader.setDaemon(true);
            loader.start();
        }

        private String startFailure(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException) {
                    return "Port " + port + " is in use by another process. Stop that process, or choose another port"
                            + " (--port, or 0 for any free port)";
                }
            }
            return "The mock server could not start: " + e.getMessage();
        }
    }
}
