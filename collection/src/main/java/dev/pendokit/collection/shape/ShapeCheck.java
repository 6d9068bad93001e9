package dev.pendokit.collection.shape;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.Shape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A JSON value against its documented shape: fields the documentation does not list, documented
 * fields that are missing, and values of another JSON type. What live drift reports of real
 * answers and what the mock's tests require of its own.
 *
 * <p>Every element of every array is checked, but a place is reported once however many elements
 * show it, and only with what was found there first: a list of ten thousand rows gives one
 * mismatch per place, not ten thousand.
 */
public final class ShapeCheck {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private final Map<String, ShapeMismatch> byPlace = new LinkedHashMap<>();

    private ShapeCheck() {}

    /** How {@code body} differs from {@code shape}, one mismatch per place, in the order found; empty when it fits. */
    public static List<ShapeMismatch> mismatches(Shape shape, JsonNode body) {
        ShapeCheck check = new ShapeCheck();
        check.walk(shape, body, "$", false);
        return new ArrayList<>(check.byPlace.values());
    }

    private void walk(Shape shape, JsonNode node, String path, boolean nullable) {
        if (shape instanceof AnyShape) {
            return;
        }
        if (node.isNull()) {
            if (!nullable) {
                typeChanged(path, describe(shape) + " (not nullable)", "null");
            }
            return;
        }
        if (shape instanceof ObjectShape object) {
            if (node.isObject()) {
                walkObject(object, node, path);
            } else {
                typeChanged(path, describe(shape), describe(node));
            }
        } else if (shape instanceof ArrayShape array) {
            if (!node.isArray()) {
                typeChanged(path, describe(shape), describe(node));
                return;
            }
            for (JsonNode element : node) {
                walk(array.items(), element, path + "[]", false);
            }
        } else if (shape instanceof MapShape map) {
            if (!node.isObject()) {
                typeChanged(path, describe(shape), describe(node));
                return;
            }
            // Keys are free; only values are documented. A null value decodes as a null entry.
            for (JsonNode value : node) {
                walk(map.values(), value, path + ".*", true);
            }
        } else if (shape instanceof ScalarShape scalar && !fits(scalar, node)) {
            typeChanged(path, describe(shape), describe(node));
        }
    }

    private void walkObject(ObjectShape object, JsonNode node, String path) {
        for (Field field : object.fields()) {
            String at = path + member(field.name());
            JsonNode value = node.get(field.name());
            if (value == null) {
                byPlace.putIfAbsent(at, new ShapeMismatch(ShapeMismatch.Kind.MISSING_FIELD, at, field.name(),
                        describe(field.shape()), "", !field.required() || field.nullable()));
            } else {
                walk(field.shape(), value, at, field.nullable());
            }
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (object.field(name).isEmpty()) {
                String at = path + member(name);
                byPlace.putIfAbsent(at, new ShapeMismatch(ShapeMismatch.Kind.UNDOCUMENTED_FIELD, at, name, "",
                        describe(node.get(name)), false));
            }
        }
    }

    private void typeChanged(String path, String documented, String actual) {
        byPlace.putIfAbsent(path, new ShapeMismatch(ShapeMismatch.Kind.TYPE_CHANGED, path, "", documented, actual,
                false));
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

    /** What a shape documents, in words: {@code an object (Page)}, {@code a whole number}. */
    public static String describe(Shape shape) {
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

    /** The JSON type of a value in words, never the value itself. */
    public static String describe(JsonNode node) {
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
