package dev.pendokit.collection.model;

import java.util.List;
import java.util.Optional;

/**
 * A JSON object with known fields. {@code name} is the Java type name the naming strategy gave it,
 * unique across the model; {@code title} is where it came from ("The Page Object", "example
 * body"), {@code origin} how it is known. Objects always tolerate fields they do not list: Pendo
 * adds fields over time.
 */
public record ObjectShape(String name, String title, Origin origin, String description, List<Field> fields)
        implements Shape {

    /** How an object is known. */
    public enum Origin {
        /** From an attribute table of the documentation (possibly completed by examples). */
        DOCUMENTED,
        /** Only from example bodies. */
        EXAMPLE,
        /** A wrapper the API adds around documented content (Pendo's aggregation {@code results}). */
        ENVELOPE
    }

    public ObjectShape {
        fields = List.copyOf(fields);
    }

    public Optional<Field> field(String jsonName) {
        return fields.stream().filter(f -> f.name().equals(jsonName)).findFirst();
    }
}
