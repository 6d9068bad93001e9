package dev.pendokit.pendo.jobs.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An aggregation request body for {@code POST /api/v1/aggregation}, built step by step: a source
 * (with app ids and a time series), then operators in order (filter, select, sort, limit).
 *
 * <pre>{@code
 * JsonNode body = Aggregation.of(Source.PAGE_EVENTS).timeSeries(TimeSeries.daysBack(7)).appIds("*")
 *         .filter("numEvents > 0").sort("visitorId").limit(1000).requestId("nightly").toJson();
 * }</pre>
 */
public final class Aggregation {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Source source;
    private TimeSeries timeSeries;
    private JsonNode appIds;
    private String requestId;
    private final List<JsonNode> operators = new ArrayList<>();

    private Aggregation(Source source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    public static Aggregation of(Source source) {
        return new Aggregation(source);
    }

    public Source source() {
        return source;
    }

    /** The days an event source covers; required for event sources, refused for object sources. */
    public Aggregation timeSeries(TimeSeries timeSeries) {
        if (!source.events()) {
            throw new IllegalArgumentException(source.key() + " is not an event source: select its rows by time with"
                    + " filter(\"" + source.timeField() + " >= ...\") instead of a time series");
        }
        this.timeSeries = timeSeries;
        return this;
    }

    /** All apps of the subscription: {@code "*"}; Pendo reads it as {@code expandAppIds("*")}. */
    public Aggregation appIds(String all) {
        if (!all.equals("*")) {
            throw new IllegalArgumentException("use \"*\" for all apps, or appIds(long...) for some");
        }
        this.appIds = NODES.textNode("expandAppIds(\"*\")");
        return this;
    }

    /** Some apps, by id. */
    public Aggregation appIds(long... ids) {
        ArrayNode array = NODES.arrayNode();
        for (long id : ids) {
            array.add(id);
        }
        this.appIds = array;
        return this;
    }

    /** A filter expression in Pendo's language ({@code lastVisit >= 1693540800000 && visitorId != ""}). */
    public Aggregation filter(String expression) {
        operators.add(NODES.objectNode().put("filter", expression));
        return this;
    }

    /** Keeps only these fields, each under its own name. */
    public Aggregation select(String... fields) {
        Map<String, String> selected = new LinkedHashMap<>();
        for (String field : fields) {
            selected.put(field, field);
        }
        ObjectNode select = NODES.objectNode();
        selected.forEach(select::put);
        operators.add(NODES.objectNode().set("select", select));
        return this;
    }

    /** Sorts by these fields; a leading {@code -} sorts descending. */
    public Aggregation sort(String... fields) {
        ArrayNode sort = NODES.arrayNode();
        for (String field : fields) {
            sort.add(field);
        }
        operators.add(NODES.objectNode().set("sort", sort));
        return this;
    }

    /** At most this many rows. */
    public Aggregation limit(int rows) {
        if (rows <= 0) {
            throw new IllegalArgumentException("limit must be 1 or more, not " + rows);
        }
        operators.add(NODES.objectNode().put("limit", rows));
        return this;
    }

    /** An operator this builder has no method for, as JSON ({@code {"unwind": {"field": "accountIds"}}}). */
    public Aggregation then(JsonNode operator) {
        operators.add(operator.deepCopy());
        return this;
    }

    /** Names the request in Pendo's logs. */
    public Aggregation requestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    /** The request body. */
    public ObjectNode toJson() {
        if (source.events() && timeSeries == null) {
            throw new IllegalStateException(source.key() + " is an event source: Pendo needs a time series"
                    + " (timeSeries(TimeSeries.daysBack(7)), for example)");
        }
        ObjectNode sourceSpec = NODES.objectNode();
        if (appIds == null) {
            sourceSpec.putNull(source.key());
        } else {
            sourceSpec.putObject(source.key()).set("appId", appIds);
        }
        if (timeSeries != null) {
            sourceSpec.set("timeSeries", timeSeries.toJson());
        }
        ObjectNode body = NODES.objectNode();
        body.putObject("response").put("mimeType", "application/json");
        ObjectNode request = body.putObject("request");
        if (requestId != null) {
            request.put("requestId", requestId);
        }
        ArrayNode pipeline = request.putArray("pipeline");
        pipeline.addObject().set("source", sourceSpec);
        operators.forEach(pipeline::add);
        return body;
    }
}
