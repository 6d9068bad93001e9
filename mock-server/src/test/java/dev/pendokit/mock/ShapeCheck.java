package dev.pendokit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.Shape;
import java.util.ArrayList;
import java.util.List;

/** Whether a JSON body has a documented shape: every field there, every value of its type. */
final class ShapeCheck {

    private ShapeCheck() {}

    /** What does not fit, as {@code /pointer: problem}; empty when the body fits. */
    static List<String> problems(Shape shape, JsonNode body) {
        List<String> problems = new ArrayList<>();
        check(shape, body, "", problems);
        return problems;
    }

    private static void check(Shape shape, JsonNode node, String at, List<String> problems) {
        if (shape instanceof ObjectShape object) {
            if (!node.isObject()) {
                problems.add(at + ": expected an object (" + object.name() + "), got " + node.getNodeType());
                return;
            }
            for (Field field : object.fields()) {
                if (!node.has(field.name())) {
                    problems.add(at + "/" + field.name() + ": missing");
                } else if (!(field.nullable() && node.get(field.name()).isNull())) {
                    check(field.shape(), node.get(field.name()), at + "/" + field.name(), problems);
                }
            }
        } else if (shape instanceof ArrayShape array) {
            if (!node.isArray() || node.isEmpty()) {
                problems.add(at + ": expected a non-empty array, got " + node);
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                check(array.items(), node.get(i), at + "/" + i, problems);
            }
        } else if (shape instanceof MapShape) {
            if (!node.isObject()) {
                problems.add(at + ": expected an object, got " + node.getNodeType());
            }
        } else if (shape instanceof ScalarShape scalar) {
            boolean fits = switch (scalar.type()) {
                case STRING, BINARY -> node.isTextual();
                case BOOLEAN -> node.isBoolean();
                case INTEGER, EPOCH_MILLIS -> node.isIntegralNumber();
                case NUMBER -> node.isNumber();
            };
            if (!fits) {
                problems.add(at + ": expected " + scalar.type() + ", got " + node);
            }
        } else if (!(shape instanceof AnyShape)) {
            problems.add(at + ": unknown shape " + shape);
        }
    }
}
