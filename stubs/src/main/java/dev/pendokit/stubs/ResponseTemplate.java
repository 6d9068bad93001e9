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
 * <p>Everything else is the saved text, byte for byte. A body that already holds two opening
 * braces is left alone: Handlebars would read them as a tag (escaping them with a backslash would
 * interfere with JSON's own backslashes).
 */
final class ResponseTemplate {

    private static final JsonFactory JSON = new JsonFactory();
    /**
     * An empty comment, written between a value's three closing braces and the brace that closes
     * its object: Handlebars would read the four braces as a mistaken end of the value's tag.
     */
    private static final String SEPARATOR = "{{!}}";

    private final String body;
    private final Map<Node, RequestValue> matches = new IdentityHashMap<>();
    private final List<Hit> hits = new ArrayList<>();
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
        template.find(root, values, List.of());
        if (template.matches.isEmpty()) {
            return Optional.empty();
        }
        template.chooseRepeats();
        template.write(root, null);
        template.copyTo(body.length());
        return Optional.of(template.out.toString());
    }

    /** Finds the strings that carry a value; {@code arrays} are the arrays around the node, and where in each it is. */
    private void find(Node node, List<RequestValue> values, List<Position> arrays) {
        if (node.token == JsonToken.VALUE_STRING) {
            values.stream().filter(v -> v.answered().contains(node.text)).findFirst().ifPresent(value -> {
                matches.put(node, value);
                hits.add(new Hit(node.text, value, arrays));
            });
            return;
        }
        for (int i = 0; i < node.children.size(); i++) {
            List<Position> around = arrays;
            if (node.token == JsonToken.START_ARRAY) {
                around = new ArrayList<>(arrays);
                around.add(new Position(node, i));
            }
            find(node.children.get(i), values, around);
        }
    }

    /**
     * Chooses the arrays to repeat, one element per value of a query parameter: the innermost
     * array around a value in its first element, where no other element carries the same string
     * (those are the listed ids; a value every element carries is a filter, and stays in each), and
     * no array further out is repeated (a template repeats one list at a time).
     */
    private void chooseRepeats() {
        Map<Node, RequestValue> candidates = new IdentityHashMap<>();
        for (Hit hit : hits) {
            Position inner = hit.innermost();
            if (hit.value.query() && inner != null && inner.index == 0 && hits.stream().noneMatch(other ->
                    other.value == hit.value && other.text.equals(hit.text) && other.innermost() != null
                            && other.innermost().array == inner.array && other.innermost().index > 0)) {
                candidates.putIfAbsent(inner.array, hit.value);
            }
        }
        for (Hit hit : hits) {
            Position inner = hit.innermost();
            if (inner != null && candidates.containsKey(inner.array)
                    && hit.arrays.subList(0, hit.arrays.size() - 1).stream().noneMatch(p -> candidates.containsKey(p.array))) {
                repeated.put(inner.array, candidates.get(inner.array));
            }
        }
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

    /** An element of an array: the array, and which element. */
    private record Position(Node array, int index) {}

    /** A string that carries a value, and the arrays around it, outermost first. */
    private record Hit(String text, RequestValue value, List<Position> arrays) {

        Position innermost() {
            return arrays.isEmpty() ? null : arrays.get(arrays.size() - 1);
        }
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
