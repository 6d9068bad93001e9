package dev.pendokit.cli;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.output.OutputWriter;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.mock.PendoMock;
import dev.pendokit.mock.limit.RateLimit;
import dev.pendokit.mock.proxy.Upstream;
import dev.pendokit.stubs.StubGenerator;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code pendokit mock}: the mock Pendo server, with the flags of {@code pendo-mock-server.jar}
 * (whose command line is its own, hand-read one; the names and meanings here are the same) read
 * into {@link PendoMock#builder()}.
 */
@Command(name = "mock", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serves every documented response of the collection on localhost (--port) until stopped"
                + " (Ctrl+C), or with --export-stubs writes its stubs for stock WireMock and exits.",
                "Choose a response with the header Prefer: code=404 (or example=NAME), or x-mock-response-code: 404"
                        + " (or x-mock-response-name: NAME); without either, the documented success comes back."})
final class MockCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--collection", paramLabel = "FILE",
            description = "A Postman collection (v2.0 or v2.1) to serve instead of the bundled Pendo one.")
    private Path collection;

    @Option(names = "--integration-key", paramLabel = "KEY",
            description = "Accept only this x-pendo-integration-key (another gets 401; 403 on /api/v1/token/verify)."
                    + " Unset, any key is accepted.")
    private String integrationKey;

    @Option(names = "--aggregation-rows", paramLabel = "N", defaultValue = "0",
            description = "Answer aggregations on visitors, accounts, pages, features, guides, events, pageEvents and"
                    + " featureEvents from N deterministic rows per source (per day for events), honouring filter,"
                    + " sort, limit and select (default: 0, off).")
    private int aggregationRows;

    @Option(names = "--max-body-size", paramLabel = "SIZE", defaultValue = "10MB", converter = ByteSizeConverter.class,
            description = "The largest request body, as sent and once inflated, in bytes or with KB, MB or GB"
                    + " (default: ${DEFAULT-VALUE}, at most 1GB); a larger one gets 413.")
    private long maxBodySize;

    @Option(names = "--stateful",
            description = "Writes change what later reads answer, as Pendo's would (metadata, segments, bulk deletion,"
                    + " track events), from the dataset of --aggregation-rows (100 rows per source when unset);"
                    + " POST /__pendokit/reset starts it over.")
    private boolean stateful;

    @Option(names = "--rate-limit", paramLabel = "N/s", converter = RateLimitConverter.class,
            description = "Answer 429 with Retry-After (whole seconds) to an integration key that sends more than N"
                    + " requests per second (or N/min), after a burst of one second's worth; each key on its own"
                    + " (default: no limit).")
    private RateLimit rateLimit;

    @Option(names = "--coverage-report", paramLabel = "DIR",
            description = "On exit, write which documented operations and statuses the requests exercised to"
                    + " DIR/coverage.json and DIR/coverage.md (also served, without a key, on GET /__pendokit/coverage;"
                    + " ?format=md for Markdown).")
    private Path coverageReport;

    @Option(names = "--proxy-to", paramLabel = "URL",
            description = "Proxy mode: forward every request to URL (a real Pendo, e.g. https://app.pendo.io) and answer"
                    + " with what comes back, checking each answer against the collection as live drift does; each"
                    + " difference is printed (keys masked).")
    private String proxyTo;

    @Option(names = "--record", paramLabel = "DIR",
            description = "With --proxy-to: write what goes through as WireMock mappings into DIR/mappings (keys"
                    + " masked), to replay offline with stock WireMock.")
    private Path record;

    @Option(names = "--export-stubs", paramLabel = "DIR",
            description = "Write the stubs as WireMock mappings into DIR/mappings and DIR/__files (for java -jar"
                    + " wiremock-standalone.jar --root-dir DIR) and exit.")
    private Path exportStubs;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (collection != null) {
            CollectionOptions.requireFile(collection, "--collection");
        }
        return exportStubs != null ? export() : serve();
    }

    /** Serves until the JVM is stopped; the shutdown hook stops the server. */
    private int serve() throws InterruptedException {
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PendoMock.Builder builder = PendoMock.builder().port(port).integrationKey(integrationKey)
                .aggregationRows(aggregationRows).maxBodySize(maxBodySize).stateful(stateful).rateLimit(rateLimit)
                .coverageReport(coverageReport).proxyTo(upstream()).record(record)
                .proxyLog(line -> {
                    out.println(line);
                    out.flush();
                });
        PendoMock mock = (collection == null ? builder : builder.collection(collection)).start();
        Runtime.getRuntime().addShutdownHook(new Thread(mock::close, "pendokit-mock-stop"));
        if (mock.upstream().isPresent()) {
            out.println("pendokit mock: proxying " + mock.baseUrl() + " to " + mock.upstream().get() + ", checking answers"
                    + " against '" + mock.name() + "' (" + mock.requestCount() + " requests; ready in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms)");
        } else {
            out.println("pendokit mock: serving '" + mock.name() + "' at " + mock.baseUrl() + ": " + mock.requestCount()
                    + " requests, " + mock.stubCount() + " stubs (ready in " + (System.nanoTime() - start) / 1_000_000 + " ms)");
        }
        out.flush();
        new CountDownLatch(1).await();
        return ExitCodes.OK;
    }

    /** The --proxy-to URL, checked as the jar checks it; null without one. */
    private URI upstream() {
        if (record != null && proxyTo == null) {
            throw new ParameterException(spec.commandLine(), "--record needs --proxy-to URL: it writes what the upstream"
                    + " answers");
        }
        try {
            return proxyTo == null ? null : Upstream.parse("--proxy-to", proxyTo);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private int export() {
        OutputFolder folder = new OutputFolder(exportStubs, "stubs", "--export-stubs");
        ApiModel model = collection == null ? ApiModels.loadBundled(ResolveOptions.DEFAULTS)
                : ApiModels.load(collection, ResolveOptions.DEFAULTS);
        OutputWriter.Outcome outcome = folder.write(() -> StubGenerator.generate(model));
        spec.commandLine().getOut().println("pendokit mock: wrote " + outcome.files() + " stub files for '" + model.name()
                + "' to " + folder.directory() + "; serve them with: java -jar wiremock-standalone.jar --root-dir "
                + folder.directory());
        return ExitCodes.OK;
    }
}
