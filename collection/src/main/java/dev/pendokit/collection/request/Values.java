package dev.pendokit.collection.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.model.Parameter;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value rule of documented requests: the caller's value for a name, else the example with its
 * {@code {{placeholders}}} filled, else {@code example-NAME}. A placeholder is filled with the
 * caller's value for its name, else {@code example-NAME}.
 */
final class Values {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]+)}}");

    private final Map<String, String> given;

    Values(Map<String, String> given) {
        this.given = Map.copyOf(given);
    }

    String of(Parameter parameter) {
        return of(parameter.name(), parameter.example());
    }

    String of(String name, String example) {
        String value = given.get(name);
        if (value != null) {
            return value;
        }
        return example == null || example.isBlank() ? placeholder(name) : fill(example);
    }

    /** The value, when the parameter is sent: required ones always, optional ones when the caller gives one. */
    Optional<String> ifSent(Parameter parameter) {
        return parameter.required() || given.containsKey(parameter.name()) ? Optional.of(of(parameter))
                : Optional.empty();
    }

    /** The text with every {@code {{name}}} filled. */
    String fill(String text) {
        if (text.indexOf("{{") < 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            m.appendReplacement(out, Matcher.quoteReplacement(given.getOrDefault(name, placeholder(name))));
        }
        return m.appendTail(out).toString();
    }

    /** A copy of the JSON with every text value filled (an unquoted {@code {{var}}} reads as the text {@code "{{var}}"}). */
    JsonNode fill(JsonNode node) {
        if (node.isTextual()) {
            return JsonNodeFactory.instance.textNode(fill(node.asText()));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(field -> copy.set(field.getKey(), fill(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(fill(element)));
            return copy;
        }
        return node;
    }

    private static String placeholder(String name) {
        return "example-" + name;
    }
}
