package dev.pendokit.pendo.jobs.elt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The filter that starts a page strictly after the last row of the one before, on a key of one or
 * more fields: {@code a > "x" || (a == "x" && b > "y")}.
 */
final class CursorFilter {

    private CursorFilter() {}

    static String after(List<String> fields, List<String> last) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            StringBuilder term = new StringBuilder();
            for (int j = 0; j < i; j++) {
                term.append(fields.get(j)).append(" == ").append(quote(last.get(j))).append(" && ");
            }
            term.append(fields.get(i)).append(" > ").append(quote(last.get(i)));
            alternatives.add(i == 0 ? term.toString() : "(" + term + ")");
        }
        return String.join(" || ", alternatives);
    }

    /** The row's values of the key fields (dotted paths), as text. */
    static List<String> key(JsonNode row, List<String> fields) {
        List<String> values = new ArrayList<>();
        for (String field : fields) {
            JsonNode value = row;
            for (String part : field.split("\\.")) {
                value = value.path(part);
            }
            if (value.isMissingNode() || value.isNull()) {
                throw new IllegalStateException("a row has no " + field + ", which the cursor needs: " + row);
            }
            values.add(value.asText());
        }
        return values;
    }

    /** A string literal in Pendo's expression language. */
    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
