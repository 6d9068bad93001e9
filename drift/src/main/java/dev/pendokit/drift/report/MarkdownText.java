package dev.pendokit.drift.report;

import java.util.regex.Pattern;

/**
 * Makes texts safe for where report.md puts them. Markdown is not HTML: texts are not
 * HTML-escaped (GitHub renders {@code <} as it is); they only must not break the layout.
 */
final class MarkdownText {

    private static final Pattern NEWLINE = Pattern.compile("\r\n|\r|\n");

    private MarkdownText() {}

    /** For a table cell: a {@code |} would end the cell and a newline the table. */
    static String cell(String text) {
        return NEWLINE.matcher(text.replace("|", "\\|")).replaceAll("<br>");
    }

    /** For a heading or a list item, which end at the line's end. */
    static String line(String text) {
        return NEWLINE.matcher(text).replaceAll(" ");
    }
}
