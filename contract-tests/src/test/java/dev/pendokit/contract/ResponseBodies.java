package dev.pendokit.contract;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.core.model.matchingrules.NullMatcher;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.ScalarType;
import dev.pendokit.collection.model.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The body a contract expects, from the documented shape: every documented field present, each
 * matched by type (a field documented as nullable may also be null), arrays of any length whose
 * items all have the item's shape. Values in the pact are examples only; no test depends on them.
 * Free-form fields (documented as any JSON) are left out: nothing about them can be checked.
 */
final class ResponseBodies {

    private ResponseBodies() {}

    /** The expected JSON body, or empty when the shape says nothing a matcher could check. */
    static Optional<DslPart> of(Shape shape) {
        if (shape instanceof ObjectShape object) {
            PactDslJsonBody body = new PactDslJsonBody();
            fields(body, object);
            return Optional.of(body);
        }
        if (shape instanceof ArrayShape array) {
            if (array.items() instanceof ObjectShape item) {
                PactDslJsonBody each = PactDslJsonArray.arrayEachLike();
                fields(each, item);
                return Optional.of(each.closeObject());
            }
            if (array.items() instanceof ScalarShape scalar) {
                return Optional.of(PactDslJsonArray.arrayEachLike(rootValue(scalar)));
            }
        }
        return Optional.empty();
    }

    private static void fields(PactDslJsonBody body, ObjectShape object) {
        for (Field field : object.fields()) {
            Shape shape = field.shape();
            if (!checkable(shape)) {
                continue;
            }
            if (field.nullable() && !(shape instanceof ArrayShape)) {
                // Present, and of its type or null; the type rule reaches into nested values too.
                body.or(field.name(), example(shape), TypeMatcher.INSTANCE, NullMatcher.INSTANCE);
            } else if (shape instanceof ScalarShape scalar) {
                scalar(body, field.name(), scalar);
            } else if (shape instanceof ObjectShape nested) {
                PactDslJsonBody child = body.object(field.name());
                fields(child, nested);
                child.closeObject();
            } else if (shape instanceof ArrayShape array && array.items() instanceof ObjectShape item) {
                // Arrays, nullable ones too: Pact cannot combine "an array like this" with "or null".
                PactDslJsonBody each = body.eachLike(field.name());
                fields(each, item);
                each.closeObject().closeArray();
            } else if (shape instanceof ArrayShape array && array.items() instanceof ScalarShape item) {
                body.eachLike(field.name(), rootValue(item), 1);
            } else {
                body.or(field.name(), example(shape), TypeMatcher.INSTANCE);
            }
        }
    }

    private static void scalar(PactDslJsonBody body, String name, ScalarShape scalar) {
        switch (scalar.type()) {
            case STRING -> body.stringType(name, "text");
            case BOOLEAN -> body.booleanType(name, true);
            case INTEGER, EPOCH_MILLIS -> body.integerType(name, 1693540800000L);
            case NUMBER -> body.numberType(name, 42);
            case BINARY -> throw new IllegalArgumentException("binary fields have no JSON contract");
        }
    }

    private static PactDslJsonRootValue rootValue(ScalarShape scalar) {
        return switch (scalar.type()) {
            case BOOLEAN -> PactDslJsonRootValue.booleanType(true);
            case INTEGER, EPOCH_MILLIS -> PactDslJsonRootValue.integerType(1693540800000L);
            case NUMBER -> PactDslJsonRootValue.numberType(42);
            default -> PactDslJsonRootValue.stringType("text");
        };
    }

    /** An example of the shape, as plain Java values (objects as maps, arrays as lists). */
    private static Object example(Shape shape) {
        if (shape instanceof ObjectShape object) {
            Map<String, Object> value = new LinkedHashMap<>();
            for (Field field : object.fields()) {
                // Under a type rule an array must have the example's length, which no answer promises:
                // arrays in an example are left out (answers may hold more fields than a contract names).
                if (checkable(field.shape()) && !(field.shape() instanceof ArrayShape)) {
                    value.put(field.name(), example(field.shape()));
                }
            }
            return value;
        }
        if (shape instanceof ArrayShape array) {
            return List.of(example(array.items()));
        }
        if (shape instanceof ScalarShape scalar) {
            return switch (scalar.type()) {
                case STRING, BINARY -> "text";
                case BOOLEAN -> true;
                case INTEGER, EPOCH_MILLIS -> 1693540800000L;
                case NUMBER -> 42;
            };
        }
        // A map's keys are not documented: an empty object matches any object.
        return Map.of();
    }

    /** Whether a matcher can check the shape: not free-form JSON, not binary, not a list of either. */
    private static boolean checkable(Shape shape) {
        if (shape instanceof ArrayShape array) {
            return checkable(array.items());
        }
        if (shape instanceof ScalarShape scalar) {
            return scalar.type() != ScalarType.BINARY;
        }
        return shape instanceof ObjectShape || shape instanceof MapShape;
    }
}
