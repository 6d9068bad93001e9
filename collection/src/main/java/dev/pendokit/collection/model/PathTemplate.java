package dev.pendokit.collection.model;

import java.util.List;
import java.util.stream.Collectors;

/** The path of an operation: literal segments and {@code :variable} segments. */
public record PathTemplate(List<Segment> segments) {

    /** A literal segment, or a variable one whose {@code text} is the variable's name. */
    public record Segment(String text, boolean variable) {}

    public PathTemplate {
        segments = List.copyOf(segments);
    }

    /** Postman's form: {@code /api/v1/visitor/:visitorId}. */
    @Override
    public String toString() {
        return segments.stream().map(s -> s.variable() ? ":" + s.text() : s.text())
                .collect(Collectors.joining("/", "/", ""));
    }

    /** The RFC 6570 / OpenAPI form: {@code /api/v1/visitor/{visitorId}}. */
    public String toUriTemplate() {
        return segments.stream().map(s -> s.variable() ? "{" + s.text() + "}" : s.text())
                .collect(Collectors.joining("/", "/", ""));
    }
}
