package dev.pendokit.cli;

import dev.pendokit.collection.BundledCollection;
import dev.pendokit.collection.fetch.CollectionFetcher;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.drift.BaselineUpdate;
import dev.pendokit.drift.DriftCheck;
import dev.pendokit.drift.DriftOptions;
import dev.pendokit.drift.FailOn;
import dev.pendokit.drift.accept.AcceptFile;
import dev.pendokit.drift.live.LiveCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
                        + " GitHub) into --report-dir; exits with 1 when a change reaches --fail-on.",
                "With --update-baseline, a run that passes writes the checked collection over --baseline, so a"
                        + " nightly job compares against the night before."})
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

    @Option(names = "--update-baseline",
            description = "After a check that passes, write the checked collection over --baseline, so the next run"
                    + " compares against this one; a check that fails leaves it. With no --baseline file yet, write it"
                    + " and compare nothing.")
    private boolean updateBaseline;

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
        if (updateBaseline && baseline == null) {
            throw new ParameterException(spec.commandLine(), "--update-baseline needs --baseline: the collection file"
                    + " to write the checked collection over");
        }
        AcceptFile accepted = acceptFile();
        Optional<LiveCheck.Options> live = baseUrl == null ? Optional.empty() : Optional.of(liveOptions());
        Checked checked = checked();
        CollectionOptions.warn(checked.collection().model(), spec.commandLine().getErr());
        BaselineUpdate update = updateBaseline ? BaselineUpdate.of(baseline, checked.bytes().get()) : null;
        Optional<DriftOptions.Collection> old = Optional.empty();
        if (update != null && update.firstRun()) {
            say(update.describe(update.create()));
            if (live.isEmpty()) {
                return ExitCodes.OK;
            }
        } else if (baseline != null) {
            old = Optional.of(new DriftOptions.Collection(collection.load(baseline, "--baseline"),
                    baseline.getFileName().toString()));
        }
        DriftCheck.Outcome outcome = DriftCheck.run(new DriftOptions(old, checked.collection(), live, failOn,
                reportDirectory).withAccept(accepted));
        String where = outcome.files().get(0).toAbsolutePath().toString();
        say(outcome.report().summary() + "; report: " + where);
        if (update != null && old.isPresent()) {
            say(update.describe(update.after(outcome)));
        }
        if (outcome.failed()) {
            throw new CheckFailedException(outcome.failure().replace("(failOn=", "(--fail-on=") + "; see " + where);
        }
        return ExitCodes.OK;
    }

    private void say(String line) {
        spec.commandLine().getOut().println("pendokit drift: " + line);
        spec.commandLine().getOut().flush();
    }

    /**
     * The collection checked, read into its model, and its bytes as read, for --update-baseline
     * (a file is read again only then).
     */
    private record Checked(DriftOptions.Collection collection, Supplier<byte[]> bytes) {}

    /** The collection to check, from --collection-url, --collection or the bundled one. */
    private Checked checked() {
        if (collectionUrl != null) {
            CollectionFetcher fetcher = CollectionFetcher.builder().build();
            URI url = CollectionFetcher.url(collectionUrl, "--collection-url");
            String shown = fetcher.shown(url);
            byte[] fetched = fetcher.fetch(url);
            return new Checked(DriftOptions.Collection.fromUrl(collection.load(fetched, shown), shown,
                    Optional.ofNullable(baseline)), () -> fetched);
        }
        ApiModel model = collection.load();
        if (collection.collection == null) {
            return new Checked(new DriftOptions.Collection(model, collection.source()), DriftCommand::bundledBytes);
        }
        Path file = collection.collection;
        return new Checked(DriftOptions.Collection.fromFile(model, file), () -> read(file));
    }

    private static byte[] bundledBytes() {
        try (InputStream in = BundledCollection.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the collection " + file + ": " + e.getMessage(), e);
        }
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
