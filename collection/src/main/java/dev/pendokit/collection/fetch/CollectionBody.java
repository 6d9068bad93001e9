package dev.pendokit.collection.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.json.JsonTrees;
import dev.pendokit.runtime.SecretMask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks that an answer is a Postman collection before the reader sees it: either the collection
 * itself (a documentation page's collection JSON) or Postman's API wrapper
 * {@code {"collection": {...}}}, which {@code PostmanReader} unwraps. Anything else (a login page,
 * an error object, a redirect page) gets a message saying what came back instead, because the
 * reader's own message ("there is no info object") would not tell a user they fetched the wrong URL.
 */
final class CollectionBody {

    private static final int SHOWN_CHARS = 80;

    private CollectionBody() {}

    static void check(byte[] body, String contentType, String shownUrl, String key) {
        JsonNode root;
        try {
            root = JsonTrees.read(body);
        } catch (IOException e) {
            throw notCollection(body, contentType, shownUrl, key, "a body that is not JSON");
        }
        if (root == null) {
            throw notCollection(body, contentType, shownUrl, key, "an empty body");
        }
        boolean collection = root.path("info").isObject() || root.path("collection").path("info").isObject();
        if (!collection) {
            throw notCollection(body, contentType, shownUrl, key, "JSON that is not a Postman collection");
        }
    }

    private static CollectionException notCollection(byte[] body, String contentType, String shownUrl,
                                                     String key, String what) {
        return new CollectionException(shownUrl + " answered with " + what + " (" + contentType
                + ", starting " + start(body, key) + "). Use the collection's JSON"
                + " URL: Postman's API https://api.getpostman.com/collections/{uid} or the documentation"
                + " page's collection JSON, not the page itself");
    }

    /** The first characters of the body on one line, masked, quoted; masked whole before the cut so no part of a key shows. */
    static String start(byte[] body, String key) {
        String text = SecretMask.of(key == null ? List.of() : List.of(key))
                .mask(new String(body, StandardCharsets.UTF_8))
                .replaceAll("\\s+", " ").strip();
        return "\"" + (text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "..." : text) + "\"";
    }
}
