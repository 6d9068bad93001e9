package dev.pendokit.collection.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * A request body: its kind and media type, the example text exactly as the collection holds it
 * (comments and {@code {{placeholders}}} included), the example read as JSON where it is JSON
 * (leniently), its shape, and the fields of form bodies.
 */
public record RequestBody(BodyKind kind, String mediaType, String example, Optional<JsonNode> exampleJson,
                          boolean strictJson, Shape shape, List<Parameter> formFields) {

    public RequestBody {
        formFields = List.copyOf(formFields);
    }
}
