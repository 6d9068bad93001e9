package dev.pendokit.drift.diff;

import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.ScalarType;
import dev.pendokit.collection.model.Shape;
import dev.pendokit.drift.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The differences between two documented shapes, field by field, judged for a client generated
 * from the first: in a response, the client reads what the shape says; in a request body, it
 * writes what the shape says.
 */
final class ShapeDiff {

    /** Which way the data flows, which decides what a change breaks. */
    enum Direction { RESPONSE, REQUEST }

    /** Deeper than any documented shape; guards against a shape that contains itself. */
    private static final int MAX_DEPTH = 32;

    private final Findings findings;
    private final Direction direction;
    private final String place;

    /**
     * @param place where the shapes are, before the JSON path: {@code response 200} or {@code request body}
     */
    ShapeDiff(Findings findings, Direction direction, String place) {
        this.findings = findings;
        this.direction = direction;
        this.place = place;
    }

    void compare(Shape baseline, Shape current) {
        compare(baseline, current, "$", 0);
    }

    private void compare(Shape baseline, Shape current, String path, int depth) {
        if (depth > MAX_DEPTH || baseline.equals(current)) {
            return;
        }
        if (baseline instanceof ObjectShape before && current instanceof ObjectShape after) {
            fields(before, after, path, depth);
        } else if (baseline instanceof ArrayShape before && current instanceof ArrayShape after) {
            compare(before.items(), after.items(), path + "[]", depth + 1);
        } else if (baseline instanceof MapShape before && current instanceof MapShape after) {
            compare(before.values(), after.values(), path + ".*", depth + 1);
        } else if (baseline == AnyShape.ANY) {
            typeChanged(path, baseline, current, Severity.COMPATIBLE,
                    "It was documented as any JSON, which the client keeps as it comes; any documented shape fits that.");
        } else if (current == AnyShape.ANY) {
            typeChanged(path, baseline, current, Severity.POTENTIALLY_BREAKING,
                    "It is no longer documented: what comes may not have the shape the client decodes.");
        } else if (baseline instanceof ScalarShape before && current instanceof ScalarShape after) {
            scalars(before.type(), after.type(), path);
        } else {
            typeChanged(path, baseline, current, direction == Direction.RESPONSE ? Severity.BREAKING
                    : Severity.POTENTIALLY_BREAKING, direction == Direction.RESPONSE
                    ? "The client decodes the old kind of value: the new one fails to decode."
                    : "The client sends the old kind of value: the server may refuse it.");
        }
    }

    private void fields(ObjectShape before, ObjectShape after, String path, int depth) {
        Map<String, Field> old = index(before);
        Map<String, Field> now = index(after);
        for (Field field : old.values()) {
            Field match = now.get(field.name());
            String at = path + "." + field.name();
            if (match == null) {
                if (direction == Direction.RESPONSE) {
                    findings.add(Severity.BREAKING, "response-field-removed", where(at),
                            "The field " + field.name() + " is no longer documented.",
                            "The client reads the field: where it no longer comes, it decodes as null.");
                } else {
                    findings.add(Severity.POTENTIALLY_BREAKING, "request-body-changed", where(at),
                            "The field " + field.name() + " is no longer documented in the request body.",
                            "The client still sends it: servers usually ignore unknown fields, but may refuse them.");
                }
                continue;
            }
            nullability(field, match, at);
            compare(field.shape(), match.shape(), at, depth + 1);
        }
        for (Field field : now.values()) {
            if (old.containsKey(field.name())) {
                continue;
            }
            String at = path + "." + field.name();
            if (direction == Direction.RESPONSE) {
                findings.add(Severity.COMPATIBLE, "response-field-added", where(at),
                        "The field " + field.name() + " is newly documented.",
                        "The client keeps fields it does not know, so answers decode as before.");
            } else if (field.required()) {
                findings.add(Severity.BREAKING, "request-body-changed", where(at),
                        "The required field " + field.name() + " is new in the request body.",
                        "The client does not send it: the server refuses requests without it.");
            } else {
                findings.add(Severity.COMPATIBLE, "request-body-changed", where(at),
                        "The optional field " + field.name() + " is new in the request body.",
                        "Requests without it are still valid.");
            }
        }
    }

    private void nullability(Field before, Field after, String at) {
        if (direction != Direction.RESPONSE || before.nullable() == after.nullable()) {
            return;
        }
        if (after.nullable()) {
            findings.add(Severity.POTENTIALLY_BREAKING, "response-made-nullable", where(at),
                    "The field " + after.name() + " may now be null or absent.",
                    "Code that relied on a value may meet null.");
        } else {
            findings.add(Severity.COMPATIBLE, "response-made-non-nullable", where(at),
                    "The field " + after.name() + " is now always present.",
                    "A value where null was allowed breaks no code.");
        }
    }

    private void scalars(ScalarType before, ScalarType after, String path) {
        if (before == after || whole(before) && whole(after)) {
            return;
        }
        if (direction == Direction.RESPONSE && before == ScalarType.NUMBER && whole(after)) {
            typeChanged(path, before, after, Severity.COMPATIBLE, "A whole number decodes as a number.");
        } else if (direction == Direction.REQUEST && whole(before) && after == ScalarType.NUMBER) {
            typeChanged(path, before, after, Severity.COMPATIBLE, "A whole number is a number.");
        } else {
            typeChanged(path, before, after, direction == Direction.RESPONSE ? Severity.BREAKING
                    : Severity.POTENTIALLY_BREAKING, direction == Direction.RESPONSE
                    ? "The client decodes a " + name(before) + ": a " + name(after) + " fails to decode."
                    : "The client sends a " + name(before) + " where a " + name(after) + " is documented.");
        }
    }

    private void typeChanged(String path, Object before, Object after, Severity severity, String rule) {
        findings.add(severity, direction == Direction.RESPONSE ? "response-type-changed" : "request-body-changed",
                where(path), "The type changed from " + describe(before) + " to " + describe(after) + ".", rule);
    }

    private String where(String path) {
        return place + ": " + path;
    }

    private static boolean whole(ScalarType type) {
        return type == ScalarType.INTEGER || type == ScalarType.EPOCH_MILLIS;
    }

    private static Map<String, Field> index(ObjectShape shape) {
        Map<String, Field> fields = new LinkedHashMap<>();
        shape.fields().forEach(f -> fields.putIfAbsent(f.name(), f));
        return fields;
    }

    static String describe(Object shape) {
        if (shape instanceof ObjectShape object) {
            return "object" + (object.name() == null || object.name().isEmpty() ? "" : " " + object.name());
        }
        if (shape instanceof ArrayShape array) {
            return "array of " + describe(array.items());
        }
        if (shape instanceof MapShape) {
            return "map";
        }
        if (shape instanceof ScalarShape scalar) {
            return name(scalar.type());
        }
        if (shape instanceof ScalarType type) {
            return name(type);
        }
        return "any JSON";
    }

    private static String name(ScalarType type) {
        return switch (type) {
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case EPOCH_MILLIS -> "epoch-millisecond time";
            case BINARY -> "binary";
        };
    }
}
