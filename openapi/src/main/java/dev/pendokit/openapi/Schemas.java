package dev.pendokit.openapi;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * JSON Schema (OpenAPI 3.1's dialect) from the model's shapes. Named objects go to
 * {@code components/schemas} under the client's model names and are referred to; what may be
 * null is written as 3.1 does it, {@code type: [string, "null"]}, or {@code anyOf} with
 * {@code null} around a reference.
 */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String REF_PREFIX = "#/components/schemas/";

    private final ComponentNames names = new ComponentNames();
    /** Every named object met so far, by component key: sorted, so the output does not depend on visiting order. */
    private final Map<String, ObjectShape> components = new TreeMap<>();

    /** The schema of a shape; named objects are referred to and collected. */
    ObjectNode of(Shape shape) {
        if (shape instanceof ObjectShape object) {
            return ref(object);
        }
        if (shape instanceof ArrayShape array) {
            ObjectNode node = NODES.objectNode().put("type", "array");
            node.set("items", of(array.items()));
            return node;
        }
        if (shape instanceof MapShape map) {
            ObjectNode node = NODES.objectNode().put("type", "object");
            node.set("additionalProperties", of(map.values()));
            return node;
        }
        if (shape instanceof ScalarShape scalar) {
            return scalar(scalar);
        }
        return NODES.objectNode(); // AnyShape: any JSON value
    }

    /** The schema of a value that may also be null. */
    ObjectNode nullable(Shape shape) {
        ObjectNode schema = of(shape);
        if (schema.isEmpty()) {
            return schema; // any value already includes null
        }
        if (schema.has("type")) {
            ArrayNode types = NODES.arrayNode().add(schema.get("type").asText()).add("null");
            schema.set("type", types);
            return schema;
        }
        ObjectNode either = NODES.objectNode();
        either.putArray("anyOf").add(schema).add(NODES.objectNode().put("type", "null"));
        return either;
    }

    /** One schema for several shapes (the examples of one call): the shape when they agree, else any of them. */
    ObjectNode anyOf(List<Shape> shapes) {
        Set<Shape> distinct = new LinkedHashSet<>(shapes);
        if (distinct.size() == 1) {
            return of(distinct.iterator().next());
        }
        if (distinct.contains(AnyShape.ANY)) {
            return NODES.objectNode();
        }
        ObjectNode node = NODES.objectNode();
        ArrayNode options = node.putArray("anyOf");
        distinct.forEach(shape -> options.add(of(shape)));
        return node;
    }

    static ObjectNode scalar(ScalarShape scalar) {
        ObjectNode node = NODES.objectNode();
        switch (scalar.type()) {
            case STRING -> node.put("type", "string");
            case BOOLEAN -> node.put("type", "boolean");
            case INTEGER -> node.put("type", "integer");
            case NUMBER -> node.put("type", "number");
            case EPOCH_MILLIS -> node.put("type", "integer").put("format", "int64")
                    .put("description", "Milliseconds since 1970-01-01T00:00:00Z.");
            case BINARY -> node.put("type", "string").put("contentMediaType", "application/octet-stream");
        }
        return node;
    }

    private ObjectNode ref(ObjectShape object) {
        String key = names.key(object);
        if (!components.containsKey(key)) {
            components.put(key, object);
            object.fields().forEach(f -> of(f.shape())); // collect what it refers to
        }
        return NODES.objectNode().put("$ref", REF_PREFIX + key);
    }

    /** {@code components/schemas}: every named object referred to, and every type of the model, by key. */
    ObjectNode components(List<ObjectShape> modelTypes) {
        modelTypes.forEach(this::ref);
        // ref() collected every object each one refers to when it first met it.
        ObjectNode out = NODES.objectNode();
        components.forEach((key, shape) -> out.set(key, object(shape)));
        return out;
    }

    private ObjectNode object(ObjectShape shape) {
        ObjectNode node = NODES.objectNode().put("type", "object");
        if (!shape.title().isBlank()) {
            node.put("title", shape.title());
        }
        if (!shape.description().isBlank()) {
            node.put("description", shape.description());
        }
        ObjectNode properties = node.putObject("properties");
        List<String> required = new ArrayList<>();
        for (Field field : shape.fields()) {
            ObjectNode schema = field.nullable() ? nullable(field.shape()) : of(field.shape());
            if (!field.description().isBlank()) {
                schema.put("description", field.description());
            }
            properties.set(field.name(), schema);
            if (field.required()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            ArrayNode list = node.putArray("required");
            required.forEach(list::add);
        }
        return node;
    }
}
