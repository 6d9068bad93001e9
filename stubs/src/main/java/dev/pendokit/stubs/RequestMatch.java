package dev.pendokit.stubs;

import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.PathTemplate;
import dev.pendokit.collection.model.RequestBody;
import dev.pendokit.collection.pendo.PendoAggregations;
import dev.pendokit.runtime.UrlEncoding;
import java.util.Optional;

/**
 * What a request must look like to be this operation, as strictly as the documentation says:
 * method, path template, required query parameters, the constant headers that tell variants
 * apart ({@code x-pendo-base64-encoded-params: true}), and for Pendo's aggregation endpoint the
 * source (or operator) the pipeline starts with.
 */
record RequestMatch(RequestPattern pattern, int variableSegments, int constraints) {

    static RequestMatch of(Operation operation) {
        int variables = 0;
        StringBuilder path = new StringBuilder();
        for (PathTemplate.Segment segment : operation.path().segments()) {
            if (segment.variable()) {
                variables++;
                path.append("/{").append(variableName(segment.text())).append('}');
            } else {
                path.append('/').append(UrlEncoding.literalSegment(segment.text()));
            }
        }
        RequestPattern pattern = RequestPattern.path(operation.method(), path.length() == 0 ? "/" : path.toString());
        int constraints = 0;
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.required() || (parameter.in() != ParameterIn.QUERY && parameter.in() != ParameterIn.HEADER)) {
                continue;
            }
            ValueMatch match = parameter.constant() ? new ValueMatch.EqualTo(parameter.example()) : ValueMatch.ANY;
            pattern = parameter.in() == ParameterIn.QUERY ? pattern.withQueryParameter(parameter.name(), match)
                    : pattern.withHeader(parameter.name(), match);
            constraints++;
        }
        Optional<String> pipeline = pipelineStart(operation);
        if (pipeline.isPresent()) {
            pattern = pattern.withBodyJsonPath(pipeline.get());
            constraints++;
        }
        return new RequestMatch(pattern, variables, constraints);
    }

    /** A path variable's name in the {@code urlPathTemplate} (and so in {@code request.path}): WireMock's take only these characters. */
    static String variableName(String variable) {
        return variable.replaceAll("[^A-Za-z0-9_]", "_");
    }

    /**
     * For an operation that takes Pendo aggregation pipelines, a JSON path that holds when the
     * pipeline starts with the same source ({@code {"source": {"visitors": null}}}) or operator
     * ({@code {"pes": {...}}}) as its example: the collection's 50 aggregation examples are one
     * POST, told apart this way. A filter is used because the source's value is often null, which a
     * plain path does not match.
     */
    static Optional<String> pipelineStart(Operation operation) {
        if (!PendoAggregations.takesPipelines(operation)) {
            return Optional.empty();
        }
        return PendoAggregations.firstStep(operation.requestBody().flatMap(RequestBody::exampleJson).orElseThrow())
                .map(step -> "$.request.pipeline[0][?(@." + step + ")]");
    }
}
