package dev.pendokit.mock.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An aggregation's pipeline as the engine runs it: a source it knows, then {@code filter},
 * {@code sort}, {@code limit} and {@code select}, in order.
 *
 * <p>Reading has two outcomes besides a pipeline, kept apart on purpose: a pipeline with a source
 * or operator the engine does not serve is not the engine's ({@link Optional#empty()}), and the
 * stubs answer it as they did before data mode; a pipeline of the engine's with an operator it
 * cannot read gets 400, as Pendo would answer, since stub rows would hide the mistake.
 */
final class Pipeline {

    static final Set<String> OPERATORS = Set.of("filter", "sort", "limit", "select");

    private final String source;
    private final boolean events;
    private final JsonNode timeSeries;
    private final List<UnaryOperator<List<JsonNode>>> operators;

    private Pipeline(String source, boolean events, JsonNode timeSeries, List<UnaryOperator<List<JsonNode>>> operators) {
        this.source = source;
        this.events = events;
        this.timeSeries = timeSeries;
        this.operators = operators;
    }

    /**
     * The pipeline of an aggregation's {@code request}, with its request-level {@code sort} (as
     * Pendo's BI connector sends it) run last; empty when the engine does not serve it.
     *
     * @throws UnreadablePipelineException naming the operator it could not read
     */
    static Optional<Pipeline> read(JsonNode request, RowSource rows) {
        JsonNode stages = request.path("pipeline");
        if (!stages.isArray() || stages.isEmpty()) {
            return Optional.empty();
        }
        JsonNode sourceStage = stages.get(0).path("source");
        Optional<String> source = sourceName(sourceStage, rows);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        JsonNode timeSeries = sourceStage.path("timeSeries");
        boolean events = rows.eventSources().contains(source.get());
        if (events && timeSeries.isObject() && !TimeSeries.supported(timeSeries)) {
            return Optional.empty();
        }
        List<Map.Entry<String, JsonNode>> named = new ArrayList<>();
        for (int i = 1; i < stages.size(); i++) {
            Map.Entry<String, JsonNode> stage = operator(stages.get(i), i);
            if (!OPERATORS.contains(stage.getKey())) {
                return Optional.empty();
            }
            named.add(stage);
        }
        if (request.has("sort")) {
            named.add(Map.entry("sort", request.get("sort")));
        }
        if (events && !timeSeries.isObject()) {
            throw new UnreadablePipelineException("source: " + source.get() + " needs a timeSeries"
                    + " (period dayRange, first, count)");
        }
        List<UnaryOperator<List<JsonNode>>> operators = new ArrayList<>();
        for (Map.Entry<String, JsonNode> stage : named) {
            operators.add(switch (stage.getKey()) {
                case "filter" -> filter(stage.getValue());
                case "sort" -> sort(stage.getValue());
                case "limit" -> limit(stage.getValue());
                default -> select(stage.getValue());
            });
        }
        return Optional.of(new Pipeline(source.get(), events, timeSeries, List.copyOf(operators)));
    }

    /** The source's rows, then each operator in turn. */
    List<JsonNode> run(RowSource source, Clock clock) {
        List<JsonNode> rows = events ? source.events(this.source, TimeSeries.of(timeSeries, clock).days())
                : source.objects(this.source);
        for (UnaryOperator<List<JsonNode>> operator : operators) {
            rows = operator.apply(rows);
        }
        return rows;
    }

    /** The one source a {@code source} stage names besides its {@code timeSeries}, when the engine knows it. */
    private static Optional<String> sourceName(JsonNode sourceStage, RowSource rows) {
        if (!sourceStage.isObject()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        sourceStage.fieldNames().forEachRemaining(names::add);
        names.remove("timeSeries");
        return names.size() == 1 && (rows.objectSources().contains(names.get(0)) || rows.eventSources().contains(names.get(0)))
                ? Optional.of(names.get(0)) : Optional.empty();
    }

    private static Map.Entry<String, JsonNode> operator(JsonNode stage, int index) {
        if (!stage.isObject() || stage.size() != 1) {
            List<String> names = new ArrayList<>();
            stage.fieldNames().forEachRemaining(names::add);
            throw new UnreadablePipelineException("pipeline stage " + index + ": expected an object with one operator,"
                    + " found " + (stage.isObject() ? "operators " + names : stage.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        Map.Entry<String, JsonNode> only = stage.properties().iterator().next();
        return Map.entry(only.getKey(), only.getValue());
    }

    private static UnaryOperator<List<JsonNode>> filter(JsonNode argument) {
        if (!argument.isTextual()) {
            throw new UnreadablePipelineException("filter: expected an expression string, not " + argument);
        }
        FilterExpression expression = FilterExpression.parse(argument.textValue());
        return rows -> rows.stream().filter(expression).toList();
    }

    /** Fields in order of precedence, {@code -} before a field for descending; stable, as Pendo's sort is. */
    private static UnaryOperator<List<JsonNode>> sort(JsonNode argument) {
        if (!argument.isArray() || argument.isEmpty()) {
            throw new UnreadablePipelineException("sort: expected an array of field names, not " + argument);
        }
        Comparator<JsonNode> order = null;
        for (JsonNode field : argument) {
            if (!field.isTextual()) {
                throw new UnreadablePipelineException("sort: expected field names, not " + field);
            }
            boolean descending = field.textValue().startsWith("-");
            FieldPath path = FieldPath.of(descending ? field.textValue().substring(1) : field.textValue(), "sort");
            Comparator<JsonNode> byField = Comparator.comparing(path::in, JsonValues.ORDER);
            byField = descending ? byField.reversed() : byField;
            order = order == null ? byField : order.thenComparing(byField);
        }
        Comparator<JsonNode> finalOrder = order;
        return rows -> {
            List<JsonNode> sorted = new ArrayList<>(rows);
            sorted.sort(finalOrder);
            return sorted;
        };
    }

    private static UnaryOperator<List<JsonNode>> limit(JsonNode argument) {
        if (!argument.isIntegralNumber() || !argument.canConvertToInt() || argument.intValue() < 0) {
            throw new UnreadablePipelineException("limit: expected a whole number of rows, 0 or more, not " + argument);
        }
        int limit = argument.intValue();
        return rows -> rows.size() <= limit ? rows : rows.subList(0, limit);
    }

    /** {@code {"outName": "field.path"}}: each row becomes those fields, null where the row has none. */
    private static UnaryOperator<List<JsonNode>> select(JsonNode argument) {
        if (!argument.isObject() || argument.isEmpty()) {
            throw new UnreadablePipelineException("select: expected an object of output names and field paths, not "
                    + argument);
        }
        Map<String, FieldPath> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = argument.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isTextual()) {
                throw new UnreadablePipelineException("select: " + field.getKey() + " must name a field path, not "
                        + field.getValue());
            }
            fields.put(field.getKey(), FieldPath.of(field.getValue().textValue(), "select"));
        }
        return rows -> rows.stream().map(row -> {
            ObjectNode selected = JsonNodeFactory.instance.objectNode();
            fields.forEach((name, path) -> {
                JsonNode value = path.in(row);
                selected.set(name, value.isMissingNode() ? NullNode.getInstance() : value.deepCopy());
            });
            return (JsonNode) selected;
        }).toList();
    }
}
