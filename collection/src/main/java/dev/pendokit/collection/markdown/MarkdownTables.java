package dev.pendokit.collection.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the pipe tables of a Markdown description, each with the heading above it. */
public final class MarkdownTables {

    /** An ATX heading; a closing run of {@code #} counts only after a space ({@code ### C#} keeps its {@code #}). */
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    /** A delimiter row: cells of one or more {@code -}, each with optional alignment colons. */
    private static final Pattern SEPARATOR = Pattern.compile("^\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");

    private MarkdownTables() {}

    public static List<MarkdownTable> parse(String markdown) {
        List<MarkdownTable> tables = new ArrayList<>();
        if (markdown == null || markdown.indexOf('|') < 0) {
            return tables;
        }
        String[] lines = markdown.lines().toArray(String[]::new);
        String heading = "";
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            var h = line.startsWith("#") ? HEADING.matcher(line) : null;
            if (h != null && h.matches()) {
                heading = h.group(1);
            } else if (line.startsWith("|") && i + 1 < lines.length && SEPARATOR.matcher(lines[i + 1].strip()).matches()) {
                List<String> header = cells(line);
                List<List<String>> rows = new ArrayList<>();
                int j = i + 2;
                while (j < lines.length && lines[j].strip().startsWith("|")) {
                    rows.add(cells(lines[j].strip()));
                    j++;
                }
                tables.add(new MarkdownTable(heading, header, rows));
                i = j - 1;
            }
        }
        return tables;
    }

    /** Splits a cell on {@code <br>} (the way descriptions put lists into one cell). */
    public static List<String> lines(String cell) {
        List<String> lines = new ArrayList<>();
        for (String part : cell.split("(?i)<br\\s*/?>")) {
            if (!part.isBlank()) {
                lines.add(part.strip());
            }
        }
        return lines;
    }

    private static List<String> cells(String line) {
        String body = line.strip();
        if (body.startsWith("|")) {
            body = body.substring(1);
        }
        if (body.endsWith("|") && !body.endsWith("\\|")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
