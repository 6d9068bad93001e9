package dev.pendokit.pendo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.Shape;

/** A JSON value of a shape, the same every time: what a documented answer looks like. */
final class ShapeSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ShapeSamples() {}

    static JsonNode of(Shape shape) {
        if (shape instanceof ObjectShape object) {
            ObjectNode node = NODES.objectNode();
            for (Field field : object.fields()) {
                node.set(field.name(), of(field.shape()));
            }
            node.put("fieldPendoAddsLater", "kept");
            return node;
        }
        if (shape instanceof ArrayShape array) {
            ArrayNode node = NODES.arrayNode();
            node.add(of(array.items()));
            node.add(of(array.items()));
            return node;
        }
        if (shape instanceof MapShape map) {
            return NODES.objectNode().set("key", of(map.values()));
        }
        if (shape instanceof ScalarShape scalar) {
            return switch (scalar.type()) {
                case STRING -> NODES.textNode("text");
                case BOOLEAN -> NODES.booleanNode(true);
                case INTEGER -> NODES.numberNode(42L);
                case NUMBER -> NODES.numberNode(1.5);
                case EPOCH_MILLIS -> NODES.numberNode(1693540800000L);
                case BINARY -> NODES.textNode("");
            };
        }
        assert shape == AnyShape.ANY;
        return NODES.objectNode().put("any", "value");
    }
}
