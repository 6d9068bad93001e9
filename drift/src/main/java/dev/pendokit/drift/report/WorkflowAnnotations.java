package dev.pendokit.drift.report;

import dev.pendokit.drift.Change;
import dev.pendokit.drift.DriftReport;
import dev.pendokit.drift.Severity;

/**
 * annotations.txt: a GitHub Actions workflow command per change ({@code ::error file=...,title=...::message}).
 * Printed by a step ({@code cat annotations.txt}), each line becomes an annotation on the run
 * and, with a file, on that file in a pull request. Escaped as GitHub's runner unescapes.
 */
final class WorkflowAnnotations {

    private WorkflowAnnotations() {}

    /**
     * @param collectionFile the collection's file relative to the repository's root, or empty (the
     *     bundled collection): the annotations then name no file
     */
    static String render(DriftReport report, String collectionFile) {
        StringBuilder out = new StringBuilder();
        for (Change change : report.changes()) {
            out.append("::").append(command(change.severity())).append(' ');
            if (!collectionFile.isEmpty()) {
                out.append("file=").append(property(collectionFile.replace('\\', '/'))).append(',');
            }
            out.append("title=").append(property(title(change))).append("::")
                    .append(data(SarifReport.place(change) + ": " + change.what() + " (" + change.rule() + ")"))
                    .append('\n');
        }
        return out.toString();
    }

    /** "error", "warning", "notice": as SARIF's levels, in the runner's words. */
    static String command(Severity severity) {
        return switch (severity) {
            case BREAKING -> "error";
            case POTENTIALLY_BREAKING -> "warning";
            case COMPATIBLE -> "notice";
        };
    }

    /** "API drift, breaking: response-field-removed". */
    private static String title(Change change) {
        return "API drift, " + change.severity().label() + ": " + change.kind();
    }

    /** A message: the runner reads up to the end of the line and unescapes %25, %0D, %0A. */
    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property's value: as a message, and ':' and ',' too, which end a value. */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
