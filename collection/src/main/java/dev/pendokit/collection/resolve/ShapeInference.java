package dev.pendokit.collection.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.collection.json.LenientJson;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.ScalarType;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Infers a shape from example JSON. Several examples merge: a field is required when every
 * example has it, nullable when some lack it or hold {@code null}. Integers of 13 digits in fields
 * named like times ({@code createdAt}, {@code first}, {@code timestamp}) are epoch milliseconds.
 * An unquoted {@code {{placeholder}}} says nothing about its type, so it is "any".
 */
final class ShapeInference {

    /** One example: its value and the pointers of unquoted placeholders in it. */
    record Sample(JsonNode value, Set<String> placeholders) {}

    private static final Pattern TIME_NAME = Pattern.compile(
            "(?i).*(at|time|timestamp|date|ts|day|hour|week|month|since|until|first|last|visit)$");
    private static final long MIN_EPOCH_MILLIS = 1_000_000_000_000L;
    private static final long MAX_EPOCH_MILLIS = 10_000_000_000_000L;

    private ShapeInference() {}

    static Draft infer(List<Sample> samples, String name, String title) {
        Draft merged = null;
        for (Sample sample : samples) {
            Draft one = of(sample.value(), "", sample.placeholders(), name, title, "");
            merged = merged == null ? one : merge(merged, one);
        }
        return merged == null ? Draft.ANY : finish(merged);
    }

    private static Draft of(JsonNode node, String pointer, Set<String> placeholders, String name, String title,
                            String fieldName) {
        if (placeholders.contains(pointer)) {
            return Draft.ANY;
        }
        switch (node.getNodeType()) {
            case OBJECT: {
                Draft.Obj obj = new Draft.Obj(name, title, ObjectShape.Origin.EXAMPLE, "");
                obj.samples = 1;
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    Draft shape = of(field.getValue(), pointer + "/" + LenientJson.escapePointer(field.getKey()),
                            placeholders, name + " " + field.getKey(), title, field.getKey());
                    Draft.Slot slot = new Draft.Slot(shape, false, shape instanceof Draft.Null, "");
                    slot.seen = 1;
                    obj.fields.put(field.getKey(), slot);
                }
                return obj;
            }
            case ARRAY: {
                Draft items = null;
                String itemName = fieldName.isEmpty() ? name + " Item"
                        : name.substring(0, name.length() - fieldName.length()) + AttributeTable.singular(fieldName);
                for (int i = 0; i < node.size(); i++) {
                    Draft one = of(node.get(i), pointer + "/" + i, placeholders, itemName, title, "");
                    items = items == null ? one : merge(items, one);
                }
                return new Draft.Array(items == null ? Draft.ANY : items);
            }
            case STRING:
                return new Draft.Scalar(ScalarType.STRING);
            case BOOLEAN:
                return new Draft.Scalar(ScalarType.BOOLEAN);
            case NUMBER:
                if (node.isIntegralNumber()) {
                    boolean epoch = node.canConvertToLong() && node.asLong() >= MIN_EPOCH_MILLIS
                            && node.asLong() < MAX_EPOCH_MILLIS && TIME_NAME.matcher(fieldName).matches();
                    return new Draft.Scalar(epoch ? ScalarType.EPOCH_MILLIS : ScalarType.INTEGER);
                }
                return new Draft.Scalar(ScalarType.NUMBER);
            case NULL:
                return Draft.NULL;
            default:
                return Draft.ANY;
        }
    }

    /** Merges two inferred drafts of the same place. */
    static Draft merge(Draft a, Draft b) {
        if (a instanceof Draft.Any || a instanceof Draft.Null) {
            return b;
        }
        if (b instanceof Draft.Any || b instanceof Draft.Null) {
            return a;
        }
        if (a instanceof Draft.Obj x && b instanceof Draft.Obj y) {
            for (Map.Entry<String, Draft.Slot> entry : y.fields.entrySet()) {
                Draft.Slot theirs = entry.getValue();
                Draft.Slot ours = x.fields.get(entry.getKey());
                if (ours == null) {
                    x.fields.put(entry.getKey(), theirs);
                } else {
                    ours.shape = merge(ours.shape, theirs.shape);
                    ours.nullable |= theirs.nullable;
                    ours.seen += theirs.seen;
                }
            }
            x.samples += y.samples;
            return x;
        }
        if (a instanceof Draft.Array x && b instanceof Draft.Array y) {
            return new Draft.Array(merge(x.items(), y.items()));
        }
        if (a instanceof Draft.Scalar x && b instanceof Draft.Scalar y) {
            return mergeScalars(x.type(), y.type());
        }
        return Draft.ANY;
    }

    private static Draft mergeScalars(ScalarType a, ScalarType b) {
        if (a == b) {
            return new Draft.Scalar(a);
        }
        boolean numeric = isNumeric(a) && isNumeric(b);
        if (!numeric) {
            return Draft.ANY;
        }
        if (a == ScalarType.NUMBER || b == ScalarType.NUMBER) {
            return new Draft.Scalar(ScalarType.NUMBER);
        }
        return new Draft.Scalar(ScalarType.INTEGER);
    }

    private static boolean isNumeric(ScalarType type) {
        return type == ScalarType.INTEGER || type == ScalarType.NUMBER || type == ScalarType.EPOCH_MILLIS;
    }

    /** Sets required/nullable from how often each field was seen, all the way down. */
    private static Draft finish(Draft draft) {
        if (draft instanceof Draft.Obj obj) {
            for (Draft.Slot slot : obj.fields.values()) {
                slot.required = slot.seen == obj.samples && !slot.nullable;
                slot.nullable |= slot.seen < obj.samples;
                slot.shape = finish(slot.shape);
            }
        } else if (draft instanceof Draft.Array array) {
            return new Draft.Array(finish(array.items()));
        } else if (draft instanceof Draft.Null) {
            return Draft.ANY;
        }
        return draft;
    }
}
