package dev.pendokit.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled collection is what it claims: a strict-JSON Postman v2.1.0 collection holding every
 * folder and request of Pendo's documentation (seed 002), each documented, none carrying a secret.
 */
class PendoCollectionFileTest {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.ALLOW_COMMENTS);

    private static final Pattern STATUS_ENTRY = Pattern.compile("^(\\d{3})(?:\\s*-\\s*(\\d{3}))?: \\S.*");
    private static final Pattern VARIABLE_REFERENCE = Pattern.compile("\\{\\{(\\w+)}}");

    private static JsonNode collection;
    private static List<Request> requests;

    /** A request of the collection with the folders that lead to it (outermost first). */
    record Request(List<String> folders, JsonNode item) {
        String path() {
            return "/" + String.join("/", folders) + "/" + name();
        }

        JsonNode request() {
            return item.path("request");
        }

        String name() {
            return item.path("name").asText();
        }
    }

    @BeforeAll
    static void readTheBundledCollection() throws IOException {
        try (InputStream in = BundledCollection.open()) {
            collection = STRICT.readTree(in);
        }
        requests = new ArrayList<>();
        collectRequests(collection.path("item"), List.of(), requests);
    }

    private static void collectRequests(JsonNode items, List<String> folders, List<Request> into) {
        for (JsonNode item : items) {
            if (item.has("item")) {
                List<String> inner = new ArrayList<>(folders);
                inner.add(item.path("name").asText());
                collectRequests(item.get("item"), inner, into);
            } else {
                into.add(new Request(folders, item));
            }
        }
    }

    @Test
    void hasTheStructureOfSchemaV210() {
        assertThat(SchemaV21Structure.violations(collection)).isEmpty();
    }

    @Test
    void infoNamesPendoApiAndSchemaV210() {
        JsonNode info = collection.path("info");
        assertThat(info.path("name").asText()).isEqualTo("Pendo API");
        assertThat(info.path("schema").asText())
                .isEqualTo("https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
    }

    @Test
    void overviewDocumentsStatusCodesRegionsAndAuthentication() {
        String overview = collection.path("info").path("description").asText();
        assertThat(overview).contains(
                "| Status Code | Definition |",
                "| 200 - OK | Everything worked as expected. |",
                "| 401 - Unauthorized | No valid integration key provided. |",
                "| 429 - Too Many Requests | Too many requests hit the API too quickly. Slow down. |",
                "| 500, 502, 503, 504 - Server Errors | It's not you, it's us. We're sorry. |",
                "https://app.pendo.io", "https://app.eu.pendo.io", "https://us1.app.pendo.io",
                "https://app.jpn.pendo.io", "https://app.au.pendo.io",
                "x-pendo-integration-key");
    }

    @Test
    void authIsTheIntegrationKeyHeaderInheritedByEveryFolderAndRequestButTheTrackEvent() {
        assertThat(apiKeyAuth(collection.path("auth"))).containsExactly(
                Map.entry("key", "x-pendo-integration-key"),
                Map.entry("value", "{{integrationKey}}"),
                Map.entry("in", "header"));
        List<String> withOwnAuth = new ArrayList<>();
        walk(collection.path("item"), "", (path, item) -> {
            if (item.has("auth") || item.path("request").has("auth")) {
                withOwnAuth.add(path);
            }
        });
        assertThat(withOwnAuth).containsExactly("/Track/Send a Track Event");
        JsonNode track = find("/Track/Send a Track Event").request();
        assertThat(apiKeyAuth(track.path("auth")))
                .containsEntry("key", "x-pendo-integration-key")
                .containsEntry("value", "{{trackEventSecret}}");
    }

    @Test
    void aRequestWithItsOwnAuthDoesNotAlsoSendTheKeyAsAHeader() {
        List<String> twice = new ArrayList<>();
        for (Request request : requests) {
            JsonNode auth = request.request().path("auth");
            if (auth.isMissingNode()) {
                continue;
            }
            String key = apiKeyAuth(auth).get("key");
            for (JsonNode header : request.request().path("header")) {
                if (header.path("key").asText().equalsIgnoreCase(key)) {
                    twice.add(request.path() + ": " + header);
                }
            }
        }
        assertThat(twice).isEmpty();
        assertThat(find("/Track/Send a Track Event").request().path("header")).extracting(h -> h.path("key").asText())
                .containsExactly("Content-Type");
    }

    @Test
    void everyDetailsUriHasTheRequestsPath() {
        List<String> offenders = new ArrayList<>();
        for (Request request : requests) {
            String description = request.request().path("description").asText();
            String uri = detailsCell(description, "URI");
            uri = uri != null ? uri : detailsCell(description, "URL");
            List<String> segments = new ArrayList<>();
            request.request().path("url").path("path").forEach(segment -> segments.add(segment.asText()));
            String path = "/" + String.join("/", segments);
            if (uri == null || !uri.split("\\?")[0].equals(path)) {
                offenders.add(request.path() + ": Details " + uri + ", url " + path);
            }
        }
        assertThat(offenders).isEmpty();
        assertThat(detailsCell(find("/Segment/Add/remove small batches of visitors to a segment").request()
                .path("description").asText(), "URI")).isEqualTo("/api/v1/segment/:segmentId/visitor");
    }

    @Test
    void setValueForOneFieldHasAJsonStringBody() {
        JsonNode body = find("/Metadata/Set Value for an Agent or Custom Field").request().path("body");
        assertThat(body.path("mode").asText()).isEqualTo("raw");
        assertThat(body.path("raw").asText()).isEqualTo("\"YES\"");
        assertThat(body.path("options").path("raw").path("language").asText()).isEqualTo("json");
    }

    @Test
    void updateExistingFeedbackUsesTheFeedbackIdVariable() {
        JsonNode variables = find("/Listen/Update existing feedback").request().path("url").path("variable");
        assertThat(variables).hasSize(1);
        assertThat(variables.get(0).path("key").asText()).isEqualTo("id");
        assertThat(variables.get(0).path("value").asText()).isEqualTo("{{feedbackId}}");
        assertThat(collectionVariables()).containsKey("feedbackId");
    }

    @Test
    void theAggregationWrapperDocumentsNameRequestIdAndResults() {
        JsonNode coreConcepts = folder("Aggregation").path("item").get(0);
        assertThat(coreConcepts.path("name").asText()).isEqualTo("Core concepts");
        assertThat(coreConcepts.path("description").asText()).contains(
                "| name | Optional. A name for the request",
                "| requestId | Optional. An identifier for the request",
                "`{\"results\": [...]}`");
    }

    @Test
    void foldersFollowTheSeedsOrder() {
        assertThat(names(collection.path("item"))).containsExactly(
                "Page", "Feature", "Track", "Visitor", "Account", "Bulk Deletion (GDPR/CCPA)", "Segment",
                "Report", "Guide", "Metadata", "Data Sync", "Listen", "Admin", "Aggregation");
        assertThat(names(folder("Aggregation").path("item"))).containsExactly(
                "Core concepts", "Source parameters", "Metadata and object sources", "Events sources",
                "Listen sources", "Expressions", "Operators", "Field aggregators", "PES", "Common aggregations");
        assertThat(names(folder("Aggregation").path("item").get(1).path("item")))
                .containsExactly("timeSeries", "Exclude list / blacklist", "Application IDs");
    }

    @Test
    void holdsEveryRequestOfTheSeed() {
        Map<String, Integer> perFolder = new LinkedHashMap<>();
        for (Request request : requests) {
            perFolder.merge(request.folders().get(0), 1, Integer::sum);
        }
        assertThat(perFolder).containsExactly(
                Map.entry("Page", 3), Map.entry("Feature", 3), Map.entry("Track", 3),
                Map.entry("Visitor", 3), Map.entry("Account", 2), Map.entry("Bulk Deletion (GDPR/CCPA)", 4),
                Map.entry("Segment", 12), Map.entry("Report", 3), Map.entry("Guide", 10),
                Map.entry("Metadata", 10), Map.entry("Data Sync", 3), Map.entry("Listen", 3),
                Map.entry("Admin", 1), Map.entry("Aggregation", 50));
        assertThat(requests).hasSize(110);
    }

    @Test
    void requestsWhoseHeadingTheRenderingLostAreStillThere() {
        assertThat(method("/Feature/Return List of Specific Features")).isEqualTo("GET");
        assertThat(method("/Segment/Delete a segment")).isEqualTo("DELETE");
        assertThat(method("/Report/Return Report Contents as JSON")).isEqualTo("GET");
        assertThat(method("/Metadata/Set Value for an Agent or Custom Field")).isEqualTo("PUT");
        assertThat(method("/Data Sync/Rotate Credentials for S3 Destination")).isEqualTo("PUT");
        assertThat(method("/Aggregation/PES/Adoption Minimal")).isEqualTo("POST");
        assertThat(find("/Report/Return Report Contents as JSON").request().path("url").path("raw").asText())
                .isEqualTo("{{baseUrl}}/api/v1/report/:reportId/results.json");
    }

    @Test
    void everyRequestUsesAVariableHostThatTheCollectionDefines() {
        Map<String, String> variables = collectionVariables();
        assertThat(variables).containsEntry("baseUrl", "https://app.pendo.io")
                .containsEntry("dataHost", "https://data.pendo.io");
        List<String> offenders = new ArrayList<>();
        for (Request request : requests) {
            JsonNode url = request.request().path("url");
            Matcher host = VARIABLE_REFERENCE.matcher(url.path("host").path(0).asText());
            boolean ok = url.path("host").size() == 1 && host.matches() && variables.containsKey(host.group(1))
                    && url.path("raw").asText().startsWith("{{" + (host.matches() ? host.group(1) : "") + "}}/");
            if (!ok) {
                offenders.add(request.path() + " -> " + url.path("raw").asText());
            }
        }
        assertThat(offenders).isEmpty();
        assertThat(find("/Track/Send a Track Event").request().path("url").path("raw").asText())
                .isEqualTo("{{dataHost}}/data/track");
    }

    @Test
    void everyRequestDocumentsItsStatusCodesInItsDetailsTable() {
        List<String> offenders = new ArrayList<>();
        for (Request request : requests) {
            String description = request.request().path("description").asText();
            String codes = detailsCell(description, "Status Codes");
            if (codes == null || codes.isBlank()) {
                offenders.add(request.path() + ": no Status Codes row");
                continue;
            }
            for (String entry : codes.split("<br>")) {
                if (!STATUS_ENTRY.matcher(entry.trim()).matches()) {
                    offenders.add(request.path() + ": '" + entry + "' is not 'CODE: reason'");
                }
            }
            if (!request.request().path("method").asText().equals(detailsCell(description, "Method"))) {
                offenders.add(request.path() + ": Details Method differs from the request's method");
            }
        }
        assertThat(offenders).isEmpty();
        assertThat(detailsCell(find("/Segment/Add a visitor to a segment").request().path("description").asText(),
                "Status Codes")).startsWith("200 - 202: Success<br>");
    }

    @Test
    void pathVariablesAreDeclaredDescribedAndUsed() {
        List<String> offenders = new ArrayList<>();
        for (Request request : requests) {
            JsonNode url = request.request().path("url");
            List<String> used = new ArrayList<>();
            url.path("path").forEach(segment -> {
                if (segment.asText().startsWith(":")) {
                    used.add(segment.asText().substring(1));
                }
            });
            List<String> declared = new ArrayList<>();
            url.path("variable").forEach(variable -> {
                declared.add(variable.path("key").asText());
                if (variable.path("description").asText().isBlank()) {
                    offenders.add(request.path() + ": :" + variable.path("key").asText() + " has no description");
                }
            });
            if (!used.equals(declared)) {
                offenders.add(request.path() + ": path uses " + used + " but declares " + declared);
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyVariableReferenceResolvesToACollectionVariable() {
        Map<String, String> variables = collectionVariables();
        List<String> unresolved = new ArrayList<>();
        for (Request request : requests) {
            JsonNode r = request.request();
            String urlAndHeaders = r.path("url").toString() + r.path("header");
            Matcher reference = VARIABLE_REFERENCE.matcher(urlAndHeaders);
            while (reference.find()) {
                if (!variables.containsKey(reference.group(1))) {
                    unresolved.add(request.path() + ": {{" + reference.group(1) + "}}");
                }
            }
        }
        assertThat(unresolved).isEmpty();
    }

    @Test
    void carriesNoIntegrationKeyOrSecretOnlyPlaceholders() {
        Map<String, String> variables = collectionVariables();
        assertThat(variables.get("integrationKey")).isEmpty();
        assertThat(variables.get("trackEventSecret")).isEmpty();
        List<String> leaks = new ArrayList<>();
        for (Request request : requests) {
            for (JsonNode header : request.request().path("header")) {
                if (header.path("key").asText().equalsIgnoreCase("x-pendo-integration-key")
                        && !header.path("value").asText().matches("\\{\\{(integrationKey|trackEventSecret)}}")) {
                    leaks.add(request.path() + ": header value " + header.path("value"));
                }
            }
            String body = request.request().path("body").path("raw").asText();
            Matcher secretField = Pattern.compile("\"(secret\\w*|clientSecret)\"\\s*:\\s*\"([^\"]*)\"",
                    Pattern.CASE_INSENSITIVE).matcher(body);
            while (secretField.find()) {
                if (!secretField.group(2).matches("<\\w+>|\\{\\{\\w+}}")) {
                    leaks.add(request.path() + ": " + secretField.group(1) + " holds a value");
                }
            }
        }
        // Pendo integration keys are UUIDs: no value but Postman's own item ids may look like one.
        Pattern uuid = Pattern.compile(".*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*",
                Pattern.DOTALL);
        textValues(collection, "", (field, value) -> {
            if (!field.equals("id") && !field.equals("_postman_id") && uuid.matcher(value).matches()) {
                leaks.add(field + " holds a UUID-shaped value");
            }
        });
        assertThat(leaks).isEmpty();
    }

    @Test
    void keepsTheSeedsNonStrictJsonBodiesVerbatim() {
        String pes = find("/Aggregation/PES/PES").request().path("body").path("raw").asText();
        assertThat(pes).contains("\"appId\": {{appId}},", "\"account\": \"{{accountId}}}\"");
        String byVisitor = find("/Aggregation/Common aggregations/events by visitor").request()
                .path("body").path("raw").asText();
        assertThat(byVisitor).contains("{ // use identified to return only identified visitors");
        long withComments = requests.stream()
                .filter(r -> r.request().path("body").path("raw").asText().contains("// "))
                .count();
        assertThat(withComments).isGreaterThanOrEqualTo(8);
    }

    @Test
    void keepsXmlAndPlainBodiesWithTheirLanguage() {
        JsonNode xliff = find("/Guide/Bulk XLIFF Import").request().path("body");
        assertThat(xliff.path("options").path("raw").path("language").asText()).isEqualTo("xml");
        JsonNode optOut = find("/Metadata/Opt-out a Visitor or Account From All Guide Display").request()
                .path("body");
        assertThat(optOut.path("raw").asText()).isEqualTo("true");
    }

    @Test
    void folderDescriptionsHoldTheirObjectTables() {
        assertThat(folder("Page").path("description").asText()).contains(
                "### The Page Object",
                "| Attribute | Type | Description |",
                "| createdAt | number | The timestamp in milliseconds after the epoch when the page was created. |");
        assertThat(folder("Visitor").path("description").asText())
                .contains("| metadata.auto.firstvisit | number |");
        for (String name : List.of("Feature", "Account", "Segment", "Report", "Guide", "Metadata")) {
            assertThat(folder(name).path("description").asText()).as(name)
                    .contains("### The " + name + " Object", "| Attribute | Type | Description |");
        }
    }

    @Test
    void optionalParametersAreDisabledAndRequiredOnesEnabled() {
        JsonNode query = find("/Page/Return List of All Pages").request().path("url").path("query");
        assertThat(query).hasSize(2);
        query.forEach(param -> assertThat(param.path("disabled").asBoolean()).as(param.toString()).isTrue());
        JsonNode history = find("/Visitor/Get Visitor History for a Time Period").request().path("url");
        assertThat(history.path("query").path(0).path("key").asText()).isEqualTo("starttime");
        assertThat(history.path("query").path(0).path("disabled").asBoolean()).isFalse();
    }

    private static Map<String, String> apiKeyAuth(JsonNode auth) {
        assertThat(auth.path("type").asText()).isEqualTo("apikey");
        Map<String, String> attributes = new LinkedHashMap<>();
        auth.path("apikey").forEach(a -> attributes.put(a.path("key").asText(), a.path("value").asText()));
        return attributes;
    }

    private static Map<String, String> collectionVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        collection.path("variable").forEach(v -> variables.put(v.path("key").asText(), v.path("value").asText()));
        return variables;
    }

    /** The cell right of {@code label} in a description's "| Details | |" table, or null. */
    private static String detailsCell(String description, String label) {
        for (String line : description.split("\n")) {
            String prefix = "| " + label + " | ";
            if (line.startsWith(prefix) && line.endsWith(" |")) {
                return line.substring(prefix.length(), line.length() - 2).trim();
            }
        }
        return null;
    }

    private static void walk(JsonNode items, String path, BiConsumer<String, JsonNode> visitor) {
        for (JsonNode item : items) {
            String here = path + "/" + item.path("name").asText();
            visitor.accept(here, item);
            walk(item.path("item"), here, visitor);
        }
    }

    private static void textValues(JsonNode node, String field, BiConsumer<String, String> visitor) {
        if (node.isTextual()) {
            visitor.accept(field, node.asText());
        } else if (node.isArray()) {
            node.forEach(element -> textValues(element, field, visitor));
        } else {
            node.fields().forEachRemaining(entry -> textValues(entry.getValue(), entry.getKey(), visitor));
        }
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    private static JsonNode folder(String name) {
        for (JsonNode item : collection.path("item")) {
            if (item.path("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no folder " + name);
    }

    private static Request find(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no request " + path));
    }

    private static String method(String path) {
        return find(path).request().path("method").asText();
    }
}
