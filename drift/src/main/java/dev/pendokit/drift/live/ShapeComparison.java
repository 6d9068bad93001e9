package dev.pendokit.drift.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.Shape;
import dev.pendokit.drift.Change;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A live JSON body against the documented shape of its response: fields the documentation does
 * not list, documented fields that are missing, and values of another JSON type.
 *
 * <p>Places are written as JSON paths with every array element as {@code []} and every map value
 * as {@code *} ({@code response 200: $[].rootVersionId}): every element is checked, but a place is
 * reported once however many elements show it, and only with what was found there first, so a
 * list of ten thousand rows gives one line per place, not ten thousand.
 *
 * <p>Only JSON types are named in what is reported, never values: a live answer holds the
 * customer's data (visitor ids, e-mail addresses), which has no place in a build report.
 */
final class ShapeComparison {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private final Operation operation;
    private final String prefix;
    private final Map<String, Change> byPlace = new LinkedHashMap<>();

    private ShapeComparison(Operation operation, int status) {
        this.operation = operation;
        this.prefix = "response " + status + ": ";
    }

    /** The differences between {@code body} and {@code shape}, one per place, in the order found. */
    static List<Change> compare(Operation operation, int status, Shape shape, JsonNode body) {
        ShapeComparison comparison = new ShapeComparison(operation, status);
        comparison.walk(shape, body, "$", false);
        return new ArrayList<>(comparison.byPlace.values());
    }

    private void walk(Shape shape, JsonNode node, String path, boolean nullable) {
        if (shape instanceof AnyShape) {
            return;
        }
        if (node.isNull()) {
            if (!nullable) {
                report(path, LiveChanges.typeChanged(operation, prefix + path, documented(shape) + " (not nullable)",
                        "null"));
            }
            return;
        }
        if (shape instanceof ObjectShape object) {
            if (!node.isObject()) {
                report(path, typeChanged(shape, node, path));
                return;
            }
            walkObject(object, node, path);
        } else if (shape instanceof ArrayShape array) {
            if (!node.isArray()) {
                report(path, typeChanged(shape, node, path));
                return;
            }
            for (JsonNode element : node) {
                walk(array.items(), element, path + "[]", false);
            }
        } else if (shape instanceof MapShape map) {
            if (!node.isObject()) {
                report(path, typeChanged(shape, node, path));
                return;
            }
            // Keys are free; only values are documented. A null value decodes as a null entry.
            for (JsonNode value : node) {
                walk(map.values(), value, path + ".*", true);
            }
        } else if (shape instanceof ScalarShape scalar && !fits(scalar, node)) {
            report(path, typeChanged(shape, node, path));
        }
    }

    private void walkObject(ObjectShape object, JsonNode node, String path) {
        for (Field field : object.fields()) {
            String at = path + member(field.name());
            JsonNode value = node.get(field.name());
            if (value == null) {
                // Reported even when optional: the client still reads it, and a field that every
                // answer lacks is more likely gone than optional.
                report(at, LiveChanges.missingField(operation, prefix + at, field.name(),
                        !field.required() || field.nullable()));
            } else {
                walk(field.shape(), value, at, field.nullable());
            }
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (object.field(name).isEmpty()) {
                String at = path + member(name);
                report(at, LiveChanges.undocumentedField(operation, prefix + at, name));
            }
        }
    }

    private void report(String path, Change change) {
        byPlace.putIfAbsent(path, change);
    }

    private Change typeChanged(Shape shape, JsonNode node, String path) {
        return LiveChanges.typeChanged(operation, prefix + path, documented(shape), actual(node));
    }

    private static boolean fits(ScalarShape scalar, JsonNode node) {
        return switch (scalar.type()) {
            case STRING, BINARY -> node.isTextual();
            case BOOLEAN -> node.isBoolean();
            // 1.0 decodes into a long as well as 1 does; 1.5 does not.
            case INTEGER, EPOCH_MILLIS -> node.isNumber() && node.canConvertToExactIntegral();
            case NUMBER -> node.isNumber();
        };
    }

    /** {@code .name}, or {@code ['odd name']} for names a dotted path cannot hold. */
    static String member(String name) {
        return PLAIN_NAME.matcher(name).matches() ? "." + name
                : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String documented(Shape shape) {
        if (shape instanceof ObjectShape object) {
            return "an object (" + object.name() + ")";
        }
        if (shape instanceof ArrayShape) {
            return "an array";
        }
        if (shape instanceof MapShape) {
            return "an object (a map)";
        }
        if (shape instanceof ScalarShape scalar) {
            return switch (scalar.type()) {
                case STRING -> "a string";
                case BOOLEAN -> "a boolean";
                case INTEGER -> "a whole number";
                case NUMBER -> "a number";
                case EPOCH_MILLIS -> "epoch milliseconds (a whole number)";
                case BINARY -> "binary content (a string)";
            };
        }
        return "anything";
    }

    /** The JSON type of a value, never the value itself. */
    static String actual(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNumber()) {
            return node.canConvertToExactIntegral() ? "a whole number" : "a fractional number";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.isNull() ? "null" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
