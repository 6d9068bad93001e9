package dev.pendokit.drift.accept;

import java.util.List;
import java.util.Optional;

/**
 * Every kind of change a drift check reports, so that a severity override of a misspelt kind is
 * refused instead of silently changing nothing. Kept equal to the tables of
 * {@code docs/drift-report.md} by {@code ChangeKindsTest}.
 */
final class ChangeKinds {

    static final List<String> ALL = List.of(
            "operation-added", "operation-removed", "operation-renamed", "path-changed",
            "parameter-added", "parameter-removed", "parameter-made-required", "parameter-made-optional",
            "parameter-value-changed", "parameter-type-changed", "request-body-changed",
            "status-added", "status-removed",
            "response-field-added", "response-field-removed", "response-type-changed", "response-made-nullable",
            "response-made-non-nullable", "media-type-changed", "auth-changed", "server-changed",
            "variable-added", "variable-removed", "variable-changed",
            "live-undocumented-field", "live-missing-field", "live-type-changed", "live-undocumented-status",
            "live-content-type-changed", "live-not-checked");

    private ChangeKinds() {}

    static boolean known(String kind) {
        return ALL.contains(kind);
    }

    /** A known kind that contains the text given ({@code field-added}: {@code response-field-added}), if any. */
    static Optional<String> near(String kind) {
        return ALL.stream().filter(k -> k.contains(kind)).findFirst();
    }
}
