package dev.pendokit.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.PathTemplate;
import dev.pendokit.runtime.UrlEncoding;
import java.util.Iterator;
import java.util.Optional;

/**
 * What a request must look like to be this operation, as strictly as the documentation says:
 * method, path template, required query parameters, the constant headers that tell variants
 * apart ({@code x-pendo-base64-encoded-params: true}), and for Pendo's aggregation endpoint the
 * source (or operator) the pipeline starts with.
 */
record RequestMatch(ObjectNode template, int variableSegments, int constraints) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static RequestMatch of(Operation operation) {
        ObjectNode request = NODES.objectNode();
        request.put("method", operation.method());
        int variables = 0;
        StringBuilder path = new StringBuilder();
        for (PathTemplate.Segment segment : operation.path().segments()) {
            if (segment.variable()) {
                variables++;
                path.append("/{").append(segment.text().replaceAll("[^A-Za-z0-9_]", "_")).append('}');
            } else {
                path.append('/').append(UrlEncoding.literalSegment(segment.text()));
            }
        }
        request.put("urlPathTemplate", path.length() == 0 ? "/" : path.toString());
        int constraints = 0;
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.required() || parameter.in() == ParameterIn.PATH) {
                continue;
            }
            ObjectNode matcher = NODES.objectNode();
            if (parameter.constant()) {
                matcher.put("equalTo", parameter.example());
            } else {
                matcher.put("matches", ".*");
            }
            String group = parameter.in() == ParameterIn.QUERY ? "queryParameters" : "headers";
            if (parameter.in() == ParameterIn.QUERY || parameter.in() == ParameterIn.HEADER) {
                request.withObjectProperty(group).set(parameter.name(), matcher);
                constraints++;
            }
        }
        Optional<String> pipeline = pipelineStart(operation);
        if (pipeline.isPresent()) {
            request.putArray("bodyPatterns").addObject().put("matchesJsonPath", pipeline.get());
            constraints++;
        }
        return new RequestMatch(request, variables, constraints);
    }

    /** A fresh copy of the request pattern, to add selector headers to. */
    ObjectNode request() {
        return template.deepCopy();
    }

    /**
     * For a Pendo aggregation body, a JSON path that holds when the pipeline starts with the same
     * source ({@code {"source": {"visitors": null}}}) or operator ({@code {"pes": {...}}}). A filter
     * is used because the source's value is often null, which a plain path does not match.
     */
    static Optional<String> pipelineStart(Operation operation) {
        JsonNode body = operation.requestBody().flatMap(b -> b.exampleJson()).orElse(null);
        JsonNode first = body == null ? null : body.path("request").path("pipeline").path(0);
        if (first == null || !first.isObject() || first.isEmpty()) {
            return Optional.empty();
        }
        String step = first.fieldNames().next();
        if (!step.equals("source")) {
            return Optional.of("$.request.pipeline[0][?(@." + step + ")]");
        }
        for (Iterator<String> names = first.path("source").fieldNames(); names.hasNext(); ) {
            String source = names.next();
            if (!source.equals("timeSeries")) {
                return Optional.of("$.request.pipeline[0][?(@.source." + source + ")]");
            }
        }
        return Optional.empty();
    }
}
