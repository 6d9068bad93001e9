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

    /**
     * The number of rows: {@code {"count": null}}.
     *
     * @return the aggregator
     */
    public static Aggregator count() {
        return new Aggregator("count", JsonNodeFactory.instance.nullNode());
    }

    /**
     * The number of distinct values of the field.
     *
     * @param field the field whose values are counted
     * @return the aggregator
     */
    public static Aggregator count(String field) {
        return of("count", field);
    }

    /**
     * The number of distinct values of the field, counting only rows where {@code condition} holds.
     *
     * @param field the field whose values are counted
     * @param condition an expression in Pendo's expression language
     * @return the aggregator
     */
    public static Aggregator countIf(String field, String condition) {
        return new Aggregator("countIf", JsonNodeFactory.instance.objectNode().put("count", field).put("if", condition));
    }

    /**
     * The sum of the field's values.
     *
     * @param field a numeric field
     * @return the aggregator
     */
    public static Aggregator sum(String field) {
        return of("sum", field);
    }

    /**
     * The average of the field's values: Pendo's {@code avg}.
     *
     * @param field a numeric field
     * @return the aggregator
     */
    public static Aggregator avg(String field) {
        return of("avg", field);
    }

    /**
     * The mean of the field's values: Pendo's {@code mean}, which the collection documents beside {@code avg}.
     *
     * @param field a numeric field
     * @return the aggregator
     */
    public static Aggregator mean(String field) {
        return of("mean", field);
    }

    /**
     * The median of the field's values.
     *
     * @param field a numeric field
     * @return the aggregator
     */
    public static Aggregator median(String field) {
        return of("median", field);
    }

    /**
     * The smallest of the field's values.
     *
     * @param field the field
     * @return the aggregator
     */
    public static Aggregator min(String field) {
        return of("min", field);
    }

    /**
     * The largest of the field's values.
     *
     * @param field the field
     * @return the aggregator
     */
    public static Aggregator max(String field) {
        return of("max", field);
    }

    /**
     * The first value that is not null.
     *
     * @param field the field
     * @return the aggregator
     */
    public static Aggregator first(String field) {
        return of("first", field);
    }

    /**
     * Every value, as a list.
     *
     * @param field the field
     * @return the aggregator
     */
    public static Aggregator list(String field) {
        return of("list", field);
    }

    /**
     * The aggregator as the pipeline writes it.
     *
     * @return a copy, so the aggregator stays as it is
     */
    public ObjectNode toJson() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
