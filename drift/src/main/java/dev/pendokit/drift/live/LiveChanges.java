package dev.pendokit.drift.live;

import dev.pendokit.collection.model.Operation;
import dev.pendokit.drift.Change;
import dev.pendokit.drift.Severity;

/**
 * The changes a live check reports: one factory per kind, so that each kind always comes with the
 * same severity and the same rule, wherever in the check it is found.
 */
final class LiveChanges {

    static final String NOT_CHECKED = "live-not-checked";
    static final String UNDOCUMENTED_STATUS = "live-undocumented-status";
    static final String CONTENT_TYPE_CHANGED = "live-content-type-changed";
    static final String UNDOCUMENTED_FIELD = "live-undocumented-field";
    static final String MISSING_FIELD = "live-missing-field";
    static final String TYPE_CHANGED = "live-type-changed";

    private LiveChanges() {}

    /** {@code Folder/Sub-folder/Request}, as every drift report names an operation. */
    static String name(Operation operation) {
        return operation.location().itemPath();
    }

    static Change notChecked(Operation operation, String where, String reason) {
        return new Change(Severity.COMPATIBLE, NOT_CHECKED, name(operation), where, reason,
                "Nothing was compared, so nothing is known to have changed; the reason says what stood in the way.");
    }

    static Change undocumentedStatus(Operation operation, int status) {
        return new Change(Severity.POTENTIALLY_BREAKING, UNDOCUMENTED_STATUS, name(operation), "status " + status,
                "The API answered " + status + ", a status the collection does not document for this request.",
                "A status the documentation does not list: a client may not expect it, nor know what its body holds.");
    }

    static Change contentTypeChanged(Operation operation, int status, String documented, String actual) {
        return new Change(Severity.BREAKING, CONTENT_TYPE_CHANGED, name(operation),
                "response " + status + ": Content-Type",
                "The body comes as " + (actual.isEmpty() ? "no media type at all" : actual) + ", documented as "
                        + documented + ".",
                "A body of another media type than documented: the client reads it as the documented one and fails.");
    }

    static Change undocumentedField(Operation operation, String where, String field) {
        return new Change(Severity.COMPATIBLE, UNDOCUMENTED_FIELD, name(operation), where,
                "The answer holds the field " + field + ", which the collection does not document.",
                "A field the documentation does not list: a generated client ignores it, so calls work as before.");
    }

    static Change missingField(Operation operation, String where, String field, boolean optional) {
        return new Change(Severity.POTENTIALLY_BREAKING, MISSING_FIELD, name(operation), where,
                "The documented field " + field + " is missing from the answer"
                        + (optional ? " (documented as optional or nullable)." : "."),
                "A field the client reads is missing: it decodes as null, which code relying on it may not expect.");
    }

    static Change typeChanged(Operation operation, String where, String documented, String actual) {
        return new Change(Severity.BREAKING, TYPE_CHANGED, name(operation), where,
                "The value is " + actual + ", documented as " + documented + ".",
                "A value of another JSON type than documented: the client fails to decode it, or decodes it wrongly.");
    }
}
