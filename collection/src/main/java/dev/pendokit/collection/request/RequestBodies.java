package dev.pendokit.collection.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.RequestBody;
import dev.pendokit.runtime.Forms;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** The body of a documented request: strict JSON, an encoded form, or the example as written. */
final class RequestBodies {

    /** Fixed, so that the same request gives the same bytes (pact files, recordings). */
    static final String BOUNDARY = "pendokit-documented-request";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestBodies() {}

    static DocumentedRequest.Body of(RequestBody body, Values values, Map<Parameter, String> sent) {
        if (body.exampleJson().isPresent()) {
            JsonNode json = values.fill(body.exampleJson().get());
            return new DocumentedRequest.Body(body.mediaType(), write(json), Optional.of(json));
        }
        if (body.kind() == BodyKind.FORM_URLENCODED || body.kind() == BodyKind.MULTIPART_FORM) {
            Forms form = Forms.builder();
            for (Parameter field : body.formFields()) {
                // A file part goes as its file's name: the file itself is on the documenter's machine.
                values.ifSent(field).ifPresent(value -> {
                    form.field(field.name(), value);
                    sent.put(field, value);
                });
            }
            Forms.Encoded encoded = body.kind() == BodyKind.FORM_URLENCODED ? form.urlencoded()
                    : form.multipart(BOUNDARY);
            return new DocumentedRequest.Body(encoded.contentType(), new String(encoded.bytes(),
                    StandardCharsets.UTF_8), Optional.empty());
        }
        return new DocumentedRequest.Body(body.mediaType(), values.fill(body.example()), Optional.empty());
    }

    private static String write(JsonNode json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that Jackson cannot write", e);
        }
    }
}
