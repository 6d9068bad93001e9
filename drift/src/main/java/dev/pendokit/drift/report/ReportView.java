package dev.pendokit.drift.report;

import dev.pendokit.drift.Change;
import dev.pendokit.drift.DriftReport;
import dev.pendokit.drift.FailOn;
import dev.pendokit.drift.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What report.md and report.html show, decided here so the templates hold nothing but sections:
 * every text, count and flag is ready to print. Texts the report carries go through a format's
 * escaping (Markdown's; HTML's is Mustache's own).
 *
 * @param title the report's heading
 * @param hasBaseline whether a baseline was compared
 * @param baseline the baseline collection, when {@code hasBaseline}
 * @param current the collection checked
 * @param hasBaseUrl whether a live API was checked
 * @param baseUrl the live API checked, when {@code hasBaseUrl}
 * @param verdict the verdict line ({@link Verdict})
 * @param failed whether the verdict is a failure (the HTML colours it)
 * @param counts one row per severity, worst first
 * @param operationsChecked how many operations were checked
 * @param drift whether anything changed
 * @param summary the console's line ({@link DriftReport#summary()}), shown when nothing changed
 * @param groups the changes by operation, the collection as a whole first
 * @param hasUnchanged whether some operations have no changes
 * @param unchangedCount how many operations have no changes
 * @param unchanged the operations without changes, in the collection's order
 * @param hasAcceptFile whether an accept file was applied: the accepted section shows only then
 * @param acceptFile the accept file, as it was given
 * @param hasAccepted whether the accept file accepted any change
 * @param accepted the accepted changes, in the report's order
 * @param hasNotices whether some accept entries expired or matched nothing
 * @param notices a line per such entry
 * @param gapBeforeAccepted whether report.md needs a blank line before the accepted section: a
 *     last group of changes already ends with one
 */
record ReportView(String title, boolean hasBaseline, String baseline, String current, boolean hasBaseUrl,
        String baseUrl, String verdict, boolean failed, List<Count> counts, int operationsChecked, boolean drift,
        String summary, List<Group> groups, boolean hasUnchanged, int unchangedCount, List<String> unchanged,
        boolean hasAcceptFile, String acceptFile, boolean hasAccepted, List<Accepted> accepted, boolean hasNotices,
        List<String> notices, boolean gapBeforeAccepted) {

    /** The heading of the changes that concern no single operation. */
    static final String COLLECTION_HEADING = "The collection as a whole";

    /** A row of the summary table; {@code key} is the severity's CSS class. */
    record Count(String label, String key, long count) {}

    /** An operation's changes; {@code status} is its worst severity's key, {@code statusLabel} its label. */
    record Group(String heading, String status, String statusLabel, List<Item> changes) {}

    /** A change as a table row; {@code where} is a dash when the change concerns all of the operation. */
    record Item(String severity, String key, String kind, String where, String what, String rule) {}

    /** An accepted change as a table row; {@code operation} and {@code where} are dashes when empty, as is {@code expires}. */
    record Accepted(String severity, String key, String operation, String kind, String where, String what,
            String reason, String expires) {}

    /** Texts escaped for table cells and lines of Markdown. */
    static ReportView forMarkdown(DriftReport report, FailOn failOn) {
        return of(report, failOn, MarkdownText::cell, MarkdownText::line);
    }

    /** Texts as they are: Mustache escapes them for HTML, and the page keeps their line breaks. */
    static ReportView forHtml(DriftReport report, FailOn failOn) {
        return of(report, failOn, UnaryOperator.identity(), UnaryOperator.identity());
    }

    private static ReportView of(DriftReport report, FailOn failOn, UnaryOperator<String> cell,
            UnaryOperator<String> line) {
        List<Count> counts = Arrays.stream(Severity.values())
                .map(s -> new Count(s.label(), s.key(), report.count(s))).toList();
        List<Group> groups = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        addGroup(groups, report, "", COLLECTION_HEADING, cell);
        for (String operation : ReportedOperations.of(report)) {
            if (!addGroup(groups, report, operation, line.apply(operation), cell)
                    && ReportedOperations.acceptedOf(report, operation).isEmpty()) {
                unchanged.add(line.apply(operation));
            }
        }
        List<Accepted> accepted = report.accepted().stream().map(a -> new Accepted(a.change().severity().label(),
                a.change().severity().key(), dash(a.change().operation(), cell), cell.apply(a.change().kind()),
                dash(a.change().where(), cell), cell.apply(a.change().what()), cell.apply(a.reason()),
                dash(a.expires(), cell))).toList();
        return new ReportView(line.apply(report.title()), !report.baseline().isEmpty(), line.apply(report.baseline()),
                line.apply(report.current()), !report.baseUrl().isEmpty(), line.apply(report.baseUrl()),
                Verdict.of(report, failOn), report.fails(failOn), counts, report.operations().size(),
                !report.changes().isEmpty(), report.summary(), List.copyOf(groups), !unchanged.isEmpty(),
                unchanged.size(), List.copyOf(unchanged), report.hasAcceptFile(), line.apply(report.acceptFile()),
                !accepted.isEmpty(), accepted, !report.acceptNotices().isEmpty(),
                report.acceptNotices().stream().map(line).toList(), report.changes().isEmpty() || !unchanged.isEmpty());
    }

    private static String dash(String value, UnaryOperator<String> cell) {
        return value.isEmpty() ? "—" : cell.apply(value);
    }

    /** Adds the operation's changes as a group, if it has any, and says whether it had. */
    private static boolean addGroup(List<Group> groups, DriftReport report, String operation, String heading,
            UnaryOperator<String> cell) {
        List<Change> changes = report.changesOf(operation);
        if (changes.isEmpty()) {
            return false;
        }
        List<Item> items = changes.stream().map(c -> new Item(c.severity().label(), c.severity().key(),
                cell.apply(c.kind()), c.where().isEmpty() ? "—" : cell.apply(c.where()), cell.apply(c.what()),
                cell.apply(c.rule()))).toList();
        // Changes are sorted worst first: the first one's severity is the operation's status.
        Severity worst = changes.get(0).severity();
        groups.add(new Group(heading, worst.key(), worst.label(), items));
        return true;
    }
}
