package dev.pendokit.mock.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.regex.Pattern;

/** A dotted path into a row, such as {@code metadata.auto.lastvisit}, as filter, sort and select name fields. */
final class FieldPath {

    private static final Pattern DOT = Pattern.compile("\\.");

    private final String text;
    private final String[] steps;

    private FieldPath(String text) {
        this.text = text;
        this.steps = DOT.split(text, -1);
    }

    /** @throws UnreadablePipelineException naming the operator when the path is empty or has an empty step */
    static FieldPath of(String text, String operator) {
        if (text == null || text.isBlank() || text.startsWith(".") || text.endsWith(".") || text.contains("..")) {
            throw new UnreadablePipelineException(operator + ": '" + text + "' is not a field path");
        }
        return new FieldPath(text);
    }

    /** The value at this path, or a missing node when the row has none there. */
    JsonNode in(JsonNode row) {
        JsonNode node = row;
        for (String step : steps) {
            node = node.path(step);
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    @Override
    public String toString() {
        return text;
    }
}
