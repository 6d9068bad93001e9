package dev.pendokit.collection.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Markdown table from a description, with the heading it stands under ("" when none).
 * Cells are trimmed and {@code \|} is unescaped; {@code <br>} is kept for the reader to split on.
 */
public record MarkdownTable(String heading, List<String> header, List<List<String>> rows) {

    public MarkdownTable {
        header = List.copyOf(header);
        List<List<String>> copies = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            copies.add(List.copyOf(row));
        }
        rows = List.copyOf(copies);
    }

    /** The index of the first header cell equal to one of {@code names} (ignoring case), if any. */
    public Optional<Integer> column(String... names) {
        for (int i = 0; i < header.size(); i++) {
            for (String name : names) {
                if (header.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    /** The cell right of the row whose first cell is {@code label} (two-column key/value tables). */
    public Optional<String> value(String label) {
        return rows.stream().filter(r -> r.size() >= 2 && r.get(0).equalsIgnoreCase(label))
                .map(r -> r.get(1)).findFirst();
    }
}
