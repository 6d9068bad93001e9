package dev.pendokit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.TestModels;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which of the Pendo collection's stubs are response templates: those whose documented answer
 * carries what the request asks for, and no others (rendering costs time on every request).
 */
class TemplatedStubsTest {

    private static final List<Stub> STUBS = StubGenerator.stubs(TestModels.pendo(), StubGenerator.Selection.DEFAULT);

    @Test
    void theAnswersThatCarryTheRequestedIdsAreTemplatesAndNoOthers() {
        assertThat(STUBS.stream().filter(s -> s.response().template()).map(Stub::name).filter(n -> !n.endsWith("-fallback")))
                .containsExactly("accounts-get-200", "features-get-return-a-specific-feature-200",
                        "features-get-return-list-of-specific-features-200", "guides-get-200",
                        "pages-get-return-a-specific-page-200", "pages-get-return-list-of-specific-pages-200",
                        "segments-get-200", "visitors-get-200");
    }

    @Test
    void theVisitorsIdIsTheOneInThePath() {
        Stub visitor = STUBS.stream().filter(s -> s.name().equals("visitors-get-200")).findFirst().orElseThrow();
        assertThat(visitor.request().urlPathTemplate()).isEqualTo("/api/v1/visitor/{visitorId}");
        assertThat(visitor.response().body()).startsWith("{\"id\":{{{toJson (urlEncode request.path.[visitorId] decode=true)}}},"
                + "\"accountIds\":[\"account-0001\",\"account-0002\"],");
    }

    @Test
    void aTemplateNamesWireMocksTransformerInTheMappingFile() {
        Stub visitor = STUBS.stream().filter(s -> s.name().equals("visitors-get-200")).findFirst().orElseThrow();
        assertThat(StubJson.tree(visitor).path("response").path("transformers").toString()).isEqualTo("[\"response-template\"]");
        Stub list = STUBS.stream().filter(s -> s.name().equals("pages-list-200")).findFirst().orElseThrow();
        assertThat(StubJson.tree(list).path("response").has("transformers")).isFalse();
    }
}
