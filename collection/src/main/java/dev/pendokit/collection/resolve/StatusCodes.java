package dev.pendokit.collection.resolve;

import dev.pendokit.collection.markdown.MarkdownTable;
import dev.pendokit.collection.markdown.MarkdownTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads documented status codes from descriptions, in the two forms collections use: a Details
 * row ({@code | Status Codes | 200: Response is sent as body<br>404: Not found |}, ranges such as
 * {@code 200 - 202: Success} included) and a code table ({@code | Status Code | Definition |} with
 * rows such as {@code 500, 502, 503, 504 - Server Errors}).
 */
final class StatusCodes {

    /** One documented status, or a range of them, with its reason. */
    record Entry(int from, int to, String reason) {}

    private static final Pattern CELL_ENTRY =
            Pattern.compile("(?<![\\d.])([1-5]\\d\\d)(?:\\s*-\\s*([1-5]\\d\\d))?\\s*:\\s*");
    private static final Pattern CODE_LIST =
            Pattern.compile("^\\s*([1-5]\\d\\d(?:\\s*,\\s*[1-5]\\d\\d)*)(?:\\s*-\\s*([1-5]\\d\\d))?\\s*(?:-\\s*(.*))?$");
    private static final List<String> ROW_LABELS = List.of("status codes", "status code", "responses", "response codes");

    private StatusCodes() {}

    /** Every status the description documents, in its order. */
    static List<Entry> fromDescription(String description) {
        return fromTables(MarkdownTables.parse(description));
    }

    /** Every status the tables of a description document, in their order. */
    static List<Entry> fromTables(List<MarkdownTable> tables) {
        List<Entry> entries = new ArrayList<>();
        for (MarkdownTable table : tables) {
            for (List<String> row : table.rows()) {
                if (row.size() >= 2 && ROW_LABELS.contains(row.get(0).toLowerCase(Locale.ROOT))) {
                    entries.addAll(parseCell(row.get(1)));
                }
            }
            if (isCodeTable(table)) {
                for (List<String> row : table.rows()) {
                    entries.addAll(parseCodeRow(row));
                }
            }
        }
        return entries;
    }

    /** {@code 200: OK<br>404: Not found} or {@code 200: OK 404: Not found}. */
    static List<Entry> parseCell(String cell) {
        List<Entry> entries = new ArrayList<>();
        for (String line : MarkdownTables.lines(cell)) {
            Matcher m = CELL_ENTRY.matcher(line);
            List<int[]> starts = new ArrayList<>();
            while (m.find()) {
                starts.add(new int[] {m.start(), m.end(), Integer.parseInt(m.group(1)),
                        m.group(2) == null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2))});
            }
            for (int i = 0; i < starts.size(); i++) {
                int[] s = starts.get(i);
                int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : line.length();
                entries.add(new Entry(s[2], Math.max(s[2], s[3]), line.substring(s[1], end).strip()));
            }
        }
        return entries;
    }

    private static boolean isCodeTable(MarkdownTable table) {
        if (table.header().size() < 2) {
            return false;
        }
        String first = table.header().get(0).toLowerCase(Locale.ROOT);
        return first.equals("status code") || first.equals("status codes") || first.equals("code")
                || first.equals("status");
    }

    private static List<Entry> parseCodeRow(List<String> row) {
        List<Entry> entries = new ArrayList<>();
        if (row.isEmpty()) {
            return entries;
        }
        Matcher m = CODE_LIST.matcher(row.get(0));
        if (!m.matches()) {
            return entries;
        }
        String name = m.group(3) == null ? "" : m.group(3).strip();
        String reason = row.size() > 1 && !row.get(1).isBlank() ? row.get(1).strip() : name;
        if (m.group(2) != null) {
            int from = Integer.parseInt(m.group(1).strip());
            entries.add(new Entry(from, Math.max(from, Integer.parseInt(m.group(2))), reason));
            return entries;
        }
        for (String code : m.group(1).split(",")) {
            int status = Integer.parseInt(code.strip());
            entries.add(new Entry(status, status, reason));
        }
        return entries;
    }
}
