package dev.pendokit.cli;

import dev.pendokit.collection.fetch.CollectionFetcher;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.drift.DriftCheck;
import dev.pendokit.drift.DriftOptions;
import dev.pendokit.drift.FailOn;
import dev.pendokit.drift.accept.AcceptFile;
import dev.pendokit.drift.live.LiveCheck;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code pendokit drift}: the plugin's {@code drift} goal; exit status 1 when a change reaches {@code --fail-on}. */
@Command(name = "drift", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Tells whether the API drifted from what a client was generated against: the collection against"
                + " --baseline (a semantic diff, each change judged for a client generated from the baseline), and/or"
                + " the live API at --base-url against the collection.",
                "Writes report.md, report.html, report.json, a JUnit XML file, report.sarif and annotations.txt (for"
                        + " GitHub) into --report-dir; exits with 1 when a change reaches --fail-on."})
final class DriftCommand implements Callable<Integer> {

    /** The environment variable that holds the key for the live check; never an option, so never in a shell's history. */
    static final String KEY_VARIABLE = "PENDO_INTEGRATION_KEY";

    @Mixin
    private CollectionOptions collection;

    @Option(names = "--collection-url", paramLabel = "URL",
            description = "Read the collection from a URL instead of --collection: Postman's API"
                    + " (https://api.getpostman.com/collections/{uid}, with the key from the environment variable "
                    + CollectionFetcher.KEY_VARIABLE + ") or a documentation page's collection JSON.")
    private String collectionUrl;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "The collection the client was generated from; without it, no collection drift is checked.")
    private Path baseline;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The live API to check against the collection (https://app.pendo.io), with the key from the"
                    + " environment variable " + KEY_VARIABLE + "; without it, no live check.")
    private URI baseUrl;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "2",
            description = "Live check: requests per second at most (default: ${DEFAULT-VALUE}).")
    private double rate;

    @Option(names = "--live-budget", paramLabel = "DURATION", defaultValue = "PT10M", converter = IsoDurationConverter.class,
            description = "Live check: how long it may run, as ISO-8601 (default: ${DEFAULT-VALUE}); what is left is"
                    + " reported as not checked.")
    private Duration liveBudget;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "pendokit-drift",
            description = "Where the reports go (default: ${DEFAULT-VALUE}).")
    private Path reportDirectory;

    @Option(names = "--fail-on", paramLabel = "RULE", defaultValue = "breaking",
            description = "What fails the check: breaking, any or none (default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Option(names = "--accept", paramLabel = "FILE",
            description = "Known changes to accept (each with a reason and an optional expiry date) and severities to"
                    + " override, a YAML or JSON file; see docs/drift-report.md.")
    private Path accept;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (baseline == null && baseUrl == null) {
            throw new ParameterException(spec.commandLine(), "drift has nothing to compare: give --baseline (a collection"
                    + " to compare the collection with) and/or --base-url (a live API to check it against)");
        }
        if (collectionUrl != null && collection.collection != null) {
            throw new ParameterException(spec.commandLine(), "give either --collection (a file) or --collection-url"
                    + " (a URL) to read the collection from, not both");
        }
        AcceptFile accepted = acceptFile();
        Optional<LiveCheck.Options> live = baseUrl == null ? Optional.empty() : Optional.of(liveOptions());
        DriftOptions.Collection current = current();
        CollectionOptions.warn(current.model(), spec.commandLine().getErr());
        Optional<DriftOptions.Collection> old = baseline == null ? Optional.empty() : Optional.of(
                new DriftOptions.Collection(collection.load(baseline, "--baseline"), baseline.getFileName().toString()));
        DriftCheck.Outcome outcome = DriftCheck.run(new DriftOptions(old, current, live, failOn, reportDirectory)
                .withAccept(accepted));
        String where = outcome.files().get(0).toAbsolutePath().toString();
        spec.commandLine().getOut().println("pendokit drift: " + outcome.report().summary() + "; report: " + where);
        spec.commandLine().getOut().flush();
        if (outcome.failed()) {
            throw new CheckFailedException(outcome.failure().replace("(failOn=", "(--fail-on=") + "; see " + where);
        }
        return ExitCodes.OK;
    }

    /** The collection to check, from --collection-url, --collection or the bundled one. */
    private DriftOptions.Collection current() {
        if (collectionUrl != null) {
            CollectionFetcher fetcher = CollectionFetcher.builder().build();
            URI url = CollectionFetcher.url(collectionUrl, "--collection-url");
            String shown = fetcher.shown(url);
            // No file for annotations to point at: the report names the URL.
            return new DriftOptions.Collection(collection.load(fetcher.fetch(url), shown), shown, "");
        }
        ApiModel model = collection.load();
        return collection.collection == null ? new DriftOptions.Collection(model, collection.source())
                : DriftOptions.Collection.fromFile(model, collection.collection);
    }

    private AcceptFile acceptFile() {
        if (accept == null) {
            return AcceptFile.NONE;
        }
        // A malformed file is refused as bad usage (ErrorHandler), in the library's one line.
        return AcceptFile.read(accept);
    }

    private LiveCheck.Options liveOptions() {
        if (baseUrl.getHost() == null || !("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme()))) {
            throw new ParameterException(spec.commandLine(), "--base-url '" + baseUrl + "' is not an http(s) URL; give one"
                    + " such as https://app.pendo.io");
        }
        String key = System.getenv(KEY_VARIABLE);
        if (key == null || key.isBlank()) {
            throw new ParameterException(spec.commandLine(), "the live check of " + baseUrl + " needs an integration key:"
                    + " set the environment variable " + KEY_VARIABLE);
        }
        if (!(rate > 0)) {
            throw new ParameterException(spec.commandLine(), "--rate is " + rate + "; give the requests per second, more"
                    + " than 0");
        }
        return new LiveCheck.Options(baseUrl, key, rate, liveBudget);
    }
}
