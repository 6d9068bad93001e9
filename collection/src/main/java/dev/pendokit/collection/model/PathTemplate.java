package dev.pendokit.collection.model;

import java.util.List;

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
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            out.append('/').append(segment.variable() ? ":" : "").append(segment.text());
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    /** The RFC 6570 / OpenAPI form: {@code /api/v1/visitor/{visitorId}}. */
    public String toUriTemplate() {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            out.append('/').append(segment.variable() ? "{" + segment.text() + "}" : segment.text());
        }
        return out.length() == 0 ? "/" : out.toString();
    }
}
