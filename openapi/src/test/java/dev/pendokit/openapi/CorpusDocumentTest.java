package dev.pendokit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.TestModels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What real collections not written for pendokit give: saved examples, other auth, forms, literal hosts. */
class CorpusDocumentTest {

    private static ObjectNode document(String file) {
        return OpenApiWriter.write(TestModels.corpus(file), OpenApiOptions.DEFAULTS).tree();
    }

    @Test
    void savedExampleResponsesAreNamedExamplesOfTheirStatus() {
        JsonNode valid = document("p2o-echo.postman.json").path("paths").path("/time/valid").path("get")
                .path("responses").path("200").path("content");
        List<String> summaries = new ArrayList<>();
        valid.elements().next().path("examples").forEach(e -> summaries.add(e.path("summary").asText()));
        assertThat(summaries).containsExactly("Valid Timestamp", "Invalid Timestamp");
    }

    @Test
    void everyAuthKindIsASchemeAndNoneIsAnEmptyRequirement() {
        ObjectNode echo = document("p2o-echo.postman.json");
        JsonNode schemes = echo.path("components").path("securitySchemes");
        assertThat(schemes.path("basicAuth").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("digestAuth").path("scheme").asText()).isEqualTo("digest");
        assertThat(schemes.path("oauth1Auth").path("scheme").asText()).isEqualTo("OAuth");
        assertThat(echo.path("paths").path("/digest-auth").path("get").path("security").toString())
                .isEqualTo("[{\"digestAuth\":[]}]");
        // Most requests of Postman Echo send no credentials: the document asks for none, and says so per call.
        assertThat(echo.has("security")).isFalse();
        assertThat(echo.path("paths").path("/get").path("get").path("security").toString()).isEqualTo("[]");
    }

    @Test
    void formBodiesAreObjectsOfTheirFields() {
        JsonNode form = document("p2o-echo.postman.json").path("paths").path("/post").path("post")
                .path("requestBody").path("content").path("application/x-www-form-urlencoded").path("schema");
        assertThat(form.path("type").asText()).isEqualTo("object");
        assertThat(form.path("properties").size()).isPositive();
    }

    @Test
    void aLiteralHostIsTheServer() {
        assertThat(document("transformer-v2.0.0-box.json").path("servers").toString())
                .isEqualTo("[{\"url\":\"https://api.box.com\"}]");
    }

    @Test
    void aVariableNameATemplateCannotHoldIsMadeOne() {
        JsonNode rpc = document("p2o-duplicate-query-params.postman.json").path("paths").path("/v2/json-rpc/{site_id}");
        assertThat(rpc.path("post").path("parameters").path(0).path("name").asText()).isEqualTo("site_id");
        assertThat(rpc.path("post").path("parameters").path(0).path("in").asText()).isEqualTo("path");
    }

    @Test
    void aCollectionWithoutRequestsHasOpenApisDefaultServer() {
        assertThat(document("p2o-api-key.postman.json").path("servers").toString()).isEqualTo("[{\"url\":\"/\"}]");
    }

    @Test
    void aLiteralThatLooksLikeAVariableIsEncodedNotAParameter() {
        assertThat(document("p2o-echo.postman.json").path("paths")
                .has("/{method}/%7B%7Bhello_%7B%7Bvar%7D%7D%7D%7D")).isTrue();
    }
}
