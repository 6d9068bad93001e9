package dev.pendokit.drift;

import dev.pendokit.drift.accept.Acceptance;
import dev.pendokit.drift.diff.ModelDiff;
import dev.pendokit.drift.live.LiveCheck;
import dev.pendokit.drift.report.ReportWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs a drift check as its options say: the collection against its baseline, the live API against
 * the collection, or both; writes the reports (Markdown, HTML, JSON, JUnit XML, SARIF, GitHub
 * annotations); and says whether the check fails.
 */
public final class DriftCheck {

    /**
     * What a check found and wrote.
     *
     * @param files the reports written, {@code report.md} first
     */
    public record Outcome(DriftReport report, FailOn failOn, List<Path> files) {

        public boolean failed() {
            return report.fails(failOn);
        }

        /** Why the check failed: {@code 2 breaking changes (failOn=breaking)}; "" when it did not. */
        public String failure() {
            if (!failed()) {
                return "";
            }
            long count = report.changes().stream().filter(c -> failOn.fails(c.severity())).count();
            return count + (failOn == FailOn.BREAKING ? " breaking change" : " change") + (count == 1 ? "" : "s")
                    + " (failOn=" + failOn.name().toLowerCase(Locale.ROOT) + ")";
        }
    }

    private DriftCheck() {}

    /** @throws java.io.UncheckedIOException when the reports cannot be written */
    public static Outcome run(DriftOptions options) {
        List<Change> changes = new ArrayList<>();
        Set<String> checked = new LinkedHashSet<>();
        String baseline = "";
        if (options.baseline().isPresent()) {
            DriftOptions.Collection old = options.baseline().get();
            baseline = old.describe();
            changes.addAll(ModelDiff.between(old.model(), options.current().model()));
            options.current().model().operations().forEach(o -> checked.add(ModelDiff.name(o)));
        }
        String live = "";
        if (options.live().isPresent()) {
            LiveCheck.LiveResult result = LiveCheck.run(options.current().model(), options.live().get());
            live = options.live().get().baseUrl().toString();
            changes.addAll(result.changes());
            checked.addAll(result.operations());
        }
        Acceptance.Result judged = Acceptance.apply(changes, options.accept(), LocalDate.now(options.clock()));
        DriftReport report = new DriftReport(title(baseline, live), baseline, options.current().describe(), live,
                List.copyOf(checked), judged.changes(), options.accept().source(), judged.accepted(), judged.notices());
        return new Outcome(report, options.failOn(), ReportWriter.write(report, options.failOn(),
                options.reportDirectory(), options.current().file()));
    }

    private static String title(String baseline, String live) {
        if (!baseline.isEmpty() && !live.isEmpty()) {
            return "API drift: collection and live";
        }
        return baseline.isEmpty() ? "API drift: live API against the collection" : "API drift: collection against its baseline";
    }
}
