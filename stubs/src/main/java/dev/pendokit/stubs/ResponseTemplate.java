package dev.pendokit.stubs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON answer made a WireMock (Handlebars) response template that carries the request's values
 * where the saved answer carries the documented request's: each JSON string equal to one of them
 * becomes {@code {{{toJson VALUE}}}}. {@code toJson} writes the value as a JSON string whatever it
 * holds (quotes, backslashes, control characters; WireMock's Handlebars does not HTML-escape, and
 * the triple stash would keep it from doing so if it did). Where a query parameter's value is in
 * the first element of an array (the pages listed by {@code id=}), the array has one element per
 * value asked for, made from that first element.
 *
 * <p>Everything else is the saved text, byte for byte. A body that already holds {@code {{} is
 * left alone: Handlebars would read it.
 */
final class ResponseTemplate {

    private static final JsonFactory JSON = new JsonFactory();
    /** Between a value's {@code }}}} and a {@code }} that closes its object, so that the parser does not read {@code }}}}}. */
    private static final String SEPARATOR = "{{!}}";

    private final String body;
    private final Map<Node, RequestValue> matches = new IdentityHashMap<>();
    private final Map<Node, RequestValue> repeated = new IdentityHashMap<>();
    private final StringBuilder out = new StringBuilder();
    /** How much of the body is in the template (or left out) so far. */
    private int copied;
    private boolean afterValue;

    private ResponseTemplate(String body) {
        this.body = body;
    }

    /** The template, or empty when the body is not JSON or carries none of the values. */
    static Optional<String> of(String body, List<RequestValue> values) {
        if (values.isEmpty() || body == null || body.contains("{{")) {
            return Optional.empty();
        }
        Node root;
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            root = Node.read(parser);
            if (parser.nextToken() != null) {
                return Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON (or not strictly): answered as saved.
            return Optional.empty();
        }
        ResponseTemplate template = new ResponseTemplate(body);
        template.find(root, values, new ArrayList<>());
        if (template.matches.isEmpty()) {
            return Optional.empty();
        }
        template.write(root, null);
        template.copyTo(body.length());
        return Optional.of(template.out.toString());
    }

    /** Marks the strings that carry a value, and the arrays to repeat per value; {@code arrays} are those around the node. */
    private void find(Node node, List<RequestValue> values, List<Node> arrays) {
        if (node.token == JsonToken.VALUE_STRING) {
            values.stream().filter(v -> v.answered().contains(node.text)).findFirst().ifPresent(value -> {
                matches.put(node, value);
                if (value.query()) {
                    repeatable(arrays).ifPresent(array -> repeated.putIfAbsent(array, value));
                }
            });
            return;
        }
        boolean array = node.token == JsonToken.START_ARRAY;
        for (int i = 0; i < node.children.size(); i++) {
            List<Node> around = arrays;
            if (array) {
                around = new ArrayList<>(arrays);
                around.add(i == 0 ? node : null);
            }
            find(node.children.get(i), values, around);
        }
    }

    /**
     * The array to repeat for a value found in it: the innermost around it, when the value is in
     * its first element and no array further out is repeated already (a template repeats one
     * list at a time).
     */
    private Optional<Node> repeatable(List<Node> arrays) {
        Node innermost = arrays.isEmpty() ? null : arrays.get(arrays.size() - 1);
        if (innermost == null) {
            return Optional.empty();
        }
        boolean outerRepeated = arrays.subList(0, arrays.size() - 1).stream().anyMatch(repeated::containsKey);
        return outerRepeated ? Optional.empty() : Optional.of(innermost);
    }

    /**
     * Writes the template: the saved text up to each value to replace, then the value's
     * expression; {@code each} is the value the array around the node repeats for, or null.
     */
    private void write(Node node, RequestValue each) {
        RequestValue value = matches.get(node);
        if (value != null) {
            copyTo(node.start);
            out.append("{{{toJson ").append(value == each ? "this" : value.one()).append("}}}");
            afterValue = true;
            copied = node.end;
            return;
        }
        RequestValue repeat = repeated.get(node);
        if (repeat == null) {
            node.children.forEach(child -> write(child, each));
            return;
        }
        Node first = node.children.get(0);
        copyTo(first.start);
        tag("{{#each " + repeat.each() + "}}{{#unless @first}},{{/unless}}");
        write(first, repeat);
        copyTo(first.end);
        tag("{{/each}}");
        // The other elements are left out, and the space after the last: from the closing bracket on.
        copied = node.end - 1;
    }

    private void tag(String tag) {
        out.append(tag);
        afterValue = false;
    }

    /** Copies the saved text from where the copy is up to {@code to}. */
    private void copyTo(int to) {
        if (copied >= to) {
            return;
        }
        if (afterValue && body.charAt(copied) == '}') {
            out.append(SEPARATOR);
        }
        out.append(body, copied, to);
        copied = to;
        afterValue = false;
    }

    /** A JSON value and where it is in the text: {@code [start, end)}; a container's children are its values. */
    private static final class Node {
        private final JsonToken token;
        private final int start;
        private int end;
        private final String text;
        private final List<Node> children = new ArrayList<>();

        private Node(JsonToken token, int start, String text) {
            this.token = token;
            this.start = start;
            this.text = text;
        }

        /** The value at the parser's current token, read to its end. */
        static Node read(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            int start = Math.toIntExact(parser.currentTokenLocation().getCharOffset());
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                Node node = new Node(token, start, null);
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_OBJECT && next != JsonToken.END_ARRAY) {
                    if (next == JsonToken.FIELD_NAME) {
                        parser.nextToken();
                    }
                    node.children.add(read(parser));
                }
                node.end = Math.toIntExact(parser.currentTokenLocation().getCharOffset()) + 1;
                return node;
            }
            Node node = new Node(token, start, parser.getText());
            node.end = Math.toIntExact(parser.currentLocation().getCharOffset());
            return node;
        }
    }
}
