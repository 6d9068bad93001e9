package dev.pendokit.mock;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Values filed under path shapes, {@code /api/v1/visitor/{}}, found from a request's path by
 * walking its segments: a literal segment of a shape must equal the request's, a variable one
 * takes any segment. The walk visits only the shapes that fit, so finding the values for a path
 * costs the same with ten shapes or ten thousand.
 *
 * <p>It may find more than fits, never less: a literal segment is filed and looked up both as
 * written and percent-decoded, since a template's literal and a request's segment may spell the
 * same text either way. Whoever asks checks each value found in full.
 */
final class PathTrie<T> {

    private final Node<T> root = new Node<>();

    /**
     * Files a value under a shape.
     *
     * @param segments the shape's segments after the first {@code /}, as {@link #segments} splits
     *     them; null for a variable segment
     */
    void add(List<String> segments, T value) {
        Node<T> node = root;
        for (String segment : segments) {
            if (segment == null) {
                if (node.variable == null) {
                    node.variable = new Node<>();
                }
                node = node.variable;
            } else {
                node = node.child(segment);
            }
        }
        node.values.add(value);
    }

    /** Gives {@code found} every value whose shape fits the path's segments. */
    void find(String[] segments, Consumer<T> found) {
        find(root, segments, 0, found);
    }

    private static <T> void find(Node<T> node, String[] segments, int at, Consumer<T> found) {
        if (at == segments.length) {
            node.values.forEach(found);
            return;
        }
        String segment = segments[at];
        Node<T> literal = node.literals.get(segment);
        if (literal != null) {
            find(literal, segments, at + 1, found);
        }
        String decoded = decode(segment);
        if (!decoded.equals(segment)) {
            Node<T> decodedLiteral = node.literals.get(decoded);
            if (decodedLiteral != null && decodedLiteral != literal) {
                find(decodedLiteral, segments, at + 1, found);
            }
        }
        if (node.variable != null) {
            find(node.variable, segments, at + 1, found);
        }
    }

    /** A path's segments after its first {@code /}: {@code /a//b/} gives {@code a, "", b, ""}. */
    static String[] segments(String path) {
        return (path.startsWith("/") ? path.substring(1) : path).split("/", -1);
    }

    /** The segment percent-decoded, or as it is when it does not decode ({@code %zz}). */
    static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        try {
            // Not as a form: a + in a path is a plus.
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    private static final class Node<T> {

        private final Map<String, Node<T>> literals = new HashMap<>();
        private final List<T> values = new ArrayList<>();
        private Node<T> variable;

        /** The child for a literal, filed under its decoded spelling too unless that one leads elsewhere already. */
        Node<T> child(String segment) {
            Node<T> child = literals.computeIfAbsent(segment, s -> new Node<>());
            literals.putIfAbsent(decode(segment), child);
            return child;
        }
    }
}
