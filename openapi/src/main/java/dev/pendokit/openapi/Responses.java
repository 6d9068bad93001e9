package dev.pendokit.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Example;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.runtime.StatusPhrases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every status the requests of a call document (their own, their saved examples' and the
 * collection-wide table's), by status: the reasons as the description, and content where
 * something is known of the body (a shape, a saved example, or text that is not JSON).
 */
final class Responses {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Responses() {}

    static ObjectNode of(Call call, Schemas schemas) {
        Map<Integer, List<Response>> byStatus = new TreeMap<>();
        for (Operation request : call.requests()) {
            for (Response response : request.responses()) {
                byStatus.computeIfAbsent(response.status(), s -> new ArrayList<>()).add(response);
            }
        }
        ObjectNode out = NODES.objectNode();
        byStatus.forEach((status, responses) -> out.set(String.valueOf(status), response(status, responses, schemas)));
        if (out.isEmpty()) {
            out.putObject("default").put("description", "Not documented.");
        }
        return out;
    }

    private static ObjectNode response(int status, List<Response> responses, Schemas schemas) {
        ObjectNode node = NODES.objectNode().put("description", description(status, responses));
        Map<String, List<Response>> byMediaType = new LinkedHashMap<>();
        for (Response response : responses) {
            if (hasContent(response)) {
                byMediaType.computeIfAbsent(MediaTypes.of(response.mediaType(), response.kind()), m -> new ArrayList<>())
                        .add(response);
            }
        }
        if (!byMediaType.isEmpty()) {
            ObjectNode content = node.putObject("content");
            byMediaType.forEach((mediaType, same) -> content.set(mediaType, mediaType(mediaType, same, schemas)));
        }
        return node;
    }

    private static boolean hasContent(Response response) {
        return response.shape() != AnyShape.ANY || !response.examples().isEmpty() || textual(response.kind());
    }

    private static boolean textual(BodyKind kind) {
        return kind == BodyKind.TEXT || kind == BodyKind.XML || kind == BodyKind.CSV;
    }

    private static ObjectNode mediaType(String mediaType, List<Response> responses, Schemas schemas) {
        ObjectNode node = NODES.objectNode();
        node.set("schema", textual(responses.get(0).kind()) && responses.get(0).shape() == AnyShape.ANY
                ? Schemas.scalar(ScalarShape.STRING)
                : schemas.anyOf(responses.stream().map(Response::shape).toList()));
        Examples examples = new Examples();
        for (Response response : responses) {
            for (Example example : response.examples()) {
                examples.addSaved(example.name(), example.body(), MediaTypes.isJson(mediaType));
            }
        }
        if (!examples.isEmpty()) {
            node.set("examples", examples.node());
        }
        return node;
    }

    /** The documented reasons, each once; else the standard phrase. */
    private static String description(int status, List<Response> responses) {
        Set<String> reasons = new LinkedHashSet<>();
        responses.forEach(r -> r.reasons().stream().filter(reason -> !reason.isBlank()).forEach(reasons::add));
        if (!reasons.isEmpty()) {
            return String.join(" / ", reasons);
        }
        String phrase = StatusPhrases.of(status);
        return phrase.isEmpty() ? "Status " + status : phrase;
    }
}
