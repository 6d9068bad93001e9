package dev.pendokit.collection.resolve;

import dev.pendokit.collection.markdown.MarkdownTable;
import dev.pendokit.collection.markdown.MarkdownTables;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A documented object: a table of attributes (name, type, description) under a heading such as
 * "The Page Object" or "Response Attributes". {@code subject} is the object's own name taken from
 * a "The X Object" heading ("Page"), empty for headings that name no object.
 */
record AttributeTable(String heading, String subject, List<Attribute> attributes) {

    /** A documented attribute; dotted names ({@code metadata.auto.firstvisit}) describe nested fields. */
    record Attribute(String name, String type, String description, boolean required) {}

    private static final Pattern OBJECT_HEADING = Pattern.compile("(?i)^the\\s+(.+?)\\s+object$");
    private static final Pattern REQUIRED = Pattern.compile("(?i)\\(required\\)|^required\\b");
    private static final Pattern GENERIC_SUBJECTS = Pattern.compile("(?i)request|response|body");

    AttributeTable {
        attributes = List.copyOf(attributes);
    }

    /** The attribute tables of a description, in order (other tables are not shapes). */
    static List<AttributeTable> from(String description) {
        return from(MarkdownTables.parse(description));
    }

    /** The attribute tables among a description's tables, in order. */
    static List<AttributeTable> from(List<MarkdownTable> markdownTables) {
        List<AttributeTable> tables = new ArrayList<>();
        for (MarkdownTable table : markdownTables) {
            Optional<Integer> name = table.column("Attribute", "Attributes", "Field", "Property", "Name");
            Optional<Integer> text = table.column("Description");
            if (name.isEmpty() || text.isEmpty()) {
                continue;
            }
            Optional<Integer> type = table.column("Type");
            List<Attribute> attributes = new ArrayList<>();
            for (List<String> row : table.rows()) {
                String attribute = cell(row, name.get()).replace("`", "");
                if (attribute.isEmpty()) {
                    continue;
                }
                String about = cell(row, text.get());
                attributes.add(new Attribute(attribute, type.map(i -> cell(row, i)).orElse(""), about,
                        REQUIRED.matcher(about).find()));
            }
            tables.add(new AttributeTable(table.heading(), subject(table.heading()), attributes));
        }
        return tables;
    }

    private static String subject(String heading) {
        Matcher m = OBJECT_HEADING.matcher(heading.strip());
        if (!m.matches() || GENERIC_SUBJECTS.matcher(m.group(1)).matches()) {
            return "";
        }
        return m.group(1);
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index).strip() : "";
    }

    /** Whether this table documents a request body rather than a response. */
    boolean documentsRequest() {
        return heading.toLowerCase(Locale.ROOT).contains("request");
    }

    /** Whether the heading says this table documents a response. */
    boolean documentsResponse() {
        String h = heading.toLowerCase(Locale.ROOT);
        return h.contains("response") || h.equals("attributes");
    }

    /** The names of the top-level attributes ({@code metadata} for {@code metadata.auto.x}). */
    List<String> topLevelNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Attribute attribute : attributes) {
            int dot = attribute.name().indexOf('.');
            names.add(dot < 0 ? attribute.name() : attribute.name().substring(0, dot));
        }
        return List.copyOf(names);
    }

    /** Whether this table's subject is {@code word}, ignoring case and a plural ending. */
    boolean isAbout(String word) {
        return !subject.isEmpty() && singular(subject).equalsIgnoreCase(singular(word));
    }

    static String singular(String word) {
        String w = word.strip();
        if (w.toLowerCase(Locale.ROOT).endsWith("ies") && w.length() > 3) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.toLowerCase(Locale.ROOT).endsWith("s") && !w.toLowerCase(Locale.ROOT).endsWith("ss") && w.length() > 1) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
