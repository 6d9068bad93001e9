package dev.pendokit.openapi;

import dev.pendokit.collection.model.BodyKind;
import java.util.Locale;

/** The media type a body is listed under: the collection's, else the usual one of its kind. */
final class MediaTypes {

    private MediaTypes() {}

    static String of(String mediaType, BodyKind kind) {
        if (mediaType != null && !mediaType.isBlank()) {
            // Parameters (charset=...) are not part of the key tools match on.
            return mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        }
        return switch (kind) {
            case JSON, GRAPHQL -> "application/json";
            case XML -> "application/xml";
            case TEXT -> "text/plain";
            case CSV -> "text/csv";
            case FORM_URLENCODED -> "application/x-www-form-urlencoded";
            case MULTIPART_FORM -> "multipart/form-data";
            case BINARY -> "application/octet-stream";
        };
    }

    static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }
}
