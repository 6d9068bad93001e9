package dev.pendokit.collection.model;

import dev.pendokit.runtime.UrlEncoding;
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

    /**
     * The RFC 6570 form as it goes on the wire: each literal segment percent-encoded where a path
     * cannot hold it as written ({@code {{var}}}, spaces), so that a literal never reads as a
     * variable. What generated clients fill in and what stubs and the mock match.
     */
    public String toEncodedUriTemplate() {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            out.append('/').append(segment.variable() ? "{" + segment.text() + "}"
                    : UrlEncoding.literalSegment(segment.text()));
        }
        return out.length() == 0 ? "/" : out.toString();
    }
}
