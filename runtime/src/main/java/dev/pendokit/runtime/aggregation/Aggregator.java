package dev.pendokit.runtime.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A field aggregator of the {@code group} and {@code reduce} operators: {@code {"sum": "numEvents"}}.
 * The collection documents avg, count, countIf, first, list, median, max, mean, min and sum.
 */
public final class Aggregator {

    private final ObjectNode json;

    private Aggregator(String function, JsonNode argument) {
        this.json = JsonNodeFactory.instance.objectNode().set(function, argument);
    }

    private static Aggregator of(String function, String field) {
        return new Aggregator(function, JsonNodeFactory.instance.textNode(field));
    }

    /** The number of rows: {@code {"count": null}}. */
    public static Aggregator count() {
        return new Aggregator("count", JsonNodeFactory.instance.nullNode());
    }

    /** The number of distinct values of the field. */
    public static Aggregator count(String field) {
        return of("count", field);
    }

    /** The number of distinct values of the field, counting only rows where {@code condition} holds. */
    public static Aggregator countIf(String field, String condition) {
        return new Aggregator("countIf", JsonNodeFactory.instance.objectNode().put("count", field).put("if", condition));
    }

    public static Aggregator sum(String field) {
        return of("sum", field);
    }

    public static Aggregator avg(String field) {
        return of("avg", field);
    }

    public static Aggregator mean(String field) {
        return of("mean", field);
    }

    public static Aggregator median(String field) {
        return of("median", field);
    }

    public static Aggregator min(String field) {
        return of("min", field);
    }

    public static Aggregator max(String field) {
        return of("max", field);
    }

    /** The first value that is not null. */
    public static Aggregator first(String field) {
        return of("first", field);
    }

    /** Every value, as a list. */
    public static Aggregator list(String field) {
        return of("list", field);
    }

    /** The aggregator as the pipeline writes it. */
    public ObjectNode toJson() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
