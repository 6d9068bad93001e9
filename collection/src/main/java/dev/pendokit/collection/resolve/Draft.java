package dev.pendokit.collection.resolve;

import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.ScalarType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A shape while it is being worked out, before it has Java names: documented tables and inferred
 * examples both become drafts, drafts merge, and {@link TypeRegistry} turns the result into the
 * model's immutable shapes. Object drafts are compared by identity, so a documented object used
 * by several operations becomes one type.
 */
sealed interface Draft {

    /**
     * No information: any JSON value. {@code ids} marks the items of a documented array of ids
     * ({@code accountIds}, type "array" and nothing more): strings, unless an example shows otherwise.
     */
    record Any(boolean ids) implements Draft {}

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
        /**
         * Documented keys that stand for many ({@code autoxxxxx}, one per application id): not
         * fields, said in the type's description, their values kept with the undocumented fields.
         */
        final List<String> keyPatterns = new ArrayList<>();
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

    Draft ANY = new Any(false);
    Draft ID = new Any(true);
    Draft NULL = new Null();
}
