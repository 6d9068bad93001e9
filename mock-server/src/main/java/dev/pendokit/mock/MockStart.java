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
import dev.pendokit.mock.coverage.CoverageEndpoint;
import dev.pendokit.mock.coverage.CoverageRecorder;
import dev.pendokit.mock.limit.RateLimitFilter;
import dev.pendokit.mock.proxy.ProxyFilter;
import dev.pendokit.mock.state.MockState;
import dev.pendokit.mock.state.StateFilter;
import dev.pendokit.stubs.Stub;
import dev.pendokit.stubs.StubGenerator;
import dev.pendokit.stubs.StubGenerator.Selection;
import dev.pendokit.stubs.snapshot.BundledStubs;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * How a {@link PendoMock} is put together from its builder's options and started: which filters
 * answer before the stubs and in what order, which mode replaces them (proxy), and what a failed
 * start releases. The stubs a request needs first are in before the mock says it is ready; the
 * rest follow on a thread of their own.
 */
final class MockStart {

    private final PendoMock.Builder settings;
    private final MemoryMappings mappings = new MemoryMappings();
    private final IndexedStubStore stubs = new IndexedStubStore();
    private final CompletableFuture<ApiModel> model = new CompletableFuture<>();
    /** The operations by method and path: one index, made once, for every filter that needs it. */
    private final CompletableFuture<OperationIndex> operations = model.thenApply(OperationIndex::new);
    /** The stubs for requests that choose no response: in before the mock says it is ready. */
    private final CompletableFuture<List<StubMapping>> defaultStubs = new CompletableFuture<>();
    /** The stubs for chosen responses: most of them, added after the mock says it is ready. */
    private final CompletableFuture<Void> chosenStubs = new CompletableFuture<>();
    private final RequestLog log;
    private final CoverageRecorder coverage;
    private final MockState state;

    MockStart(PendoMock.Builder settings) {
        this.settings = settings;
        this.log = new RequestLog(settings.journalLimit);
        this.coverage = new CoverageRecorder(model, operations.thenApply(index -> index::find));
        this.state = settings.stateful ? new MockState(settings.aggregationRows > 0 ? settings.aggregationRows
                : PendoMock.DEFAULT_STATEFUL_ROWS) : null;
    }

    /** Checks the options go together, reads the collection and starts serving it. */
    PendoMock start() {
        checkProxyMode();
        WireMockConfiguration options = configuration(filters());
        // Building WireMock and starting Jetty (about a second on a cold JVM, most of it loading
        // classes) overlaps reading the collection and making the stubs.
        CompletableFuture<WireMockServer> started = CompletableFuture.supplyAsync(() -> {
            WireMockServer server = new WireMockServer(options);
            try {
                server.start();
                return server;
            } catch (RuntimeException | Error e) {
                if (server.isRunning()) {
                    server.stop();
                }
                throw e;
            }
        });
        List<StubMapping> defaults;
        WireMockServer server;
        try {
            model.complete(settings.collection == null ? ApiModels.loadBundled(ResolveOptions.DEFAULTS)
                    : ApiModels.load(settings.collection, ResolveOptions.DEFAULTS));
            defaults = WireMockStubs.of(stubs(model.join(), Selection.DEFAULT));
            server = started.join();
        } catch (CollectionException e) {
            stop(started, e);
            throw new PendoMockException(e.getMessage(), e);
        } catch (CompletionException e) {
            stop(started, e.getCause());
            throw new PendoMockException(startFailure(e.getCause()), e.getCause());
        }
        mappings.set(defaults);
        server.resetToDefaultMappings();
        defaultStubs.complete(defaults);
        addChosenStubs(() -> stubs(model.join(), Selection.CHOSEN), server, mappings, chosenStubs);
        return new PendoMock(server, model.join(), defaults.size() + StubGenerator.chosenCount(model.join()),
                chosenStubs, log, state, coverage, settings.coverageReport, settings.proxyTo);
    }

    /**
     * The mock's filters, in the order they run. The coverage endpoint comes first: it needs no
     * key. The rate limit comes right after the key check, and the body check and the engines
     * after both, so that a wrong key gets 401 before any of them would answer, and after the
     * Postman headers become {@code Prefer}. In proxy mode the upstream answers everything, and
     * the mock's own filters would only stand in its way.
     */
    private List<Extension> filters() {
        CoverageEndpoint coverageEndpoint = new CoverageEndpoint(coverage);
        if (settings.proxyTo != null) {
            try {
                return List.of(coverageEndpoint, new ProxyFilter(settings.proxyTo, settings.record, settings.proxyLog, model,
                        operations, defaultStubs), log, coverage);
            } catch (UncheckedIOException e) {
                throw new PendoMockException(e.getMessage(), e);
            }
        }
        List<Extension> filters = new ArrayList<>(List.of(coverageEndpoint, new StartupGate(defaultStubs, chosenStubs),
                new KeyCheck(settings.integrationKey, model, operations)));
        if (settings.rateLimit != null) {
            filters.add(new RateLimitFilter(settings.rateLimit, model));
        }
        filters.addAll(List.of(new PostmanSelectors(), new JsonBodyCheck(operations), log, coverage));
        if (state != null) {
            // A stub a test adds itself wins over the state, as it wins over the documented stubs.
            filters.add(new StateFilter(state, operations,
                    request -> stubs.firstMatch(request).filter(stub -> !mappings.holds(stub)).isPresent()));
            filters.add(new AggregationEngine(state, model));
        } else if (settings.aggregationRows > 0) {
            filters.add(new AggregationEngine(settings.aggregationRows, model));
        }
        return filters;
    }

    private WireMockConfiguration configuration(List<Extension> filters) {
        WireMockConfiguration options = options().port(settings.port)
                .httpServerFactory(MockJettyServer.factory(settings.maxBodySize))
                .mappingSource(mappings)
                .notMatchedRendererFactory(extensions -> new JsonNotMatchedRenderer())
                .extensions(filters.toArray(Extension[]::new))
                // Stubs whose answer carries the request's ids name the response-template transformer;
                // only those are rendered (WireMock's defaults, stated: the stock jar serving the export does the same).
                .templatingEnabled(true)
                .globalTemplating(false)
                .httpClientFactory(DeferredProxyClient.factory())
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true);
        return options.withStores(IndexedStubStore.stores(options.filesRoot(), stubs));
    }

    /** What proxy mode cannot go with: the upstream checks the key, keeps the state, limits and answers aggregations. */
    private void checkProxyMode() {
        if (settings.record != null && settings.proxyTo == null) {
            throw new PendoMockException("Recording (--record, record(dir)) needs proxy mode (--proxy-to URL,"
                    + " proxyTo(url)): it writes what the upstream answers", null);
        }
        if (settings.proxyTo == null) {
            return;
        }
        String upstream = " in proxy mode: the upstream " + settings.proxyTo;
        String clash = settings.integrationKey != null
                ? "An integration key (--integration-key) does nothing" + upstream + " checks the key each request carries"
                : settings.aggregationRows > 0 ? "Aggregation rows (--aggregation-rows) do nothing" + upstream + " answers aggregations"
                : settings.stateful ? "State (--stateful) does nothing" + upstream + " keeps its own"
                : settings.rateLimit != null ? "A rate limit (--rate-limit) does nothing" + upstream + " limits requests itself"
                : null;
        if (clash != null) {
            throw new PendoMockException(clash + ". Leave one of them out", null);
        }
    }

    /** Releases what a failed start holds: requests waiting at the gate, and the server. */
    private void stop(CompletableFuture<WireMockServer> started, Throwable failure) {
        for (CompletableFuture<?> stage : List.of(model, defaultStubs, chosenStubs)) {
            stage.completeExceptionally(failure);
        }
        try {
            started.join().stop();
        } catch (CompletionException ignored) {
            // The start failed too, and stopped what it had started.
        }
    }

    /**
     * Adds the stubs for chosen responses once the server answers: they are most of the stubs,
     * and requests that need them wait for them ({@link StartupGate}).
     */
    private static void addChosenStubs(Supplier<List<Stub>> stubs, WireMockServer server, MemoryMappings mappings,
            CompletableFuture<Void> done) {
        Thread loader = new Thread(() -> {
            try {
                List<StubMapping> chosen = WireMockStubs.of(stubs.get());
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

    /** The bundled collection's stubs come made with the jar; another collection's are made now. */
    private List<Stub> stubs(ApiModel model, Selection selection) {
        return settings.collection == null ? BundledStubs.of(model, selection) : StubGenerator.stubs(model, selection);
    }

    private String startFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return "Port " + settings.port + " is in use by another process. Stop that process, or choose another port"
                        + " (--port, or 0 for any free port)";
            }
        }
        return "The mock server could not start: " + e.getMessage();
    }
}
