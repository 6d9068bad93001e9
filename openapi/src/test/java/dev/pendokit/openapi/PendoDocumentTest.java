package dev.pendokit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** What the Pendo collection's document says, concern by concern. */
class PendoDocumentTest {

    private final ObjectNode doc = Documents.pendo().tree();

    private JsonNode operation(String path, String method) {
        return doc.path("paths").path(path).path(method);
    }

    /** The document's path of a request: the one path of its form, whatever its variables are named. */
    private String documentPath(Operation request) {
        String form = request.path().toEncodedUriTemplate().replaceAll("\\{[^/]*}", "{}");
        List<String> paths = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(path -> {
            if (path.replaceAll("\\{[^/]*}", "{}").equals(form)) {
                paths.add(path);
            }
        });
        assertThat(paths).as("the paths of the form %s", form).hasSize(1);
        return paths.get(0);
    }

    @Test
    void pathsThatDifferOnlyInVariableNamesAreOnePath() {
        // GET /visitor/:visitorId and /visitor/:b64_id make the same call: one operation, named by the first.
        JsonNode visitor = operation("/api/v1/visitor/{visitorId}", "get");
        assertThat(visitor.path("operationId").asText()).isEqualTo("visitorsGet");
        assertThat(visitor.path("description").asText()).contains("/ Get Visitor by base64 encoded ID");
        assertThat(doc.path("paths").has("/api/v1/visitor/{b64_id}")).isFalse();
        // GET /segment/:id came first: PUT and DELETE /segment/:segmentId are there, their variable named id.
        JsonNode segment = doc.path("paths").path("/api/v1/segment/{id}");
        assertThat(segment.path("put").path("operationId").asText()).isEqualTo("segmentsUpdate");
        assertThat(parameter(segment.path("delete"), "id").path("in").asText()).isEqualTo("path");
        assertThat(doc.path("paths").has("/api/v1/segment/{segmentId}")).isFalse();
    }

    private JsonNode parameter(JsonNode operation, String name) {
        return StreamSupport.stream(operation.path("parameters").spliterator(), false)
                .filter(p -> p.path("name").asText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void parametersSayWhetherTheyAreRequiredAndWhatTheyAre() {
        JsonNode history = operation("/api/v1/visitor/{visitorId}/history", "get");
        assertThat(parameter(history, "visitorId").path("in").asText()).isEqualTo("path");
        assertThat(parameter(history, "visitorId").path("required").asBoolean()).isTrue();
        assertThat(parameter(history, "starttime").path("required").asBoolean()).isTrue();
        assertThat(parameter(history, "starttime").path("description").asText()).startsWith("Start time");

        // A constant header: its one value, typed as its schema. Only the lookup by base64 id sends it.
        JsonNode base64 = parameter(operation("/api/v1/visitor/{visitorId}", "get"), "x-pendo-base64-encoded-params");
        assertThat(base64.path("required").asBoolean()).isFalse();
        assertThat(base64.path("schema").toString()).isEqualTo("{\"type\":\"boolean\",\"enum\":[true]}");

        JsonNode pages = operation("/api/v1/page", "get");
        assertThat(parameter(pages, "expand").path("required").asBoolean()).isFalse();
        assertThat(parameter(pages, "appId").path("description").asText()).contains("single application");
        assertThat(parameter(pages, "appId").path("schema").path("type").asText()).isEqualTo("integer");
        assertThat(parameter(pages, "appId").path("example").asLong()).isEqualTo(-323232L);
    }

    @Test
    void theApiKeyHeaderIsTheSecuritySchemeNotAParameter() {
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("integrationKey").path("type").asText()).isEqualTo("apiKey");
        assertThat(schemes.path("integrationKey").path("in").asText()).isEqualTo("header");
        assertThat(schemes.path("integrationKey").path("name").asText()).isEqualTo("x-pendo-integration-key");
        assertThat(doc.path("security").toString()).isEqualTo("[{\"integrationKey\":[]}]");
        // The track event sends its shared secret in the same header: its own requirement.
        assertThat(operation("/data/track", "post").path("security").toString())
                .isEqualTo("[{\"trackEventSecret\":[]}]");
        assertThat(doc.path("paths").toString()).doesNotContain("\"name\":\"x-pendo-integration-key\"");
    }

    @Test
    void requestBodiesHaveSchemasAndExamples() {
        JsonNode json = operation("/api/v1/bulkdelete/visitor", "post").path("requestBody").path("content")
                .path("application/json");
        assertThat(json.path("schema").path("$ref").asText()).isEqualTo("#/components/schemas/BulkDeleteVisitorsRequest");
        assertThat(json.path("examples").size()).isEqualTo(1);
        assertThat(json.path("examples").elements().next().path("value").isContainerNode()).isTrue();
        assertThat(doc.path("components").path("schemas").has("BulkDeleteVisitorsRequest")).isTrue();
    }

    @Test
    void theFiftyAggregationsAreNamedExamplesOfOneOperation() {
        JsonNode run = operation("/api/v1/aggregation", "post");
        assertThat(run.path("operationId").asText()).isEqualTo("aggregationsRun");
        JsonNode examples = run.path("requestBody").path("content").path("application/json").path("examples");
        List<String> summaries = new ArrayList<>();
        examples.forEach(e -> summaries.add(e.path("summary").asText()));
        List<String> requests = TestModels.pendo().operations().stream()
                .filter(o -> o.path().toUriTemplate().equals("/api/v1/aggregation")).map(Operation::name).toList();
        assertThat(requests).hasSize(50);
        assertThat(summaries).containsExactlyElementsOf(requests);
        assertThat(examples.path("visitors").path("value").path("request").path("pipeline").isArray()).isTrue();
        assertThat(run.path("requestBody").path("content").path("application/json").path("schema").path("anyOf")
                .size()).isEqualTo(50);
    }

    @Test
    void everyDocumentedStatusIsAResponse() {
        for (Operation operation : TestModels.pendo().operations()) {
            JsonNode responses = operation(documentPath(operation),
                    operation.method().toLowerCase(java.util.Locale.ROOT)).path("responses");
            operation.responses().forEach(r -> assertThat(responses.has(String.valueOf(r.status())))
                    .as("%s answers %s", operation.location().itemPath(), r.status()).isTrue());
        }
        JsonNode visitor = operation("/api/v1/visitor/{visitorId}", "get").path("responses");
        assertThat(visitor.path("200").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/Visitor");
        assertThat(visitor.path("404").path("description").asText()).isNotBlank();
        assertThat(visitor.path("429").path("description").asText()).contains("Too many requests");
    }

    @Test
    void nullableFieldsAreTypedWithNullAsOpenApi31Does() {
        JsonNode visitor = doc.path("components").path("schemas").path("Visitor").path("properties");
        assertThat(visitor.path("id").path("type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(visitor.path("metadata").path("anyOf").toString())
                .isEqualTo("[{\"$ref\":\"#/components/schemas/VisitorMetadata\"},{\"type\":\"null\"}]");
        assertThat(doc.toString()).doesNotContain("\"nullable\"");
    }

    @Test
    void componentSchemasAreNamedAsTheClientsModels() {
        List<String> names = new ArrayList<>();
        doc.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("Page", "Visitor", "Account", "Guide", "VisitorsRow").isSorted();
        TestModels.pendo().types().forEach(t -> assertThat(names).contains(t.name()));
    }

    @Test
    void serversAreTheClientsRegions() {
        List<String> servers = new ArrayList<>();
        doc.path("servers").forEach(s -> servers.add(s.path("description").asText() + " " + s.path("url").asText()));
        assertThat(servers).containsExactly("US https://app.pendo.io", "EU https://app.eu.pendo.io",
                "US1 https://us1.app.pendo.io", "JPN https://app.jpn.pendo.io", "AU https://app.au.pendo.io");
        // Track events go to the data host, which Pendo documents for four regions.
        assertThat(operation("/data/track", "post").path("servers").size()).isEqualTo(4);
    }

    @Test
    void foldersAreTags() {
        List<String> tags = new ArrayList<>();
        doc.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        assertThat(tags).containsExactly("Page", "Feature", "Track", "Visitor", "Account", "Bulk Deletion (GDPR/CCPA)",
                "Segment", "Report", "Guide", "Metadata", "Data Sync", "Listen", "Admin", "Aggregation");
        assertThat(operation("/api/v1/page", "get").path("tags").toString()).isEqualTo("[\"Page\"]");
    }

    @Test
    void operationIdsAreTheClientsNamesAndUnique() {
        List<String> ids = new ArrayList<>();
        doc.path("paths").forEach(item -> item.forEach(op -> ids.add(op.path("operationId").asText())));
        assertThat(ids).doesNotHaveDuplicates().contains("pagesList", "visitorsGet", "accountsGet", "segmentsGet").hasSize(53);
    }
}
