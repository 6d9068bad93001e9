package dev.pendokit.runtime.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A Pendo aggregation ({@code POST /api/v1/aggregation}), built step by step: a source with its
 * parameters and time series, then operators in order. Each step gives a new aggregation; none
 * changes the one it is called on, so a query can be kept and varied.
 *
 * <p>The rows keep the source's type ({@code Aggregation<VisitorsRow>}) through the operators
 * that only choose rows ({@code filter}, {@code sort}, {@code limit}, {@code identified},
 * {@code segment}); an operator that reshapes rows ({@code select}, {@code group}, {@code eval},
 * ...) makes them JSON ({@code Aggregation<JsonNode>}).
 *
 * <pre>{@code
 * Aggregation<PageEventsRow> lastWeek = Aggregation.of(Sources.PAGE_EVENTS).timeSeries(TimeSeries.daysBack(7))
 *         .filter("numEvents > 0").sort("visitorId").limit(1000);
 * try (RowStream<PageEventsRow> rows = pendo.aggregations().run(lastWeek)) { ... }
 * }</pre>
 *
 * @param <R> the rows' type
 */
public final class Aggregation<R> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The operators that only choose rows: after them the rows keep the source's type. */
    private static final Set<String> ROW_KEEPING = Set.of("filter", "sort", "limit", "identified", "segment");

    private final Source<R> source;
    private final List<JsonNode> pipeline;
    private final Map<String, String> request;
    private final List<String> key;

    private Aggregation(Source<R> source, List<JsonNode> pipeline, Map<String, String> request, List<String> key) {
        this.source = source;
        this.pipeline = List.copyOf(pipeline);
        this.request = Map.copyOf(request);
        this.key = List.copyOf(key);
    }

    /**
     * The source's rows, all of them: {@code {"source": {"visitors": null}}}.
     *
     * @param <R> the rows' type
     * @param source where the rows come from ({@code Sources.VISITORS})
     * @return the aggregation, to add steps to
     */
    public static <R> Aggregation<R> of(Source<R> source) {
        ObjectNode spec = NODES.objectNode().putNull(source.name());
        return new Aggregation<>(source, List.of(NODES.objectNode().set("source", spec)), Map.of(), source.key());
    }

    /**
     * An aggregation body as written ({@code {"request": {"pipeline": [...]}}}, the collection's
     * examples), its rows typed by {@code source}; steps added to it go after its own.
     *
     * @param <R> the rows' type
     * @param source the source the body's pipeline reads, which types its rows and gives its key
     * @param body the body; its steps are copied, with its {@code requestId} and {@code name}
     * @return the aggregation
     * @throws IllegalArgumentException if the body holds no {@code request.pipeline} array
     */
    public static <R> Aggregation<R> fromJson(Source<R> source, JsonNode body) {
        JsonNode steps = body.path("request").path("pipeline");
        if (!steps.isArray()) {
            throw new IllegalArgumentException("an aggregation body holds request.pipeline, an array of steps: " + body);
        }
        List<JsonNode> pipeline = new ArrayList<>();
        steps.forEach(step -> pipeline.add(step.deepCopy()));
        Map<String, String> request = new LinkedHashMap<>();
        for (String field : List.of("requestId", "name")) {
            if (body.path("request").path(field).isTextual()) {
                request.put(field, body.path("request").path(field).asText());
            }
        }
        return new Aggregation<>(source, pipeline, request, source.key());
    }

    /**
     * Whether an aggregation body as written ({@code {"request": {"pipeline": [...]}}}) keeps the
     * rows of its source: it starts from a source, and every step after it only chooses rows
     * ({@code filter}, {@code sort}, {@code limit}, {@code identified}, {@code segment}), as the
     * steps of this builder that keep the row type do.
     *
     * @param body the body
     * @return whether its rows have the source's type
     */
    public static boolean keepsSourceRows(JsonNode body) {
        JsonNode steps = body.path("request").path("pipeline");
        if (!steps.path(0).path("source").isObject()) {
            return false;
        }
        for (int i = 1; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            if (!step.isObject() || step.size() != 1 || !ROW_KEEPING.contains(step.fieldNames().next())) {
                return false;
            }
        }
        return true;
    }

    /**
     * An aggregation body as written, its rows as JSON; see {@link #fromJson(Source, JsonNode)}.
     *
     * @param body the body; its steps are copied, with its {@code requestId} and {@code name}
     * @return the aggregation, its source known only by the name in the body's first step
     * @throws IllegalArgumentException if the body holds no {@code request.pipeline} array
     */
    public static Aggregation<JsonNode> fromJson(JsonNode body) {
        JsonNode first = body.path("request").path("pipeline").path(0).path("source");
        String name = first.isObject() && first.fieldNames().hasNext() ? first.fieldNames().next() : "";
        return fromJson(Source.named(name), body);
    }

    /**
     * The source the pipeline starts from, which says the rows' type and key and whether a time series is needed.
     *
     * @return the source
     */
    public Source<R> source() {
        return source;
    }

    /**
     * The type the rows decode into.
     *
     * @return the source's row class, or {@code JsonNode} once an operator has reshaped the rows
     */
    public Class<R> rowType() {
        return source.rowType();
    }

    /**
     * The fields that make a row unique, that paging sorts and resumes on: the source's, unless set.
     *
     * @return the fields, in sort order; empty where none is known
     */
    public List<String> key() {
        return key;
    }

    // ---- the source ----------------------------------------------------------------------------

    /**
     * The days (or hours) an event source covers; refused for a source of things.
     *
     * @param timeSeries the period covered
     * @return a new aggregation with the time series
     * @throws IllegalArgumentException for a source of things, whose rows are chosen by a filter on their time field
     * @throws IllegalStateException if the pipeline does not start with a source, as a body read by
     *     {@code fromJson} may not
     */
    public Aggregation<R> timeSeries(TimeSeries timeSeries) {
        if (source.kind() == Source.Kind.OBJECTS) {
            throw new IllegalArgumentException(source.name() + " is not an event source: choose its rows by time with"
                    + " filter(\"" + (source.timeField().isEmpty() ? "field" : source.timeField())
                    + " >= ...\") instead of a time series");
        }
        return withSource(spec -> spec.set("timeSeries", timeSeries.toJson()));
    }

    /**
     * The apps the source reads, by id; without this, the subscription's default app.
     *
     * @param ids the apps' ids
     * @return a new aggregation reading those apps
     * @throws IllegalStateException if the pipeline does not start with a source, as a body read by
     *     {@code fromJson} may not
     */
    public Aggregation<R> appIds(long... ids) {
        ArrayNode array = NODES.arrayNode();
        for (long id : ids) {
            array.add(id);
        }
        return sourceParameter("appId", array);
    }

    /**
     * Every app of the subscription: Pendo's {@code expandAppIds("*")}.
     *
     * @return a new aggregation reading every app
     * @throws IllegalStateException if the pipeline does not start with a source, as a body read by
     *     {@code fromJson} may not
     */
    public Aggregation<R> allApps() {
        return sourceParameter("appId", NODES.textNode("expandAppIds(\"*\")"));
    }

    /**
     * A parameter of the source ({@code {"source": {"pageEvents": {"pageId": "..."}}}}).
     *
     * @param name the parameter's name
     * @param value text, a whole number, a boolean, JSON, or null for JSON null
     * @return a new aggregation with the parameter set
     * @throws IllegalArgumentException if the value is of another type
     * @throws IllegalStateException if the pipeline does not start with a source, as a body read by
     *     {@code fromJson} may not
     */
    public Aggregation<R> sourceParameter(String name, Object value) {
        JsonNode json = value instanceof JsonNode node ? node : toNode(value);
        return withSource(spec -> {
            JsonNode parameters = spec.get(source.name());
            ObjectNode object = parameters instanceof ObjectNode existing ? existing : spec.putObject(source.name());
            object.set(name, json);
        });
    }

    // ---- operators that keep the rows -------------------------------------------------------------

    /**
     * The rows for which the expression holds ({@code lastVisit >= 1693540800000 && visitorId != ""}).
     *
     * @param expression a condition in Pendo's expression language
     * @return a new aggregation with the filter as its last step
     */
    public Aggregation<R> filter(String expression) {
        return then(NODES.objectNode().put("filter", expression), source);
    }

    /**
     * The rows in the order of these fields; a leading {@code -} sorts a field descending.
     *
     * @param fields the fields, the one that decides first first
     * @return a new aggregation with the sort as its last step
     */
    public Aggregation<R> sort(String... fields) {
        return then(NODES.objectNode().set("sort", strings(List.of(fields))), source);
    }

    /**
     * At most this many rows, the first ones in the pipeline's order.
     *
     * @param rows the most rows kept, 1 or more
     * @return a new aggregation with the limit as its last step
     * @throws IllegalArgumentException if {@code rows} is less than 1
     */
    public Aggregation<R> limit(int rows) {
        if (rows <= 0) {
            throw new IllegalArgumentException("limit must be 1 or more, not " + rows);
        }
        return then(NODES.objectNode().put("limit", rows), source);
    }

    /**
     * The rows of identified visitors ({@code visitorId}), or of anonymous ones ({@code !visitorId}).
     *
     * @param field {@code visitorId} or {@code !visitorId}
     * @return a new aggregation with the step as its last
     */
    public Aggregation<R> identified(String field) {
        return then(NODES.objectNode().put("identified", field), source);
    }

    /**
     * The rows of the visitors and accounts in a segment.
     *
     * @param segmentId the segment's id
     * @return a new aggregation with the step as its last
     */
    public Aggregation<R> segment(String segmentId) {
        return then(NODES.objectNode().set("segment", NODES.objectNode().put("id", segmentId)), source);
    }

    // ---- operators that reshape the rows ------------------------------------------------------------

    /**
     * Keeps these fields, each under its own name.
     *
     * @param fields the fields kept
     * @return a new aggregation, its rows as JSON
     */
    public Aggregation<JsonNode> select(String... fields) {
        Map<String, String> selected = new LinkedHashMap<>();
        for (String field : fields) {
            selected.put(field, field);
        }
        return select(selected);
    }

    /**
     * Keeps fields, each under a name of its own: output name to expression.
     *
     * @param fields each output field's name, to the expression that computes it
     * @return a new aggregation, its rows as JSON
     */
    public Aggregation<JsonNode> select(Map<String, String> fields) {
        return then(NODES.objectNode().set("select", object(fields)));
    }

    /**
     * One row: how many rows there were.
     *
     * @return a new aggregation, its row as JSON
     */
    public Aggregation<JsonNode> count() {
        return then(NODES.objectNode().putNull("count"));
    }

    /**
     * Adds or replaces fields: output name to expression.
     *
     * @param fields each output field's name, to the expression that computes it
     * @return a new aggregation, its rows as JSON
     */
    public Aggregation<JsonNode> eval(Map<String, String> fields) {
        return then(NODES.objectNode().set("eval", object(fields)));
    }

    /**
     * One row per distinct combination of the {@code by} fields, with aggregated fields.
     *
     * @param by the fields whose values make a group
     * @param fields each output field's name, to what it aggregates over the group's rows
     * @return a new aggregation, its rows as JSON
     */
    public Aggregation<JsonNode> group(List<String> by, Map<String, Aggregator> fields) {
        ObjectNode group = NODES.objectNode();
        group.set("group", strings(by));
        group.set("fields", aggregators(fields));
        return then(NODES.objectNode().set("group", group));
    }

    /**
     * One row, of aggregated fields.
     *
     * @param fields each output field's name, to what it aggregates over all rows
     * @return a new aggregation, its row as JSON
     */
    public Aggregation<JsonNode> reduce(Map<String, Aggregator> fields) {
        return then(NODES.objectNode().set("reduce", aggregators(fields)));
    }

    /**
     * One row per element of a list field; an empty list drops the row unless {@code keepEmpty}.
     *
     * @param field the list field
     * @param index the field that gets each element's position in the list; null for none
     * @param keepEmpty whether a row whose list is empty is kept
     * @return a new aggregation, its rows as JSON
     */
    public Aggregation<JsonNode> unwind(String field, String index, boolean keepEmpty) {
        ObjectNode unwind = NODES.objectNode().put("field", field);
        if (index != null) {
            unwind.put("index", index);
        }
        if (keepEmpty) {
            unwind.put("keepEmpty", true);
        }
        return then(NODES.objectNode().set("unwind", unwind));
    }

    /**
     * Merges rows that agree on these fields.
     *
     * @param fields the fields whose values must be equal
     * @return a new aggregation, its rows as JSON
     */
    public Aggregation<JsonNode> join(List<String> fields) {
        return then(NODES.objectNode().set("join", NODES.objectNode().set("fields", strings(fields))));
    }

    /**
     * Runs another aggregation and adds, to each row, the fields its matching row has.
     *
     * @param fields the fields that match rows of the two
     * @param mappings output name to the other's field; empty copies nothing, null copies every field
     * @param other the aggregation whose rows are matched, run from its own source
     * @return a new aggregation, its rows as JSON
     */
    public Aggregation<JsonNode> merge(List<String> fields, Map<String, String> mappings, Aggregation<?> other) {
        ObjectNode merge = NODES.objectNode();
        merge.set("fields", strings(fields));
        if (mappings != null) {
            merge.set("mappings", object(mappings));
        }
        merge.set("pipeline", other.pipelineJson());
        return then(NODES.objectNode().set("merge", merge));
    }

    /**
     * Adds the metadata of the visitor or account ({@code kind}) whose id is in {@code idField}, as {@code output}.
     *
     * @param output the field the metadata goes in
     * @param kind {@code visitor} or {@code account}
     * @param idField the field that holds the id
     * @return a new aggregation, its rows as JSON
     */
    public Aggregation<JsonNode> bulkExpand(String output, String kind, String idField) {
        return then(NODES.objectNode().set("bulkExpand", NODES.objectNode().set(output,
                NODES.objectNode().put(kind, idField))));
    }

    /**
     * Parses the user agent in {@code input} into {@code output}.
     *
     * @param output the field the browser, OS and device go in
     * @param input the field that holds the user agent string
     * @return a new aggregation, its rows as JSON
     */
    public Aggregation<JsonNode> useragent(String output, String input) {
        return then(NODES.objectNode().set("useragent", NODES.objectNode().put(output, input)));
    }

    /**
     * The rows of several aggregations, each with its own source, one after the other.
     *
     * @param pipelines the aggregations, in the order their rows come
     * @return a new aggregation, its rows as JSON
     */
    public Aggregation<JsonNode> spawn(List<Aggregation<?>> pipelines) {
        ArrayNode spawn = NODES.arrayNode();
        pipelines.forEach(p -> spawn.add(p.pipelineJson()));
        return then(NODES.objectNode().set("spawn", spawn));
    }

    /**
     * An operator this builder has no method for, as Pendo writes it ({@code {"switch": {...}}}).
     *
     * @param operator the step; copied
     * @return a new aggregation, its rows as JSON since the step may reshape them
     * @throws NullPointerException if {@code operator} is null
     */
    public Aggregation<JsonNode> then(JsonNode operator) {
        return then(operator, source.asJson());
    }

    // ---- the request ------------------------------------------------------------------------------

    /**
     * Names the request in Pendo's logs.
     *
     * @param requestId the name, sent as {@code request.requestId}
     * @return a new aggregation with the name
     */
    public Aggregation<R> requestId(String requestId) {
        Map<String, String> named = new LinkedHashMap<>(request);
        named.put("requestId", requestId);
        return new Aggregation<>(source, pipeline, named, key);
    }

    /**
     * A name for the aggregation.
     *
     * @param name the name, sent as {@code request.name}
     * @return a new aggregation with the name
     */
    public Aggregation<R> name(String name) {
        Map<String, String> named = new LinkedHashMap<>(request);
        named.put("name", name);
        return new Aggregation<>(source, pipeline, named, key);
    }

    /**
     * The fields that make a row unique, for paging, where the source's are not the ones (or none are known).
     *
     * @param fields the fields, in sort order
     * @return a new aggregation with that key
     */
    public Aggregation<R> keyedBy(String... fields) {
        return new Aggregation<>(source, pipeline, request, List.of(fields));
    }

    /**
     * The request body: {@code {"response": {"mimeType": ...}, "request": {"pipeline": [...]}}}.
     *
     * @return a new body on each call, free to change
     * @throws IllegalStateException for an event source without a time series, which Pendo would refuse
     */
    public ObjectNode toJson() {
        if (source.kind() == Source.Kind.EVENTS && !pipeline.isEmpty() && !pipeline.get(0).path("source").has("timeSeries")) {
            throw new IllegalStateException(source.name() + " is an event source: Pendo needs a time series"
                    + " (timeSeries(TimeSeries.daysBack(7)), for example)");
        }
        ObjectNode body = NODES.objectNode();
        body.putObject("response").put("mimeType", "application/json");
        ObjectNode requestNode = body.putObject("request");
        request.forEach(requestNode::put);
        requestNode.set("pipeline", pipelineJson());
        return body;
    }

    @Override
    public String toString() {
        return pipelineJson().toString();
    }

    private ArrayNode pipelineJson() {
        ArrayNode steps = NODES.arrayNode();
        pipeline.forEach(step -> steps.add(step.deepCopy()));
        return steps;
    }

    private <T> Aggregation<T> then(JsonNode operator, Source<T> rows) {
        List<JsonNode> steps = new ArrayList<>(pipeline);
        steps.add(Objects.requireNonNull(operator, "operator").deepCopy());
        return new Aggregation<>(rows, steps, request, key);
    }

    private Aggregation<R> withSource(Consumer<ObjectNode> change) {
        if (pipeline.isEmpty() || !pipeline.get(0).path("source").isObject()) {
            throw new IllegalStateException("this pipeline does not start with a source: " + this);
        }
        List<JsonNode> steps = new ArrayList<>(pipeline);
        ObjectNode first = steps.get(0).deepCopy();
        change.accept((ObjectNode) first.get("source"));
        steps.set(0, first);
        return new Aggregation<>(source, steps, request, key);
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ObjectNode object(Map<String, String> fields) {
        ObjectNode object = NODES.objectNode();
        fields.forEach(object::put);
        return object;
    }

    private static ObjectNode aggregators(Map<String, Aggregator> fields) {
        ObjectNode object = NODES.objectNode();
        fields.forEach((name, aggregator) -> object.set(name, aggregator.toJson()));
        return object;
    }

    private static JsonNode toNode(Object value) {
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Long || value instanceof Integer) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value == null) {
            return NODES.nullNode();
        }
        throw new IllegalArgumentException("a source parameter is text, a whole number, a boolean or JSON, not "
                + value.getClass().getSimpleName());
    }
}
