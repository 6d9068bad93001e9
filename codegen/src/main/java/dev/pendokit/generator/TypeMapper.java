package dev.pendokit.generator;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.ScalarType;
import dev.pendokit.collection.model.Shape;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Java type of each shape: records for objects, {@code List} and {@code Map} for arrays and
 * free-form objects, {@code long} for integers and epoch milliseconds, {@code JsonNode} where the
 * collection says nothing.
 */
final class TypeMapper {

    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName MAP = ClassName.get(Map.class);
    static final ClassName STRING = ClassName.get(String.class);

    private final Packages packages;

    TypeMapper(Packages packages) {
        this.packages = packages;
    }

    /** The type of a value of this shape, boxed (usable as a type argument or a nullable value). */
    TypeName type(Shape shape) {
        if (shape instanceof ObjectShape object) {
            return packages.model(object.name());
        }
        if (shape instanceof ArrayShape array) {
            return ParameterizedTypeName.get(LIST, type(array.items()));
        }
        if (shape instanceof MapShape map) {
            return ParameterizedTypeName.get(MAP, STRING, type(map.values()));
        }
        if (shape instanceof ScalarShape scalar) {
            return scalar(scalar.type()).box();
        }
        return JSON_NODE;
    }

    /** The type of a record component: primitive where the field is always present and never null. */
    TypeName field(Field field) {
        TypeName type = type(field.shape());
        return field.required() && !field.nullable() && type.isBoxedPrimitive() ? type.unbox() : type;
    }

    static TypeName scalar(ScalarType type) {
        return switch (type) {
            case STRING -> STRING;
            case BOOLEAN -> TypeName.BOOLEAN;
            case INTEGER, EPOCH_MILLIS -> TypeName.LONG;
            // Exact and round-tripping: 2 stays 2 (a Double would send 2.0, which strict servers refuse).
            case NUMBER -> ClassName.get(BigDecimal.class);
            case BINARY -> ArrayTypeName.of(TypeName.BYTE);
        };
    }

    /** Whether objects of this shape are documented, so a typed record stands for them in a request. */
    static boolean documented(Shape shape) {
        if (shape instanceof ObjectShape object) {
            return object.origin() == ObjectShape.Origin.DOCUMENTED;
        }
        if (shape instanceof ArrayShape array) {
            return documented(array.items());
        }
        if (shape instanceof MapShape map) {
            return documented(map.values());
        }
        return shape instanceof ScalarShape;
    }
}
