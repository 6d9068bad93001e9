package dev.pendokit.drift;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.drift.accept.AcceptFile;
import dev.pendokit.drift.live.LiveCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a drift check is told, in one immutable place; a front-end (the Maven goal, a command
 * line) only reads its inputs into this and calls {@link DriftCheck#run}.
 *
 * @param baseline the collection the client was generated from; empty, no collection drift is checked
 * @param current the collection to check (against the baseline, and the live API against it)
 * @param live the live API to check, with its key, pace and budget; empty, no live check
 * @param failOn which changes make the check fail
 * @param reportDirectory where the reports go
 * @param accept the accept file: changes accepted and severities overridden; {@link AcceptFile#NONE} for none
 * @param clock what "today" is for the accept file's expiry dates (UTC)
 */
public record DriftOptions(Optional<Collection> baseline, Collection current, Optional<LiveCheck.Options> live,
                           FailOn failOn, Path reportDirectory, AcceptFile accept, Clock clock) {

    /** Options without an accept file. */
    public DriftOptions(Optional<Collection> baseline, Collection current, Optional<LiveCheck.Options> live,
            FailOn failOn, Path reportDirectory) {
        this(baseline, current, live, failOn, reportDirectory, AcceptFile.NONE, Clock.systemUTC());
    }

    /** These options with an accept file. */
    public DriftOptions withAccept(AcceptFile file) {
        return new DriftOptions(baseline, current, live, failOn, reportDirectory, file, clock);
    }

    /** These options with another clock, for tests of expiry. */
    public DriftOptions withClock(Clock other) {
        return new DriftOptions(baseline, current, live, failOn, reportDirectory, accept, other);
    }

    /** The source of the collection bundled with pendokit, which has no file in the user's repository. */
    public static final String BUNDLED = "bundled";

    /**
     * A collection read into its model.
     *
     * @param source where it was read from, for the report: a file name, or {@code bundled}
     * @param file its file relative to the directory the check runs in (the repository's root in
     *     CI), where report.sarif and annotations.txt place the changes; empty for the bundled one
     */
    public record Collection(ApiModel model, String source, String file) {

        /** A collection whose file is its source, as given (a file name in the working directory). */
        public Collection(ApiModel model, String source) {
            this(model, source, BUNDLED.equals(source) ? "" : source);
        }

        /**
         * A collection read from a file: named in the report by its file name, and placed in
         * report.sarif and annotations.txt by its path relative to the working directory, which CI
         * reads against the repository's root.
         */
        public static Collection fromFile(ApiModel model, Path file) {
            return new Collection(model, file.getFileName().toString(), relative(file));
        }

        /**
         * A collection read from a URL, named in the report by the URL as shown (masked, no query).
         * A URL has no place in the repository, so report.sarif and annotations.txt place the
         * changes on the baseline file, the repository's copy this collection is compared with
         * (and, with a baseline update, replaces); with no baseline, on no file.
         */
        public static Collection fromUrl(ApiModel model, String shownUrl, Optional<Path> baseline) {
            return new Collection(model, shownUrl, baseline.map(Collection::relative).orElse(""));
        }

        /** The file's path relative to the working directory, which CI reads against the repository's root. */
        private static String relative(Path file) {
            Path absolute = file.toAbsolutePath().normalize();
            String relative;
            try {
                relative = Path.of("").toAbsolutePath().relativize(absolute).toString();
            } catch (IllegalArgumentException e) {
                // Another drive on Windows: no relative path leads there.
                relative = absolute.toString();
            }
            return relative.replace('\\', '/');
        }

        public Collection {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(file, "file");
        }

        /** {@code 'Pendo API' (pendo.json, 110 requests)}, as the report names it. */
        public String describe() {
            return "'" + model.name() + "' (" + source + ", " + model.operations().size() + " requests)";
        }
    }

    public DriftOptions {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(reportDirectory, "reportDirectory");
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(clock, "clock");
        if (baseline.isEmpty() && live.isEmpty()) {
            throw new IllegalArgumentException("drift has nothing to compare: give a baseline collection to compare the"
                    + " collection with, a live API to check it against, or both");
        }
    }
}
