package dev.pendokit.drift.diff;

import dev.pendokit.drift.Change;
import dev.pendokit.drift.Severity;
import java.util.ArrayList;
import java.util.List;

/** The changes found for one operation (or, with the empty name, for the collection as a whole). */
final class Findings {

    private final String operation;
    private final List<Change> changes;

    Findings(String operation, List<Change> changes) {
        this.operation = operation;
        this.changes = changes;
    }

    void add(Severity severity, String kind, String where, String what, String rule) {
        changes.add(new Change(severity, kind, operation, where, what, rule));
    }

    /** The same list, for another operation. */
    Findings of(String otherOperation) {
        return new Findings(otherOperation, changes);
    }

    static Findings collecting(String operation) {
        return new Findings(operation, new ArrayList<>());
    }

    List<Change> changes() {
        return changes;
    }
}
