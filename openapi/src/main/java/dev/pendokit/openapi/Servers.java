package dev.pendokit.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Regions;
import dev.pendokit.collection.model.Server;
import dev.pendokit.collection.model.Variable;
import java.util.Map;

/**
 * The servers of a host: one per region where its variable's description names regions (Pendo's
 * US, EU, US1, JPN and AU, as the client's {@code Region}), else its URL with the collection's
 * variables filled in. A host whose variable has no value is written relative ({@code /}),
 * saying which variable to set.
 */
final class Servers {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Servers() {}

    static ArrayNode of(Server server, ApiModel model) {
        ArrayNode out = NODES.arrayNode();
        String description = model.variables().stream().filter(v -> v.name().equals(server.variable()))
                .map(Variable::description).findFirst().orElse("");
        Map<String, String> regions = Regions.listedIn(description);
        if (regions.size() >= Regions.AT_LEAST) {
            regions.forEach((region, url) -> out.add(NODES.objectNode().put("url", url).put("description", region)));
            return out;
        }
        String url = server.defaultUrl();
        if (url.isBlank() || url.contains("{{")) {
            out.add(NODES.objectNode().put("url", "/").put("description",
                    "Set " + (server.variable().isEmpty() ? server.template() : "{{" + server.variable() + "}}")
                            + ": the collection gives no value"));
        } else {
            ObjectNode node = NODES.objectNode().put("url", url);
            if (!description.isBlank()) {
                node.put("description", description);
            }
            out.add(node);
        }
        return out;
    }
}
