package dev.pendokit.drift.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.drift.Change;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of collection drift, made by a scripted edit of the Pendo collection, is found and
 * classified exactly: kind, severity, request and place.
 */
class ModelDiffTest {

    private static final ApiModel PENDO = ApiModels.loadBundled(ResolveOptions.DEFAULTS);
    private static final String PAGES = "Page/Return List of All Pages";

    @TempDir
    Path work;

    /** The changes an edit makes, as "severity kind | request | where". */
    private List<String> drift(Consumer<EditedCollection> edit) {
        EditedCollection collection = EditedCollection.pendo();
        edit.accept(collection);
        return ModelDiff.between(PENDO, collection.model(work)).stream().map(ModelDiffTest::line).sorted().toList();
    }

    private static String line(Change change) {
        return change.severity().label() + " " + change.kind() + " | " + change.operation() + " | " + change.where();
    }

    @Test
    void theSameCollectionHasNoDrift() {
        assertThat(drift(c -> {})).isEmpty();
    }

    @Test
    void reorderedItemsAndRewrittenIdsAreNoDrift() {
        assertThat(drift(c -> {
            for (JsonNode folder : c.root.path("item")) {
                ArrayNode items = (ArrayNode) folder.path("item");
                List<JsonNode> reversed = new ArrayList<>();
                items.forEach(reversed::add);
                Collections.reverse(reversed);
                items.removeAll();
                reversed.forEach(item -> items.add(((ObjectNode) item).put("id", UUID.randomUUID().toString())));
            }
            ((ObjectNode) c.root.path("info")).put("_postman_id", UUID.randomUUID().toString());
        })).isEmpty();
    }

    @Test
    void aRemovedRequestIsBreaking() {
        assertThat(drift(c -> c.items("Page").remove(0)))
                .containsExactly("breaking operation-removed | " + PAGES + " | ");
    }

    @Test
    void anAddedRequestIsCompatible() {
        assertThat(drift(c -> {
            ObjectNode copy = c.request(PAGES).deepCopy().put("name", "Return List of All Pages, Sorted");
            ((ArrayNode) copy.path("request").path("url").path("path")).add("sorted");
            c.items("Page").add(copy);
        })).containsExactly("compatible operation-added | Page/Return List of All Pages, Sorted | ");
    }

    @Test
    void aRenamedRequestIsOneCompatibleChangeNotARemovalAndAnAddition() {
        assertThat(drift(c -> c.request("Visitor/Get Visitor by ID").put("name", "Get a Visitor")))
                .containsExactly("compatible operation-renamed | Visitor/Get a Visitor | ");
    }

    @Test
    void aChangedPathIsBreaking() {
        assertThat(drift(c -> ((ArrayNode) c.request("Visitor/Get Visitor by ID").path("request").path("url")
                .path("path")).set(2, "visitors")))
                .containsExactly("breaking path-changed | Visitor/Get Visitor by ID | path");
    }

    @Test
    void parametersAddedRemovedAndMadeRequired() {
        assertThat(drift(c -> {
            ArrayNode query = (ArrayNode) c.request(PAGES).path("request").path("url").path("query");
            ((ObjectNode) query.get(0)).remove("disabled"); // expand: optional -> required
            query.remove(1); // appId: removed
            query.addObject().put("key", "limit").put("value", "10").put("disabled", true); // new, optional
            ArrayNode headers = (ArrayNode) c.request("Visitor/Get Visitor by ID").path("request").path("header");
            headers.addObject().put("key", "x-pendo-region").put("value", "us"); // new, required
        })).containsExactly(
                "breaking parameter-added | Visitor/Get Visitor by ID | header x-pendo-region",
                "breaking parameter-made-required | " + PAGES + " | query parameter expand",
                "compatible parameter-added | " + PAGES + " | query parameter limit",
                "potentially breaking parameter-removed | " + PAGES + " | query parameter appId");
    }

    @Test
    void statusesAddedAndRemoved() {
        assertThat(drift(c -> {
            c.replaceInDescription(c.request(PAGES), "| Status Codes | 200: Response is sent as body |",
                    "| Status Codes | 200: Response is sent as body<br>409: Conflict |");
            c.replaceInDescription(c.request("Visitor/Get Visitor by ID"),
                    "<br>404: Error while getting visitor, no such entity found", "");
        })).containsExactly(
                "compatible status-added | " + PAGES + " | status 409");
        // 404 is also documented collection-wide, so the request keeps it.
    }

    @Test
    void theSuccessStatusChangingIsPotentiallyBreaking() {
        assertThat(drift(c -> c.replaceInDescription(c.request(PAGES), "| Status Codes | 200:", "| Status Codes | 201:")))
                .containsExactly(
                        "potentially breaking status-added | " + PAGES + " | status 201",
                        "potentially breaking status-removed | " + PAGES + " | status 200");
    }

    @Test
    void responseFieldsRemovedAddedRetypedAndMadeNullable() {
        List<String> changes = drift(c -> c.replaceInDescription(c.folder("Page"),
                "| rootVersionId | string | The unique identifier of the root entity, which nominally matches the public"
                        + " id field of the page. |\n", "")
                .replaceInDescription(c.folder("Page"), "| kind | string |", "| kind | number |")
                .replaceInDescription(c.folder("Page"), "| id | string | Unique identifier for the page. |",
                        "| id | string | Unique identifier for the page. |\n| archived | boolean | Whether the page is archived. |"));
        assertThat(changes).contains(
                "breaking response-field-removed | " + PAGES + " | response 200: $[].rootVersionId",
                "breaking response-type-changed | " + PAGES + " | response 200: $[].kind",
                "compatible response-field-added | " + PAGES + " | response 200: $[].archived");
        // Every request that answers pages sees the same three changes, and nothing else changes.
        assertThat(changes).hasSize(9).allMatch(line -> line.contains("| Page/"));
    }

    @Test
    void aFieldMadeRequiredIsCompatibleAndOneNoLongerRequiredIsPotentiallyBreaking() {
        assertThat(drift(c -> c.replaceInDescription(c.folder("Page"), "| id | string | Unique identifier for the page. |",
                "| id | string | Unique identifier for the page (required) |")))
                .contains("compatible response-made-non-nullable | " + PAGES + " | response 200: $[].id");
    }

    @Test
    void aFieldNewInARequestBodyIsFound() {
        // The example body sends eventName; the documented table still has event, so that stays.
        assertThat(drift(c -> {
            ObjectNode body = (ObjectNode) c.request("Track/Send a Track Event").path("request").path("body");
            body.put("raw", body.path("raw").asText().replace("\"event\"", "\"eventName\""));
        })).containsExactly("compatible request-body-changed | Track/Send a Track Event | request body: $.eventName");
    }

    @Test
    void aFieldGoneFromARequestBodyIsPotentiallyBreaking() {
        assertThat(drift(c -> {
            ObjectNode body = (ObjectNode) c.request("Aggregation/Metadata and object sources/visitors").path("request")
                    .path("body");
            body.put("raw", body.path("raw").asText().replace("\"response\"", "\"answer\""));
        })).containsExactly(
                // Every example has it, so it is taken as required: a client that does not send it breaks.
                "breaking request-body-changed | Aggregation/Metadata and object sources/visitors"
                        + " | request body: $.answer",
                "potentially breaking request-body-changed | Aggregation/Metadata and object sources/visitors"
                        + " | request body: $.response");
    }

    @Test
    void aChangedBodyEncodingIsBreaking() {
        assertThat(drift(c -> {
            ObjectNode body = (ObjectNode) c.request("Track/Send a Track Event").path("request").path("body");
            body.removeAll();
            body.put("mode", "urlencoded").putArray("urlencoded").addObject().put("key", "event").put("value", "x");
        })).contains("breaking request-body-changed | Track/Send a Track Event | request body");
    }

    @Test
    void aChangedKeyHeaderIsBreakingForEveryRequestThatUsesIt() {
        List<String> changes = drift(c -> ((ObjectNode) c.root.path("auth").path("apikey").get(0))
                .put("value", "x-pendo-key"));
        // The header the requests name for the old key is no longer the auth header: a header of their own.
        assertThat(changes).contains("breaking auth-changed | " + PAGES + " | auth",
                        "breaking parameter-added | " + PAGES + " | header x-pendo-integration-key")
                .allMatch(line -> line.startsWith("breaking auth-changed") || line.toLowerCase(Locale.ROOT)
                        .matches("breaking parameter-added \\| .* \\| header x-pendo-integration-key"));
    }

    @Test
    void hostAndVariableChangesArePotentiallyBreaking() {
        assertThat(drift(c -> {
            ArrayNode variables = (ArrayNode) c.root.path("variable");
            ((ObjectNode) variables.get(0)).put("value", "https://app.eu.pendo.io");
            variables.addObject().put("key", "region").put("value", "eu");
            variables.remove(1); // dataHost
        })).contains(
                "potentially breaking variable-changed |  | variable baseUrl",
                "potentially breaking variable-removed |  | variable dataHost",
                "compatible variable-added |  | variable region",
                "potentially breaking server-changed |  | host");
    }
}
