package dev.pendokit.mock;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar pendo-mock-server.jar [--port 8080] [--collection FILE] [--integration-key KEY]
 * [--aggregation-rows N] [--max-body-size SIZE] [--stateful] [--rate-limit N/s] [--coverage-report DIR]
 * [--proxy-to URL [--record DIR]] [--export-stubs DIR]}: serves the collection (or proxies to an
 * upstream, checking its answers against it) until stopped, or with {@code --export-stubs} writes
 * its stubs for stock WireMock and exits.
 */
public final class Main {

    static final String USAGE = """
            Usage: java -jar pendo-mock-server.jar [options]

            Serves every documented response of the Pendo API (or of another Postman collection) on
            http://localhost:PORT. Choose a response with the header Prefer: code=404 (or example=NAME),
            or x-mock-response-code: 404 (or x-mock-response-name: NAME); without either, the documented
            success comes back.

              --port N                 the port to listen on (default 8080; 0 picks a free one)
              --collection FILE        a Postman collection (v2.0 or v2.1) to serve instead of the bundled Pendo one
              --integration-key KEY    accept only this x-pendo-integration-key (another gets 401; 403 on
                                       /api/v1/token/verify). Unset, any key is accepted
              --aggregation-rows N     answer aggregations on visitors, accounts, pages, features, guides, events,
                                       pageEvents and featureEvents from N deterministic rows per source (per day
                                       for events), honouring filter, sort, limit and select (default 0: off)
              --max-body-size SIZE     the largest request body, as sent and once inflated, in bytes or with KB,
                                       MB or GB (default 10MB, at most 1GB); a larger one gets 413
              --stateful               writes change what later reads answer, as Pendo's would (metadata, segments,
                                       bulk deletion, track events), from the dataset of --aggregation-rows
                                       (100 rows per source when unset); POST /__pendokit/reset starts it over
              --rate-limit N/s         answer 429 with Retry-After (whole seconds) to an integration key that sends
                                       more than N requests per second (or N/min), after a burst of one second's
                                       worth; each key on its own (default: no limit)
              --coverage-report DIR    on exit, write which documented operations and statuses the requests
                                       exercised to DIR/coverage.json and DIR/coverage.md (also served, without a
                                       key, on GET /__pendokit/coverage; ?format=md for Markdown)
              --proxy-to URL           proxy mode: forward every request to URL (a real Pendo, e.g. https://app.pendo.io)
                                       and answer with what comes back, checking each answer against the collection
                                       as live drift does; each difference is printed (keys masked)
              --record DIR             with --proxy-to: write what goes through as WireMock mappings into DIR/mappings
                                       (keys masked), to replay offline with stock WireMock
              --export-stubs DIR       write the stubs as WireMock mappings into DIR/mappings and DIR/__files
                                       (for java -jar wiremock-standalone.jar --root-dir DIR) and exit
              --help                   show this and exit
            """;

    /** Exit statuses: 0 done, 1 could not start or export, 2 the command line is wrong. */
    static final int FAILED = 1;
    static final int USAGE_ERROR = 2;

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        int status = run(args, System.out, System.err);
        if (status >= 0) {
            System.exit(status);
        }
        new CountDownLatch(1).await();
    }

    /**
     * Does what the arguments say. Returns the exit status, or -1 when a server is running (and
     * stopped by the JVM's shutdown).
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("pendo-mock-server: " + e.getMessage() + ". See --help");
            return USAGE_ERROR;
        }
        if (options.help()) {
            out.print(USAGE);
            return 0;
        }
        try {
            if (options.exportStubs() != null) {
                return export(options, out);
            }
            long start = System.nanoTime();
            PendoMock mock = builder(options).proxyLog(out::println).start();
            Runtime.getRuntime().addShutdownHook(new Thread(mock::close, "pendo-mock-server-stop"));
            out.println(readyLine(mock, (System.nanoTime() - start) / 1_000_000));
            return -1;
        } catch (PendoMockException | CollectionException | UncheckedIOException e) {
            err.println("pendo-mock-server: " + e.getMessage());
            return FAILED;
        }
    }

    static PendoMock.Builder builder(Options options) {
        PendoMock.Builder builder = PendoMock.builder().port(options.port()).integrationKey(options.integrationKey())
                .aggregationRows(options.aggregationRows()).maxBodySize(options.maxBodySize())
                .stateful(options.stateful()).rateLimit(options.rateLimit()).coverageReport(options.coverageReport())
                .proxyTo(options.proxyTo()).record(options.record());
        return options.collection() == null ? builder : builder.collection(options.collection());
    }

    static String readyLine(PendoMock mock, long millis) {
        if (mock.upstream().isPresent()) {
            return "pendo-mock-server: proxying " + mock.baseUrl() + " to " + mock.upstream().get() + ", checking answers"
                    + " against '" + mock.name() + "' (" + mock.requestCount() + " requests; ready in " + millis + " ms)";
        }
        return "pendo-mock-server: serving '" + mock.name() + "' at " + mock.baseUrl() + ": " + mock.requestCount()
                + " requests, " + mock.stubCount() + " stubs (ready in " + millis + " ms)";
    }

    private static int export(Options options, PrintStream out) {
        Path collection = options.collection();
        ApiModel model = collection == null ? ApiModels.loadBundled(ResolveOptions.DEFAULTS)
                : ApiModels.load(collection, ResolveOptions.DEFAULTS);
        StubExport.Result result = StubExport.write(model, options.exportStubs());
        out.println("pendo-mock-server: wrote " + result.mappings() + " mappings and " + result.bodies()
                + " body files for '" + model.name() + "' to " + options.exportStubs()
                + "; serve them with: java -jar wiremock-standalone.jar --root-dir " + options.exportStubs());
        return 0;
    }
}
