package dev.pendokit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.PathTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The path, query and header parameters of a call. A parameter is required when every request of
 * the call requires it (path parameters always are). Headers OpenAPI describes elsewhere are left
 * out: {@code Content-Type} and {@code Accept} (the media types), {@code Authorization} and the
 * API key's header (the security scheme).
 */
final class Parameters {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> DESCRIBED_ELSEWHERE = Set.of("content-type", "accept", "authorization");

    private Parameters() {}

    static ArrayNode of(Call call) {
        Map<String, ObjectNode> byKey = new LinkedHashMap<>();
        Map<String, Integer> requiredCount = new LinkedHashMap<>();
        for (PathTemplate.Segment segment : call.template().segments()) {
            if (segment.variable()) {
                byKey.put("path:" + segment.text(), pathParameter(segment.text(), call));
            }
        }
        for (Operation request : call.requests()) {
            for (Parameter parameter : request.parameters()) {
                if (parameter.in() == ParameterIn.FORM || parameter.in() == ParameterIn.PATH
                        || parameter.in() == ParameterIn.HEADER && describedElsewhere(parameter, request.auth())) {
                    continue;
                }
                String key = parameter.in() + ":" + parameter.name();
                byKey.putIfAbsent(key, parameter(parameter));
                if (parameter.required()) {
                    requiredCount.merge(key, 1, Integer::sum);
                }
            }
        }
        ArrayNode out = NODES.arrayNode();
        byKey.forEach((key, node) -> {
            if (!key.startsWith("path:")) {
                node.put("required", requiredCount.getOrDefault(key, 0) == call.requests().size());
            }
            out.add(node);
        });
        return out;
    }

    private static boolean describedElsewhere(Parameter header, AuthScheme auth) {
        String name = header.name().toLowerCase(Locale.ROOT);
        return DESCRIBED_ELSEWHERE.contains(name)
                || auth instanceof AuthScheme.ApiKey key && key.in() == AuthScheme.In.HEADER
                        && key.name().equalsIgnoreCase(header.name());
    }

    /**
     * A path variable under the document's name, described by the first request's parameter
     * (under that request's own name for it) where it has one.
     */
    private static ObjectNode pathParameter(String name, Call call) {
        Operation request = call.first();
        String own = Call.ownName(request, call.template(), name).orElse(name);
        List<Parameter> declared = request.parameters(ParameterIn.PATH).stream()
                .filter(p -> p.name().equals(own)).toList();
        ObjectNode node = declared.isEmpty()
                ? NODES.objectNode().put("name", name).put("in", "path")
                : parameter(declared.get(0)).put("name", name);
        if (declared.isEmpty()) {
            node.putObject("schema").put("type", "string");
        }
        node.put("required", true);
        return node;
    }

    /** The example as the schema types it ({@code -323232} a number where the schema says integer), else as text. */
    private static JsonNode typed(String example, ObjectNode schema) {
        String type = schema.path("type").asText();
        try {
            switch (type) {
                case "integer":
                    return NODES.numberNode(new java.math.BigInteger(example));
                case "number":
                    return NODES.numberNode(new java.math.BigDecimal(example));
                case "boolean":
                    if (example.equals("true") || example.equals("false")) {
                        return NODES.booleanNode(Boolean.parseBoolean(example));
                    }
                    break;
                default:
                    break;
            }
        } catch (NumberFormatException notANumber) {
            // a placeholder such as <appId>: kept as the collection writes it
        }
        return NODES.textNode(example);
    }

    private static ObjectNode parameter(Parameter parameter) {
        ObjectNode node = NODES.objectNode()
                .put("name", parameter.name())
                .put("in", parameter.in().name().toLowerCase(Locale.ROOT));
        if (!parameter.description().isBlank()) {
            node.put("description", parameter.description());
        }
        ObjectNode value = Schemas.scalar(parameter.shape());
        if (parameter.constant()) {
            value.putArray("enum").add(typed(parameter.example(), value));
        }
        if (parameter.list()) {
            // id=pageId1,pageId2: one value, its items joined by commas.
            node.put("style", parameter.in() == ParameterIn.QUERY ? "form" : "simple").put("explode", false);
            ObjectNode array = node.putObject("schema").put("type", "array");
            array.set("items", value);
        } else {
            node.set("schema", value);
        }
        if (!parameter.example().isEmpty()) {
            if (parameter.list()) {
                ArrayNode items = node.putArray("example");
                for (String item : parameter.example().split(",", -1)) {
                    items.add(typed(item.strip(), value));
                }
            } else {
                node.set("example", typed(parameter.example(), value));
            }
        }
        return node;
    }
}
