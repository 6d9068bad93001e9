package dev.pendokit.mock.coverage;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The coverage report as Markdown, for a person: the totals, a table of the operations in the
 * collection's order (each with what was and was not exercised), and the unmatched requests.
 * No timestamp: the same requests give the same text.
 */
public final class CoverageMarkdown {

    private CoverageMarkdown() {}

    public static String write(Coverage coverage) {
        StringBuilder out = new StringBuilder();
        out.append("# Documentation coverage: ").append(cell(coverage.collection())).append("\n\n");
        out.append(coverage.exercised()).append(" of ").append(coverage.documented())
                .append(" documented statuses exercised (").append(CoverageReport.percentText(coverage))
                .append(" %), by ").append(coverage.requests()).append(" request").append(coverage.requests() == 1 ? "" : "s")
                .append(".\n\n");
        out.append("| Operation | Request | Exercised | Not exercised | Undocumented | Requests |\n");
        out.append("|---|---|---|---|---|---:|\n");
        for (Coverage.OperationCoverage operation : coverage.operations()) {
            out.append("| ").append(cell(operation.name())).append(" | `").append(operation.request().replace("`", "'"))
                    .append("` | ").append(statuses(operation.exercised())).append(" | ")
                    .append(statuses(operation.notExercised())).append(" | ").append(statuses(operation.undocumented()))
                    .append(" | ").append(operation.requests()).append(" |\n");
        }
        if (!coverage.unmatched().isEmpty() || coverage.unmatchedNotListed() > 0) {
            out.append("\n## Requests that matched no documented request\n\n");
            out.append("| Request | Status | Requests |\n");
            out.append("|---|---|---:|\n");
            for (Coverage.Unmatched request : coverage.unmatched()) {
                out.append("| `").append((request.method() + " " + request.path()).replace("`", "'")).append("` | ")
                        .append(request.status()).append(" | ").append(request.requests()).append(" |\n");
            }
            if (coverage.unmatchedNotListed() > 0) {
                out.append("\nAnd ").append(coverage.unmatchedNotListed()).append(" more to other paths, not listed.\n");
            }
        }
        return out.toString();
    }

    private static String statuses(List<Integer> statuses) {
        return statuses.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Text that cannot end a table cell or a line. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
