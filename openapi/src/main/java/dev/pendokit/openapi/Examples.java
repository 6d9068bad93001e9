package dev.pendokit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Named examples of a media type. Each gets a key made from its name (letters, digits, {@code -},
 * {@code _} and {@code .}, so tools can use it in URLs and as Prism's {@code Prefer: example=KEY}),
 * unique in its map, the name itself as {@code summary}, and its value: JSON where the body reads
 * as JSON, else the text as written.
 */
final class Examples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper STRICT_JSON = new ObjectMapper();

    private final ObjectNode examples = NODES.objectNode();
    private final Set<String> keys = new HashSet<>();

    boolean isEmpty() {
        return examples.isEmpty();
    }

    ObjectNode node() {
        return examples;
    }

    void add(String name, Optional<JsonNode> json, String text) {
        ObjectNode example = NODES.objectNode();
        if (!name.isBlank()) {
            example.put("summary", name);
        }
        example.set("value", json.isPresent() ? json.get() : NODES.textNode(text));
        examples.set(claim(name), example);
    }

    /** A saved example response: JSON when its text is JSON. */
    void addSaved(String name, String body, boolean json) {
        add(name, json ? parse(body) : Optional.empty(), body);
    }

    private static Optional<JsonNode> parse(String body) {
        try {
            return Optional.of(STRICT_JSON.readTree(body)).filter(n -> !n.isMissingNode());
        } catch (Exception e) {
            return Optional.empty(); // not JSON after all: kept as text
        }
    }

    private String claim(String name) {
        String base = key(name);
        String key = base;
        for (int n = 2; !keys.add(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    /** "visitors by segmentId" → {@code visitors-by-segmentId}. */
    static String key(String name) {
        String key = name.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return key.isEmpty() ? "example" : key;
    }
}
