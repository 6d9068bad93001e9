package dev.pendokit.collection.shape;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.shape.AnswerDifference.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers against what Pendo's "Return List of All Pages" documents: each kind of difference, in drift's words. */
class AnswerCheckTest {

    private static final ApiModel PENDO = TestModels.pendo();
    private static final Operation ALL_PAGES = operation("Page/Return List of All Pages");
    private static final Operation TOKEN_VERIFY = PENDO.operations().stream()
            .filter(o -> o.response(403).isPresent() && o.path().toString().contains("token")).findFirst().orElseThrow();
    private static final String JSON = "application/json";
    private static final String PAGE = """
            {"id": "p1", "name": "Home", "kind": "Page", "stableVersionId": "s1", "rootVersionId": "r1",
             "appId": 1, "color": "", "group": {}, "createdByUser": {}, "createdAt": 1, "lastUpdatedByUser": {},
             "lastUpdatedAt": 1, "dirty": false, "rules": [], "rulesjson": "", "isCoreEvent": false,
             "validThrough": 1, "suggestedName": "", "description": "", "id": "p1"}""";

    @Test
    void anAnswerAsDocumentedHasNoDifference() {
        assertThat(check(ALL_PAGES, 200, JSON, "[]")).isEmpty();
    }

    @Test
    void aStatusNotDocumentedIsTheOnlyDifference() {
        assertThat(check(ALL_PAGES, 201, JSON, "{\"not\": \"compared\"}")).extracting(AnswerDifference::toString)
                .containsExactly("status 201: The API answered 201, a status the collection does not document for this"
                        + " request.");
    }

    @Test
    void aDocumentedErrorIsNotCompared() {
        List<AnswerDifference> differences = check(TOKEN_VERIFY, 403, "text/plain", "nope");

        assertThat(differences).extracting(AnswerDifference::kind).containsExactly(Kind.DOCUMENTED_ERROR_NOT_CHECKED);
        assertThat(differences.get(0).where()).isEqualTo("status 403");
        assertThat(differences.get(0).description()).startsWith("Not compared: the API answered 403 (documented: ")
                .endsWith(").");
    }

    @Test
    void anotherMediaTypeStopsTheComparison() {
        assertThat(check(ALL_PAGES, 200, "Text/CSV; charset=utf-8", "id,name\n")).extracting(AnswerDifference::toString)
                .containsExactly("response 200: Content-Type: The body comes as text/csv, documented as application/json.");
        assertThat(check(ALL_PAGES, 200, "", "[]")).extracting(AnswerDifference::description)
                .containsExactly("The body comes as no media type at all, documented as application/json.");
    }

    @Test
    void theBodysShapeIsComparedPlaceByPlace() {
        String drifted = "[" + PAGE.replace("\"kind\": \"Page\"", "\"kind\": true").replace("\"rootVersionId\": \"r1\",", "")
                .replace("\"name\": \"Home\"", "\"name\": \"Home\", \"pageRank\": 3") + "]";

        List<AnswerDifference> differences = check(ALL_PAGES, 200, "application/json; charset=utf-8", drifted);

        assertThat(differences).extracting(AnswerDifference::toString).contains(
                "response 200: $[].kind: The value is a boolean, documented as a string.",
                "response 200: $[].rootVersionId: The documented field rootVersionId is missing from the answer"
                        + " (documented as optional or nullable).",
                "response 200: $[].pageRank: The answer holds the field pageRank, which the collection does not"
                        + " document.");
        assertThat(differences).filteredOn(d -> d.field().equals("rootVersionId")).singleElement()
                .isEqualTo(new AnswerDifference(Kind.MISSING_FIELD, 200, "$[].rootVersionId", "rootVersionId", "a string",
                        "", true));
    }

    @Test
    void aBodyThatIsNotJsonOrNoBodyAtAll() {
        assertThat(check(ALL_PAGES, 200, JSON, "[{\"id\": \"p1\"")).extracting(AnswerDifference::toString)
                .containsExactly("response 200: $: The value is a body that is not JSON, documented as an array.");
        assertThat(check(ALL_PAGES, 200, JSON, "")).extracting(AnswerDifference::toString)
                .containsExactly("response 200: $: The value is an empty body, documented as an array.");
    }

    @Test
    void theMediaTypeWithoutParameters() {
        assertThat(AnswerCheck.mediaType(" Application/JSON ; charset=UTF-8")).isEqualTo("application/json");
        assertThat(AnswerCheck.mediaType("")).isEmpty();
    }

    private static List<AnswerDifference> check(Operation operation, int status, String contentType, String body) {
        return AnswerCheck.check(operation, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Operation operation(String itemPath) {
        return PENDO.operations().stream().filter(o -> o.location().itemPath().equals(itemPath)).findFirst()
                .orElseThrow();
    }
}
