package dev.pendokit.collection.postman;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * An auth block ({@code apikey}, {@code bearer}, {@code basic}, {@code noauth}, or any other type
 * kept as data). {@code attributes} holds the block's key/value pairs as text, whether the file
 * wrote them as v2.1 arrays or v2.0 objects. {@code toString()} never shows their values.
 */
public record PostmanAuth(String type, Map<String, String> attributes) {

    public PostmanAuth {
        attributes = Map.copyOf(attributes);
    }

    /** An attribute's value, or the empty string. */
    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }

    @Override
    public String toString() {
        return type + attributes.keySet().stream().sorted().collect(Collectors.joining(", ", "[", "]"));
    }
}
