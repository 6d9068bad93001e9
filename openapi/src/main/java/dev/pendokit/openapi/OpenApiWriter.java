package dev.pendokit.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Server;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the OpenAPI 3.1 document of an API model: one operation per method and path, with the
 * requests that make that call as its examples; component schemas named as the client's models;
 * the auth as security schemes; the regions as servers; the folders as tags. Everything comes in
 * the model's order (component schemas sorted by name), with no date: the same model gives the
 * same bytes.
 */
public final class OpenApiWriter {

    public static final String OPENAPI_VERSION = "3.1.0";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiModel model;
    private final OpenApiOptions options;
    private final List<Call> calls;
    private final Schemas schemas = new Schemas();
    private final Security security;
    private final OperationIds operationIds = new OperationIds();
    private final Server documentServer;

    private OpenApiWriter(ApiModel model, OpenApiOptions options) {
        this.model = model;
        this.options = options;
        this.calls = Call.of(model.operations());
        this.security = new Security(calls);
        this.documentServer = mostUsedServer();
    }

    public static OpenApiDocument write(ApiModel model, OpenApiOptions options) {
        return new OpenApiWriter(model, options).document();
    }

    private OpenApiDocument document() {
        ObjectNode root = NODES.objectNode().put("openapi", OPENAPI_VERSION);
        root.set("info", info());
        // Without a call there is no host: OpenAPI's default server written out, which tools ask for.
        root.set("servers", documentServer != null ? Servers.of(documentServer, model)
                : NODES.arrayNode().add(NODES.objectNode().put("url", "/")));
        security.documentRequirement().filter(r -> !r.isEmpty()).ifPresent(r -> root.set("security", r));
        ArrayNode tags = tags();
        if (!tags.isEmpty()) {
            root.set("tags", tags);
        }
        root.set("paths", paths());
        ObjectNode components = NODES.objectNode();
        components.set("schemas", schemas.components(model.types()));
        if (!security.isEmpty()) {
            components.set("securitySchemes", security.schemes());
        }
        root.set("components", components);
        return new OpenApiDocument(root);
    }

    private ObjectNode info() {
        ObjectNode info = NODES.objectNode().put("title", model.name().isBlank() ? "API" : model.name());
        if (!model.description().isBlank()) {
            info.put("description", model.description());
        }
        return info.put("version", options.apiVersion());
    }

    /** The folders, as tags, in the order they come. */
    private ArrayNode tags() {
        Set<String> groups = new LinkedHashSet<>();
        calls.forEach(call -> call.requests().stream().map(Operation::group).filter(g -> !g.isBlank())
                .forEach(groups::add));
        ArrayNode tags = NODES.arrayNode();
        groups.forEach(group -> tags.addObject().put("name", group));
        return tags;
    }

    private ObjectNode paths() {
        ObjectNode paths = NODES.objectNode();
        for (Call call : calls) {
            ObjectNode item = paths.has(call.path()) ? (ObjectNode) paths.get(call.path()) : paths.putObject(call.path());
            item.set(call.method(), operation(call));
        }
        return paths;
    }

    private ObjectNode operation(Call call) {
        Operation first = call.first();
        ObjectNode node = NODES.objectNode();
        Set<String> groups = call.requests().stream().map(Operation::group).filter(g -> !g.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!groups.isEmpty()) {
            groups.forEach(node.putArray("tags")::add);
        }
        node.put("summary", first.name());
        String description = description(call);
        if (!description.isBlank()) {
            node.put("description", description);
        }
        node.put("operationId", operationIds.of(first));
        ArrayNode parameters = Parameters.of(call);
        if (!parameters.isEmpty()) {
            node.set("parameters", parameters);
        }
        RequestBodies.of(call, schemas).ifPresent(body -> node.set("requestBody", body));
        node.set("responses", Responses.of(call, schemas));
        security.callRequirement(call).ifPresent(r -> node.set("security", r));
        if (documentServer != null && !first.server().template().equals(documentServer.template())) {
            node.set("servers", Servers.of(first.server(), model));
        }
        return node;
    }

    /** The first request's description; where several requests make the call, their names too. */
    private static String description(Call call) {
        String description = call.first().description().strip();
        if (call.requests().size() == 1) {
            return description;
        }
        String names = call.requests().stream().map(r -> "- " + String.join(" / ", r.folders()) + " / " + r.name())
                .collect(Collectors.joining("\n"));
        return (description.isEmpty() ? "" : description + "\n\n") + "The collection documents this call as "
                + call.requests().size() + " requests (the bodies of those that send one are the request body's examples):\n\n"
                + names;
    }

    /** The host most calls go to: the document's servers; calls elsewhere name their own. */
    private Server mostUsedServer() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Server> byTemplate = new LinkedHashMap<>();
        for (Call call : calls) {
            counts.merge(call.first().server().template(), 1, Integer::sum);
            byTemplate.putIfAbsent(call.first().server().template(), call.first().server());
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> byTemplate.get(e.getKey()))
                .orElse(null);
    }
}
