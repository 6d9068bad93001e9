package dev.pendokit.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.RequestBody;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request body of a call: per media type, the schema of the bodies its requests send and each
 * request's body as a named example (Pendo's aggregation operation keeps all 50 of its queries).
 */
final class RequestBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RequestBodies() {}

    static Optional<ObjectNode> of(Call call, Schemas schemas) {
        Map<String, List<Operation>> byMediaType = new LinkedHashMap<>();
        for (Operation request : call.requests()) {
            request.requestBody().ifPresent(body -> byMediaType
                    .computeIfAbsent(MediaTypes.of(body.mediaType(), body.kind()), m -> new ArrayList<>()).add(request));
        }
        if (byMediaType.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode requestBody = NODES.objectNode();
        ObjectNode content = requestBody.putObject("content");
        byMediaType.forEach((mediaType, requests) -> content.set(mediaType, mediaType(requests, schemas)));
        // Required when every request of the call sends one.
        requestBody.put("required", call.requests().stream().allMatch(r -> r.requestBody().isPresent()));
        return Optional.of(requestBody);
    }

    private static ObjectNode mediaType(List<Operation> requests, Schemas schemas) {
        ObjectNode node = NODES.objectNode();
        RequestBody first = requests.get(0).requestBody().orElseThrow();
        if (first.kind() == BodyKind.FORM_URLENCODED || first.kind() == BodyKind.MULTIPART_FORM) {
            node.set("schema", form(first.formFields()));
        } else {
            List<Shape> shapes = requests.stream().map(r -> r.requestBody().orElseThrow().shape()).toList();
            node.set("schema", textual(first.kind()) ? Schemas.scalar(ScalarShape.STRING)
                    : schemas.anyOf(shapes));
        }
        Examples examples = new Examples();
        for (Operation request : requests) {
            RequestBody body = request.requestBody().orElseThrow();
            if (!body.example().isEmpty() || body.exampleJson().isPresent()) {
                examples.add(request.name(), body.exampleJson(), body.example());
            }
        }
        if (!examples.isEmpty()) {
            node.set("examples", examples.node());
        }
        return node;
    }

    private static boolean textual(BodyKind kind) {
        return kind == BodyKind.TEXT || kind == BodyKind.XML || kind == BodyKind.CSV;
    }

    private static ObjectNode form(List<Parameter> fields) {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        for (Parameter field : fields) {
            ObjectNode property = Schemas.scalar(field.shape());
            if (!field.description().isBlank()) {
                property.put("description", field.description());
            }
            properties.set(field.name(), property);
            if (field.required()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            required.stream().distinct().forEach(schema.putArray("required")::add);
        }
        return schema;
    }
}
