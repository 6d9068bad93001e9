package dev.pendokit.drift.report;

import dev.pendokit.drift.Change;
import dev.pendokit.drift.DriftReport;
import dev.pendokit.drift.accept.AcceptedChange;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The operations every format lists, in one order: those checked, in the collection's order, then
 * those only a change names (an operation the baseline had and the collection lost), in the
 * report's order of changes, then accepted ones. Without the second kind a removed operation would have no place.
 */
final class ReportedOperations {

    /** The status of an operation without changes. */
    static final String UNCHANGED = "unchanged";

    /** The status of an operation whose every change the accept file accepts. */
    static final String ACCEPTED = "accepted";

    private ReportedOperations() {}

    /** Every operation the report names, without the collection as a whole (""). */
    static List<String> of(DriftReport report) {
        Set<String> names = new LinkedHashSet<>(report.operations());
        for (Change change : report.changes()) {
            if (!change.operation().isEmpty()) {
                names.add(change.operation());
            }
        }
        for (AcceptedChange accepted : report.accepted()) {
            if (!accepted.change().operation().isEmpty()) {
                names.add(accepted.change().operation());
            }
        }
        return List.copyOf(names);
    }

    /**
     * The key of the worst severity among an operation's changes ("" for the collection as a
     * whole); {@value #ACCEPTED} when every change it has is accepted; or {@value #UNCHANGED}.
     */
    static String status(DriftReport report, String operation) {
        // Changes are sorted worst first, so the first one is the worst.
        return report.changesOf(operation).stream().findFirst().map(c -> c.severity().key())
                .orElse(acceptedOf(report, operation).isEmpty() ? UNCHANGED : ACCEPTED);
    }

    /** The accepted changes that concern one operation ("" for the collection as a whole). */
    static List<AcceptedChange> acceptedOf(DriftReport report, String operation) {
        return report.accepted().stream().filter(a -> a.change().operation().equals(operation)).toList();
    }
}
