package dev.pendokit.mock;

import static dev.pendokit.mock.MockHttp.answeredBy;
import static dev.pendokit.mock.MockHttp.json;
import static dev.pendokit.mock.MockHttp.request;
import static dev.pendokit.mock.MockHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.runtime.UrlEncoding;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids in the path or query come back in the answer where the documented shape carries them: the
 * visitor asked for, the pages listed by {@code id=} (one per id, comma-separated or repeated),
 * whatever characters an id holds; the rest of the answer is the documented one.
 */
class ResponseTemplatingTest {

    private static final String KEY = "x-pendo-integration-key";
    /** Quotes, backslashes, control characters, markup, percent signs, commas, non-ASCII, a slash. */
    private static final List<String> HOSTILE = List.of("a\"b", "back\\slash\\", "line\nbreak\ttab\u0001", "<script>&amp;",
            "100%25 %", "caf\u00e9 \u20ac \ud83d\ude00", "slash/ed", "{{request.url}}", "plus+sign", "   ");

    @RegisterExtension
    static final PendoMockExtension PENDO = PendoMockExtension.builder().build();

    @Test
    void theVisitorAskedForComesBackAndTheRestIsAsDocumented() {
        JsonNode example = json(get("/api/v1/visitor/exampleVisitor"));
        HttpResponse<String> response = get("/api/v1/visitor/visitor-9");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(answeredBy(response)).isEqualTo("Visitor/Get Visitor by ID");
        JsonNode visitor = json(response);
        assertThat(visitor.get("id").asText()).isEqualTo("visitor-9");
        assertThat(example.get("id").asText()).isEqualTo("exampleVisitor");
        ((ObjectNode) visitor).put("id", "exampleVisitor");
        assertThat(visitor).isEqualTo(example);
        assertThat(example.get("accountIds").toString()).isEqualTo("[\"account-0001\",\"account-0002\"]");
    }

    @Test
    void aChosenResponseCarriesTheIdToo() {
        HttpResponse<String> response = send(request(PENDO.mock(), "GET", "/api/v1/account/acme-7", null, KEY, "k",
                "Prefer", "code=200"));
        assertThat(json(response).get("id").asText()).isEqualTo("acme-7");
    }

    @Test
    void thePagesListedByIdComeBackOnePerId() {
        assertThat(ids(get("/api/v1/page?id=page-a"))).containsExactly("page-a");
        assertThat(ids(get("/api/v1/page?id=page-a,page-b,page-c"))).containsExactly("page-a", "page-b", "page-c");
        assertThat(ids(get("/api/v1/page?id=page-a&id=page-b"))).containsExactly("page-a", "page-b");
        HttpResponse<String> two = get("/api/v1/page?id=page-a,page-b");
        assertThat(json(two).get(1).get("kind").asText()).isEqualTo("Page");
        assertThat(json(two).get(1).get("createdByUser").get("id").asText()).isEqualTo("user-0001");
    }

    @Test
    void aLookupThatIsNotDocumentedAsAListIsRepeatedOnlyPerValue() {
        // Guides by id: one id per id= (the documentation does not say the value is comma-separated).
        assertThat(ids(get("/api/v1/guide?id=g-1,g-2"))).containsExactly("g-1,g-2");
        assertThat(ids(get("/api/v1/guide?id=g-1&id=g-2"))).containsExactly("g-1", "g-2");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void anyIdInThePathComesBackAsJson(int which) {
        String id = HOSTILE.get(which);
        HttpResponse<String> response = get("/api/v1/visitor/" + UrlEncoding.pathSegment(id));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("id").asText()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void anyIdInTheQueryComesBackAsJson(int which) {
        String id = HOSTILE.get(which);
        HttpResponse<String> response = get("/api/v1/guide?id=" + UrlEncoding.component(id));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ids(response)).containsExactly(id);
    }

    @Test
    void commaSeparatedIdsWithHostileCharactersAreSplitOnTheCommasOnly() {
        String first = "a\"\\,b";
        HttpResponse<String> response = get("/api/v1/page?id=" + UrlEncoding.component(first + ",\u00e9\\"));
        assertThat(ids(response)).containsExactly("a\"\\", "b", "\u00e9\\");
    }

    private static HttpResponse<String> get(String pathAndQuery) {
        return send(request(PENDO.mock(), "GET", pathAndQuery, null, KEY, "k"));
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode array = json(response);
        assertThat(array.isArray()).as(response.body()).isTrue();
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asText()).toList();
    }
}
