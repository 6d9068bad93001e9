package dev.pendokit.collection.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the pipe tables of a Markdown description, each with the heading above it. */
public final class MarkdownTables {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern CELL_SPLIT = Pattern.compile("(?<!\\\\)\\|");

    private MarkdownTables() {}

    public static List<MarkdownTable> parse(String markdown) {
        List<MarkdownTable> tables = new ArrayList<>();
        if (markdown == null || markdown.indexOf('|') < 0) {
            return tables;
        }
        String[] lines = markdown.split("\r?\n");
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
            var h = HEADING.matcher(line);
            if (h.matches()) {
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
        for (String cell : CELL_SPLIT.split(body, -1)) {
            cells.add(cell.strip().replace("\\|", "|"));
        }
        return cells;
    }
}
