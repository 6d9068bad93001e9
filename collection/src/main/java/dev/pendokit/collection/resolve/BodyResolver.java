package dev.pendokit.collection.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.collection.json.LenientJson;
import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.RequestBody;
import dev.pendokit.collection.naming.UniqueNames;
import dev.pendokit.collection.postman.FormPart;
import dev.pendokit.collection.postman.KeyValue;
import dev.pendokit.collection.postman.PostmanBody;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The request body of one request: its kind and media type (the request's {@code Content-Type}
 * header first, Postman's language hint second), its example exactly as written, the example
 * read leniently as JSON where it is JSON, and the fields of form bodies. Its shape is worked out
 * by the caller, which also knows the documented tables.
 */
final class BodyResolver {

    /** A body with the draft of its JSON example (null when it has none). */
    record Resolved(RequestBody body, Draft inferred) {}

    private final ParameterResolver parameters;
    private final Diagnostics diagnostics;

    BodyResolver(ParameterResolver parameters, Diagnostics diagnostics) {
        this.parameters = parameters;
        this.diagnostics = diagnostics;
    }

    Optional<Resolved> resolve(Optional<PostmanBody> body, List<KeyValue> headers, String shapeName,
                               Location where, UniqueNames names) {
        if (body.isEmpty()) {
            return Optional.empty();
        }
        String contentType = "";
        for (KeyValue header : headers) {
            if (!header.disabled() && header.key().equalsIgnoreCase("Content-Type")) {
                contentType = header.value();
                break;
            }
        }
        PostmanBody b = body.get();
        if (b instanceof PostmanBody.Raw raw) {
            return raw(raw, contentType, shapeName, where);
        }
        if (b instanceof PostmanBody.UrlEncoded form) {
            List<Parameter> fields = new ArrayList<>();
            for (KeyValue field : form.fields()) {
                fields.add(parameters.formField(field.key(), !field.disabled(), field.value(), field.description(),
                        false, where, names));
            }
            return fields.isEmpty() ? Optional.empty() : Optional.of(new Resolved(new RequestBody(
                    BodyKind.FORM_URLENCODED, "application/x-www-form-urlencoded", "", Optional.empty(), true,
                    AnyShape.ANY, fields), null));
        }
        if (b instanceof PostmanBody.FormData form) {
            List<Parameter> fields = new ArrayList<>();
            for (FormPart part : form.parts()) {
                fields.add(parameters.formField(part.key(), !part.disabled(), part.file() ? part.src() : part.value(),
                        part.description(), part.file(), where, names));
            }
            return fields.isEmpty() ? Optional.empty() : Optional.of(new Resolved(new RequestBody(
                    BodyKind.MULTIPART_FORM, "multipart/form-data", "", Optional.empty(), true, AnyShape.ANY,
                    fields), null));
        }
        if (b instanceof PostmanBody.GraphQl graphql) {
            return Optional.of(new Resolved(new RequestBody(BodyKind.GRAPHQL, "application/json", graphql.query(),
                    Optional.empty(), true, AnyShape.ANY, List.of()), null));
        }
        PostmanBody.File file = (PostmanBody.File) b;
        return Optional.of(new Resolved(new RequestBody(BodyKind.BINARY,
                contentType.isEmpty() ? "application/octet-stream" : contentType, file.src(), Optional.empty(), true,
                AnyShape.ANY, List.of()), null));
    }

    private Optional<Resolved> raw(PostmanBody.Raw raw, String contentType, String shapeName, Location where) {
        if (raw.text().isBlank()) {
            return Optional.empty();
        }
        String mediaType = contentType.isEmpty() ? mediaTypeOf(raw.language(), raw.text()) : contentType;
        BodyKind kind = MediaTypes.kindOf(mediaType);
        if (kind != BodyKind.JSON) {
            return Optional.of(new Resolved(new RequestBody(kind, mediaType, raw.text(), Optional.empty(), true,
                    AnyShape.ANY, List.of()), null));
        }
        try {
            LenientJson.Parsed parsed = LenientJson.parse(raw.text());
            Draft inferred = ShapeInference.infer(List.of(new ShapeInference.Sample(parsed.value(),
                    new HashSet<>(parsed.unquotedPlaceholders()))), shapeName, "example body");
            return Optional.of(new Resolved(new RequestBody(kind, mediaType, raw.text(),
                    Optional.<JsonNode>of(parsed.value()), parsed.strict(), AnyShape.ANY, List.of()), inferred));
        } catch (LenientJson.SyntaxError e) {
            diagnostics.warning(where.at("/request/body/raw"), "the JSON body is not JSON even when comments and"
                            + " {{placeholders}} are allowed (" + e.getMessage() + "); it is kept as text",
                    "Fix the body at that place, or set its language to Text in Postman");
            return Optional.of(new Resolved(new RequestBody(BodyKind.TEXT, mediaType, raw.text(), Optional.empty(),
                    false, AnyShape.ANY, List.of()), null));
        }
    }

    /** The media type a raw body's language implies; without one, what the text looks like. */
    private static String mediaTypeOf(String language, String text) {
        switch (language.toLowerCase(Locale.ROOT)) {
            case "json":
                return "application/json";
            case "xml":
                return "application/xml";
            case "html":
                return "text/html";
            case "javascript":
                return "application/javascript";
            case "text":
                return "text/plain";
            default:
                String start = text.stripLeading();
                if (start.startsWith("{") || start.startsWith("[")) {
                    return "application/json";
                }
                return start.startsWith("<") ? "application/xml" : "text/plain";
        }
    }
}
