package dev.pendokit.collection.pendo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.RequestBody;
import java.util.Iterator;
import java.util.Optional;

/**
 * Pendo's aggregation API as the model sees it: a query sent as POST, whose body is a pipeline
 * ({@code {"request": {"pipeline": [{"source": {"visitors": null}}, {"limit": 1}]}}}) and whose
 * answer is rows. The one place that knows the shape of a pipeline; the resolver, the stubs, the
 * mock and live drift ask here.
 */
public final class PendoAggregations {

    private PendoAggregations() {}

    /** Whether a JSON body is an aggregation: an object whose {@code request.pipeline} is an array. */
    public static boolean isPipeline(JsonNode body) {
        return body != null && body.path("request").path("pipeline").isArray();
    }

    /** Whether the operation takes pipelines: a POST that only reads, documented with a pipeline body. */
    public static boolean takesPipelines(Operation operation) {
        return operation.method().equals("POST") && operation.readOnly()
                && operation.requestBody().flatMap(RequestBody::exampleJson).map(PendoAggregations::isPipeline)
                        .orElse(false);
    }

    /**
     * What a pipeline starts with: {@code source.visitors} for {@code {"source": {"visitors": null}}}
     * (a time series beside the source is not the source), or the operator ({@code pes}) of a
     * pipeline that starts with one; empty when the body says neither.
     */
    public static Optional<String> firstStep(JsonNode body) {
        JsonNode first = isPipeline(body) ? body.path("request").path("pipeline").path(0) : null;
        if (first == null || !first.isObject() || first.isEmpty()) {
            return Optional.empty();
        }
        String step = first.fieldNames().next();
        if (!step.equals("source")) {
            return Optional.of(step);
        }
        for (Iterator<String> names = first.path("source").fieldNames(); names.hasNext(); ) {
            String source = names.next();
            if (!source.equals("timeSeries")) {
                return Optional.of("source." + source);
            }
        }
        return Optional.empty();
    }

    /** A query for the first row of a source ({@code visitors}), as JSON. */
    public static String firstRowOf(String source) {
        return "{\"response\":{\"mimeType\":\"application/json\"},\"request\":{\"pipeline\":[{\"source\":{"
                + JsonNodeFactory.instance.textNode(source) + ":null}},{\"limit\":1}]}}";
    }
}
