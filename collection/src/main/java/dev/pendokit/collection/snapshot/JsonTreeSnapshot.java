package dev.pendokit.collection.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * A Jackson tree in a snapshot, node by node, so that the tree read back has the same node types
 * (int, long, big integer, double, float, decimal) and compares equal; JSON text would not say
 * which of them a number was.
 */
final class JsonTreeSnapshot {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final byte OBJECT = 1;
    private static final byte ARRAY = 2;
    private static final byte STRING = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;
    private static final byte NULL = 6;
    private static final byte INT = 7;
    private static final byte LONG = 8;
    private static final byte BIG_INTEGER = 9;
    private static final byte DOUBLE = 10;
    private static final byte FLOAT = 11;
    private static final byte DECIMAL = 12;

    private JsonTreeSnapshot() {}

    static void write(SnapshotOutput out, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.tag(OBJECT);
                out.integer(node.size());
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    out.string(field.getKey());
                    write(out, field.getValue());
                }
            }
            case ARRAY -> {
                out.tag(ARRAY);
                out.integer(node.size());
                for (JsonNode element : node) {
                    write(out, element);
                }
            }
            case STRING -> {
                out.tag(STRING);
                out.string(node.textValue());
            }
            case BOOLEAN -> out.tag(node.booleanValue() ? TRUE : FALSE);
            case NULL -> out.tag(NULL);
            case NUMBER -> number(out, node);
            default -> throw new IOException("A " + node.getNodeType() + " JSON node has no snapshot form");
        }
    }

    private static void number(SnapshotOutput out, JsonNode node) throws IOException {
        if (node.isInt()) {
            out.tag(INT);
            out.integer(node.intValue());
        } else if (node.isLong()) {
            out.tag(LONG);
            out.longInteger(node.longValue());
        } else if (node.isBigInteger()) {
            out.tag(BIG_INTEGER);
            out.string(node.bigIntegerValue().toString());
        } else if (node.isDouble()) {
            out.tag(DOUBLE);
            out.decimal(node.doubleValue());
        } else if (node.isFloat()) {
            out.tag(FLOAT);
            out.decimal(node.floatValue());
        } else if (node.isBigDecimal()) {
            out.tag(DECIMAL);
            out.string(node.decimalValue().toString());
        } else {
            // Short nodes: Jackson makes them only when asked to, never from parsed text.
            throw new IOException("A " + node.numberType() + " JSON number has no snapshot form");
        }
    }

    static JsonNode read(SnapshotInput in) throws IOException {
        byte tag = in.tag();
        return switch (tag) {
            case OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (int i = in.integer(); i > 0; i--) {
                    object.set(in.string(), read(in));
                }
                yield object;
            }
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = in.integer(); i > 0; i--) {
                    array.add(read(in));
                }
                yield array;
            }
            case STRING -> NODES.textNode(in.string());
            case TRUE -> NODES.booleanNode(true);
            case FALSE -> NODES.booleanNode(false);
            case NULL -> NODES.nullNode();
            case INT -> NODES.numberNode(in.integer());
            case LONG -> NODES.numberNode(in.longInteger());
            case BIG_INTEGER -> NODES.numberNode(new BigInteger(in.string()));
            case DOUBLE -> NODES.numberNode(in.decimal());
            case FLOAT -> NODES.numberNode(in.decimalFloat());
            case DECIMAL -> NODES.numberNode(new BigDecimal(in.string()));
            default -> throw new IOException("unknown JSON value tag " + tag);
        };
    }
}
