package dev.pendokit.drift;

import dev.pendokit.drift.accept.AcceptedChange;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a drift check found: the changes, worst first, and every operation it looked at. Holds no
 * time and no key, so the same inputs give the same report, byte for byte.
 *
 * @param title what was compared, for the report's heading
 * @param baseline the baseline collection's name and source (a file name), or empty without one
 * @param current the collection checked, its name and source
 * @param baseUrl the live API checked, or empty when the live check did not run
 * @param operations every operation checked, as {@code Folder/Request}, in the collection's order
 * @param changes what changed and is not accepted, worst first, then by operation and place
 * @param acceptFile the accept file applied, as it was given; empty without one, and then the
 *     reports are as they were before accept files existed
 * @param accepted the changes the accept file accepts, in the order of {@link #ORDER}
 * @param acceptNotices a line per accept entry that expired or matched nothing
 */
public record DriftReport(String title, String baseline, String current, String baseUrl, List<String> operations,
        List<Change> changes, String acceptFile, List<AcceptedChange> accepted, List<String> acceptNotices) {

    /** A report without an accept file. */
    public DriftReport(String title, String baseline, String current, String baseUrl, List<String> operations,
            List<Change> changes) {
        this(title, baseline, current, baseUrl, operations, changes, "", List.of(), List.of());
    }

    /** The order of changes in every report: severity, operation, place, kind. */
    public static final Comparator<Change> ORDER = Comparator.comparing(Change::severity)
            .thenComparing(Change::operation).thenComparing(Change::where).thenComparing(Change::kind)
            .thenComparing(Change::what);

    public DriftReport {
        operations = List.copyOf(operations);
        changes = changes.stream().sorted(ORDER).toList();
        accepted = accepted.stream().sorted(Comparator.comparing(AcceptedChange::change, ORDER)).toList();
        acceptNotices = List.copyOf(acceptNotices);
    }

    /** Whether an accept file was applied. */
    public boolean hasAcceptFile() {
        return !acceptFile.isEmpty();
    }

    public long count(Severity severity) {
        return changes.stream().filter(c -> c.severity() == severity).count();
    }

    /** The worst severity found, or empty when nothing changed. */
    public Optional<Severity> worst() {
        return changes.stream().map(Change::severity).min(Comparator.naturalOrder());
    }

    /** The changes that concern one operation ("" for the collection as a whole). */
    public List<Change> changesOf(String operation) {
        return changes.stream().filter(c -> c.operation().equals(operation)).toList();
    }

    /** Whether the build fails under the given rule. */
    public boolean fails(FailOn failOn) {
        return changes.stream().anyMatch(c -> failOn.fails(c.severity()));
    }

    /** One line for the console: the counts and the verdict. */
    public String summary() {
        String acceptedText = accepted.isEmpty() ? "" : " (" + accepted.size() + " more accepted)";
        if (changes.isEmpty()) {
            return accepted.isEmpty() ? "no drift: " + operations.size() + " operations checked, nothing changed"
                    : "no drift beyond accepted changes: " + operations.size() + " operations checked, " + accepted.size()
                            + " accepted change" + (accepted.size() == 1 ? "" : "s");
        }
        return changes.size() + " change" + (changes.size() == 1 ? "" : "s") + " in " + operations.size()
                + " operations checked: " + count(Severity.BREAKING) + " breaking, " + count(Severity.POTENTIALLY_BREAKING)
                + " potentially breaking, " + count(Severity.COMPATIBLE) + " compatible" + acceptedText;
    }
}
