package dev.pendokit.collection.model;

import java.util.List;

/**
 * A documented response status of an operation with its reasons (a code may be documented more
 * than once, with different reasons), media type, examples and body shape.
 */
public record Response(int status, List<String> reasons, ResponseSource source, BodyKind kind, String mediaType,
                       List<Example> examples, Shape shape) {

    public Response {
        reasons = List.copyOf(reasons);
        examples = List.copyOf(examples);
    }

    /** The first documented reason, or the empty string. */
    public String reason() {
        return reasons.isEmpty() ? "" : reasons.get(0);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
