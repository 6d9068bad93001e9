package dev.pendokit.runtime.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A source an aggregation pipeline starts from ({@code visitors}, {@code pageEvents}), with the
 * type its rows decode into, whether it is an event source (which needs a time series), the
 * fields that make a row unique (to page on), and the field that says when a row last changed.
 * The client's {@code Sources} holds one for every source the collection documents.
 *
 * @param <R> the rows' type: a record of the client's model, or {@code JsonNode}
 */
public final class Source<R> {

    /** What kind of data a source holds, which decides whether it takes a time series. */
    public enum Kind {
        /** A snapshot of things (visitors, pages): no time series. */
        OBJECTS,
        /** Events over time: a time series is required. */
        EVENTS,
        /** Not known to the client: a time series is allowed, never required. */
        UNKNOWN
    }

    private final String name;
    private final Class<R> rowType;
    private final Kind kind;
    private final List<String> key;
    private final String timeField;

    private Source(String name, Class<R> rowType, Kind kind, List<String> key, String timeField) {
        this.name = Objects.requireNonNull(name, "name");
        this.rowType = Objects.requireNonNull(rowType, "rowType");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.key = List.copyOf(key);
        this.timeField = Objects.requireNonNull(timeField, "timeField");
    }

    /**
     * A source of things ({@code visitors}): its rows, the fields that make a row unique, its time field.
     *
     * @param <R> the rows' type
     * @param name the source's name in the pipeline
     * @param rowType the class the rows decode into
     * @param key the fields whose values make a row unique, in sort order; empty where none is known
     * @param timeField the field that says when a row last changed; "" where none is known
     * @return the source
     * @throws NullPointerException if an argument is null
     */
    public static <R> Source<R> objects(String name, Class<R> rowType, List<String> key, String timeField) {
        return new Source<>(name, rowType, Kind.OBJECTS, key, timeField);
    }

    /**
     * A source of events ({@code pageEvents}), which needs a time series.
     *
     * @param <R> the rows' type
     * @param name the source's name in the pipeline
     * @param rowType the class the rows decode into
     * @param key the fields whose values make a row unique, in sort order; empty where none is known
     * @param timeField the field that says when a row happened; "" where none is known
     * @return the source
     * @throws NullPointerException if an argument is null
     */
    public static <R> Source<R> events(String name, Class<R> rowType, List<String> key, String timeField) {
        return new Source<>(name, rowType, Kind.EVENTS, key, timeField);
    }

    /**
     * A source the client does not know, by name: its rows as JSON, no key to page on.
     *
     * @param name the source's name in the pipeline
     * @return the source
     * @throws NullPointerException if {@code name} is null
     */
    public static Source<JsonNode> named(String name) {
        return new Source<>(name, JsonNode.class, Kind.UNKNOWN, List.of(), "");
    }

    /**
     * The same source with its rows as JSON: for rows an operator reshapes.
     *
     * @return the source, its kind, key and time field unchanged
     */
    public Source<JsonNode> asJson() {
        return new Source<>(name, JsonNode.class, kind, key, timeField);
    }

    /**
     * The name in the pipeline: {@code {"source": {"visitors": null}}}.
     *
     * @return the name ({@code visitors})
     */
    public String name() {
        return name;
    }

    /**
     * The class the rows decode into.
     *
     * @return a record of the client's model, or {@code JsonNode}
     */
    public Class<R> rowType() {
        return rowType;
    }

    /**
     * Whether the source holds things or events, which decides whether it takes a time series.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The fields whose values make a row unique, in sort order; empty where none is known.
     *
     * @return the fields
     */
    public List<String> key() {
        return key;
    }

    /**
     * The field that says when a row happened or last changed; "" where none is known.
     *
     * @return the field's name
     */
    public String timeField() {
        return timeField;
    }

    @Override
    public String toString() {
        return name + " (" + rowType.getSimpleName() + " rows)";
    }
}
