package dev.pendokit.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc text from collection descriptions: the prose before the first table or heading (the
 * tables become the types themselves), with HTML's special characters escaped and paragraphs
 * kept.
 */
final class Javadocs {

    private Javadocs() {}

    /** The description's leading prose, ready for {@code addJavadoc("$L", ...)}; "" when there is none. */
    static String prose(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.split("\n")) {
            String text = line.strip();
            if (text.startsWith("#") || text.startsWith("|") || text.startsWith("```")) {
                break;
            }
            if (text.isEmpty()) {
                flush(paragraph, paragraphs);
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(text);
            }
        }
        flush(paragraph, paragraphs);
        return String.join("\n\n<p>", paragraphs.stream().map(Javadocs::inline).toList());
    }

    /** One line of text (a field or parameter description), escaped. */
    static String line(String text) {
        return text == null ? "" : inline(text.replace("<br>", "; ").replaceAll("\\s+", " ").strip());
    }

    /** Escapes, then renders Markdown's inline {@code `code`} and {@code **bold**}. */
    private static String inline(String markdown) {
        return escape(markdown).replaceAll("`([^`]+)`", "{@code $1}").replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>");
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;");
    }
}
