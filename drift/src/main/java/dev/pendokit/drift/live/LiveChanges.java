package dev.pendokit.drift.live;

import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.shape.AnswerCheck;
import dev.pendokit.collection.shape.AnswerDifference;
import dev.pendokit.drift.Change;
import dev.pendokit.drift.Severity;

/**
 * The changes a live check reports, built in one place each, so that each kind always comes with the
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

    /**
     * The change for one way an answer differs ({@link AnswerCheck}): its words are the
     * comparison's, its severity and rule are drift's. A documented error is reported as not
     * checked, with what drift knows of why that status came.
     */
    static Change of(Operation operation, AnswerDifference difference, String errorHint) {
        return switch (difference.kind()) {
            case DOCUMENTED_ERROR_NOT_CHECKED -> notChecked(operation, difference.where(), "Not compared: the API answered "
                    + difference.status() + (difference.documented().isEmpty() ? ""
                            : " (documented: " + difference.documented() + ")") + errorHint);
            case UNDOCUMENTED_STATUS -> change(Severity.POTENTIALLY_BREAKING, UNDOCUMENTED_STATUS, operation, difference,
                    "A status the documentation does not list: a client may not expect it, nor know what its body holds.");
            case CONTENT_TYPE_CHANGED -> change(Severity.BREAKING, CONTENT_TYPE_CHANGED, operation, difference,
                    "A body of another media type than documented: the client reads it as the documented one and fails.");
            case UNDOCUMENTED_FIELD -> change(Severity.COMPATIBLE, UNDOCUMENTED_FIELD, operation, difference,
                    "A field the documentation does not list: a generated client ignores it, so calls work as before.");
            case MISSING_FIELD -> change(Severity.POTENTIALLY_BREAKING, MISSING_FIELD, operation, difference,
                    "A field the client reads is missing: it decodes as null, which code relying on it may not expect.");
            case TYPE_CHANGED, NOT_JSON, EMPTY_BODY -> change(Severity.BREAKING, TYPE_CHANGED, operation, difference,
                    "A value of another JSON type than documented: the client fails to decode it, or decodes it wrongly.");
        };
    }

    private static Change change(Severity severity, String kind, Operation operation, AnswerDifference difference,
            String rule) {
        return new Change(severity, kind, name(operation), difference.where(), difference.description(), rule);
    }
}
