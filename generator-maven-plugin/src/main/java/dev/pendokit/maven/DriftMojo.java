package dev.pendokit.maven;

import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.fetch.CollectionFetcher;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.drift.BaselineUpdate;
import dev.pendokit.drift.DriftCheck;
import dev.pendokit.drift.DriftOptions;
import dev.pendokit.drift.FailOn;
import dev.pendokit.drift.accept.AcceptFile;
import dev.pendokit.drift.live.LiveCheck;
import java.io.File;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Tells whether the API drifted from what a client was generated against, in a report and an
 * exit status. Two checks, either or both:
 *
 * <ul>
 *   <li>collection drift: {@code collection} (the newer one) against {@code baseline}, a
 *       semantic diff of the two API models, each change judged for a client generated from the
 *       baseline;</li>
 *   <li>live drift: the read-only requests of {@code collection} sent to {@code baseUrl} with the
 *       key from the environment variable {@code PENDO_INTEGRATION_KEY}, each answer compared with
 *       the documented one; paced and bounded in time.</li>
 * </ul>
 *
 * <p>Writes {@code report.md}, {@code report.html}, {@code report.json}, a JUnit XML file,
 * {@code report.sarif} and {@code annotations.txt} into {@code reportDirectory}, logs a one-line
 * summary, and fails per {@code failOn}; changes the accept file {@code driftAccept} accepts are
 * reported and fail nothing. With {@code updateBaseline}, a run that passes writes the checked
 * collection over the baseline, so a nightly job compares against the night before. Runs without a
 * project, from any folder.
 */
@Mojo(name = "drift", threadSafe = true, requiresProject = false)
public final class DriftMojo extends CollectionMojo {

    /** The environment variable that holds the key for the live check; never a parameter, so never in a pom. */
    static final String KEY_VARIABLE = "PENDO_INTEGRATION_KEY";

    /** The collection the client was generated from; unset, no collection drift is checked. */
    @Parameter(property = "pendokit.baseline")
    private File baseline;

    /**
     * Read the collection to check from this URL instead of a file: Postman's API
     * ({@code https://api.getpostman.com/collections/{uid}}, key from {@code POSTMAN_API_KEY}) or a
     * documentation page's collection JSON. Not together with {@code collection}.
     */
    @Parameter(property = "pendokit.collectionUrl")
    private String collectionUrl;

    /**
     * After a check that passes, write the checked collection (the file, or what was read from
     * {@code collectionUrl}) over {@code baseline}, so the next run compares against this one; a
     * check that fails leaves the baseline as it was. With no baseline file yet, the collection is
     * written there and nothing is compared. Needs {@code baseline}.
     */
    @Parameter(property = "pendokit.updateBaseline", defaultValue = "false")
    private boolean updateBaseline;

    /** The live API to check against the collection ({@code https://app.pendo.io}); unset, no live check. */
    @Parameter(property = "pendokit.baseUrl")
    private String baseUrl;

    /** Where the reports go. */
    @Parameter(property = "pendokit.reportDirectory", defaultValue = "${project.build.directory}/pendokit-drift")
    private File reportDirectory;

    /** What fails the build: {@code breaking}, {@code any} or {@code none}. */
    @Parameter(property = "pendokit.failOn", defaultValue = "breaking")
    private String failOn;

    /**
     * Known changes to accept and severities to override, a YAML or JSON file (see
     * {@code docs/drift-report.md}); unset, every change counts as found.
     */
    @Parameter(property = "pendokit.driftAccept")
    private File driftAccept;

    /** Live check: requests per second at most (Pendo's limits are per subscription; stay well under). */
    @Parameter(property = "pendokit.rate", defaultValue = "2")
    private double rate;

    /** Live check: how long it may run, as an ISO-8601 duration ({@code PT10M}); what is left is reported as not checked. */
    @Parameter(property = "pendokit.liveBudget", defaultValue = "PT10M")
    private String liveBudget;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!checkParameters()) {
            return;
        }
        FailOn rule = parse(() -> FailOn.parse(failOn));
        AcceptFile accept = driftAccept == null ? AcceptFile.NONE : parse(() -> AcceptFile.read(driftAccept.toPath()));
        if (baseline == null && blank(baseUrl)) {
            throw new MojoFailureException("pendokit: drift has nothing to compare: set pendokit.baseline (a collection"
                    + " to compare pendokit.collection with) and/or pendokit.baseUrl (a live API to check it against)");
        }
        if (!blank(collectionUrl) && collectionFile() != null) {
            throw new MojoFailureException("pendokit: drift got both pendokit.collection (" + collectionFile().getName()
                    + ") and pendokit.collectionUrl; set only one: the file or the URL to read the collection from");
        }
        if (updateBaseline && baseline == null) {
            throw new MojoFailureException("pendokit: pendokit.updateBaseline needs pendokit.baseline: the collection"
                    + " file to write the checked collection over");
        }
        try {
            DriftOptions.Collection checked;
            CollectionInput input;
            if (blank(collectionUrl)) {
                input = collectionInput();
                File file = collectionFile();
                ApiModel current = input.load();
                checked = file == null ? new DriftOptions.Collection(current, DriftOptions.BUNDLED)
                        : DriftOptions.Collection.fromFile(current, file.toPath());
            } else {
                CollectionFetcher fetcher = CollectionFetcher.builder().build();
                URI url = CollectionFetcher.url(collectionUrl, "pendokit.collectionUrl");
                String shown = fetcher.shown(url);
                input = collectionInput(fetcher.fetch(url), shown);
                checked = DriftOptions.Collection.fromUrl(input.load(), shown,
                        Optional.ofNullable(baseline).map(File::toPath));
            }
            checked.model().warnings().forEach(w -> getLog().warn("pendokit: " + w));
            BaselineUpdate update = updateBaseline ? BaselineUpdate.of(baseline.toPath(), input.bytes()) : null;
            Optional<DriftOptions.Collection> old = Optional.empty();
            if (update != null && update.firstRun()) {
                getLog().info("pendokit: drift: " + update.describe(update.create()));
                if (blank(baseUrl)) {
                    return;
                }
            } else if (baseline != null) {
                if (!baseline.isFile()) {
                    throw new MojoFailureException("pendokit: the baseline collection " + baseline + " does not exist."
                            + " Check pendokit.baseline: it names the collection the client was generated from"
                            + " (or set pendokit.updateBaseline to write it from this run's collection)");
                }
                old = Optional.of(new DriftOptions.Collection(collectionInput(baseline).load(), baseline.getName()));
            }
            DriftOptions options = new DriftOptions(old, checked, blank(baseUrl) ? Optional.empty()
                    : Optional.of(liveOptions()), rule, outputFolder(reportDirectory, "pendokit-drift").toPath())
                    .withAccept(accept);
            DriftCheck.Outcome outcome = DriftCheck.run(options);
            String where = outcome.files().get(0).toAbsolutePath().toString();
            getLog().info("pendokit: drift: " + outcome.report().summary() + "; report: " + where);
            if (update != null && old.isPresent()) {
                getLog().info("pendokit: drift: " + update.describe(update.after(outcome)));
            }
            if (outcome.failed()) {
                throw new MojoFailureException("pendokit: drift: " + outcome.failure().replace("(failOn=",
                        "(pendokit.failOn=") + "; see " + where);
            }
        } catch (CollectionException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("pendokit: drift: " + e.getMessage(), e);
        }
    }

    private LiveCheck.Options liveOptions() throws MojoFailureException {
        String key = System.getenv(KEY_VARIABLE);
        if (key == null || key.isBlank()) {
            throw new MojoFailureException("pendokit: the live check of " + baseUrl + " needs an integration key: set the"
                    + " environment variable " + KEY_VARIABLE);
        }
        URI url = parse(() -> {
            URI parsed = URI.create(baseUrl.trim());
            if (parsed.getHost() == null || !(parsed.getScheme().equals("https") || parsed.getScheme().equals("http"))) {
                throw new IllegalArgumentException("pendokit.baseUrl '" + baseUrl + "' is not an http(s) URL;"
                        + " give one such as https://app.pendo.io");
            }
            return parsed;
        });
        Duration budget = parse(() -> {
            try {
                return Duration.parse(liveBudget);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("pendokit.liveBudget '" + liveBudget + "' is not an ISO-8601 duration;"
                        + " give one such as PT10M (ten minutes)");
            }
        });
        if (!(rate > 0)) {
            throw new MojoFailureException("pendokit.rate is " + rate + "; give the requests per second, more than 0");
        }
        return new LiveCheck.Options(url, key, rate, budget);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Runs a parse, turning its IllegalArgumentException into the build failure it should be. */
    private static <T> T parse(Supplier<T> parse) throws MojoFailureException {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}
