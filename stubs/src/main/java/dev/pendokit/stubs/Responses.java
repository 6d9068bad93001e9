package dev.pendokit.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.collection.json.JsonTrees;
import dev.pendokit.collection.model.Example;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.shape.SampleValues;
import dev.pendokit.runtime.StatusPhrases;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a stub answers for a documented response: the saved example where the collection has
 * one; otherwise a body made from the documented shape (JSON), a small CSV for CSV exports, an
 * XLIFF document for XML, or a Pendo-style JSON error carrying the documented reason. 429 comes
 * with its reason phrase and a {@code Retry-After}.
 */
final class Responses {

    /** A response, and its body when it has one (for moving large bodies to files). */
    record Answer(StubResponse response, String body, String extension) {}

    static final String CSV = "visitorId,accountId,lastVisit\nvisitor-0001,account-0001,1693540800000\n"
            + "visitor-0002,account-0001,1693627200000\n";
    static final String XLIFF = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
            + "  <file original=\"guide-0001\" source-language=\"en-US\" target-language=\"fr\" datatype=\"plaintext\">\n"
            + "    <body>\n      <trans-unit id=\"step-0001\">\n        <source>Welcome</source>\n"
            + "        <target>Bienvenue</target>\n      </trans-unit>\n    </body>\n  </file>\n</xliff>\n";

    private Responses() {}

    static Answer of(Response response, int exampleIndex) {
        if (exampleIndex < response.examples().size()) {
            Example example = response.examples().get(exampleIndex);
            String type = example.mediaType().isEmpty() ? response.mediaType() : example.mediaType();
            return answer(response.status(), type, example.body());
        }
        if (response.status() >= 400) {
            return new Answer(error(response.status(), response.reason()), null, ".json");
        }
        return switch (response.kind()) {
            case CSV -> answer(response.status(), "text/csv", CSV);
            case XML -> answer(response.status(), "application/xml", XLIFF);
            case TEXT -> answer(response.status(), response.mediaType(), "OK");
            default -> answer(response.status(), "application/json", json(SampleValues.of(response.shape())));
        };
    }

    /** A Pendo-style error ({@link ErrorBodies}): the status, its phrase and what the documentation says it means. */
    static StubResponse error(int status, String message) {
        return definition(status, "application/json", json(ErrorBodies.of(status, message)));
    }

    private static Answer answer(int status, String mediaType, String body) {
        String extension = mediaType.contains("csv") ? ".csv" : mediaType.contains("xml") ? ".xml"
                : mediaType.contains("json") ? ".json" : ".txt";
        return new Answer(definition(status, mediaType, body), body, extension);
    }

    private static StubResponse definition(int status, String mediaType, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", mediaType);
        if (status == 429) {
            headers.put("Retry-After", "1");
        }
        boolean hasBody = body != null && !body.isEmpty() && status != 204;
        return new StubResponse(status, StatusPhrases.of(status), headers, hasBody ? body : null, null, false);
    }

    private static String json(JsonNode node) {
        // Not an ObjectMapper: the mock writes these answers as it starts, where building one costs more.
        return JsonTrees.write(node);
    }
}
