package dev.pendokit.collection.resolve;

import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.ScalarType;
import java.util.LinkedHashMap;

/**
 * A shape while it is being worked out, before it has Java names: documented tables and inferred
 * examples both become drafts, drafts merge, and {@link TypeRegistry} turns the result into the
 * model's immutable shapes. Object drafts are compared by identity, so a documented object used
 * by several operations becomes one type.
 */
sealed interface Draft {

    /** No information: any JSON value. */
    record Any() implements Draft {}

    /** Only {@code null} was seen (examples): merges into whatever else is seen, making it nullable. */
    record Null() implements Draft {}

    record Scalar(ScalarType type) implements Draft {}

    record Array(Draft items) implements Draft {}

    /** A free-form object: keys unknown, values of one shape. */
    record FreeForm(Draft values) implements Draft {}

    /**
     * An object with known fields. {@code name} is the suggested type name ("Page", "Get Visitor
     * History Response"); {@code title} says where it was documented.
     */
    final class Obj implements Draft {
        final String name;
        final String title;
        final ObjectShape.Origin origin;
        final String description;
        final LinkedHashMap<String, Slot> fields = new LinkedHashMap<>();
        /** How many example objects were merged into this one (0 for documented objects). */
        int samples;

        Obj(String name, String title, ObjectShape.Origin origin, String description) {
            this.name = name;
            this.title = title;
            this.origin = origin;
            this.description = description;
        }
    }

    /** A field of an object draft. */
    final class Slot {
        Draft shape;
        boolean required;
        boolean nullable;
        String description;
        /** In how many example objects the field appeared. */
        int seen;

        Slot(Draft shape, boolean required, boolean nullable, String description) {
            this.shape = shape;
            this.required = required;
            this.nullable = nullable;
            this.description = description;
        }
    }

    Draft ANY = new Any();
    Draft NULL = new Null();
}
