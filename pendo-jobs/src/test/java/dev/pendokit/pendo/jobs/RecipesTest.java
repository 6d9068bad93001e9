package dev.pendokit.pendo.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.JavaSnippets;
import dev.pendokit.mock.PendoMockExtension;
import dev.pendokit.mock.ReceivedRequest;
import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.jobs.reverseetl.SyncResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The recipes show compiled code, and that code works against the mock server. */
class RecipesTest {

    @RegisterExtension
    static PendoMockExtension pendo = PendoMockExtension.builder().integrationKey("k").build();

    private static final Path README = Path.of("..", "README.md");
    private static final Path SNIPPETS = Path.of("src/test/java/dev/pendokit/pendo/jobs/RecipeSnippets.java");

    @Test
    void everyJavaBlockOfTheRecipesIsInTheCompiledSnippets() throws Exception {
        String snippets = unindented(Files.readString(SNIPPETS));
        // The event routing and reverse-ETL recipes; the others are compiled by ReadmeRecipesTest.
        List<String> blocks = JavaSnippets.javaBlocks(Files.readString(README), "## Recipes: the jobs Pendo integrations do")
                .stream().filter(b -> b.contains("EventRouter") || b.contains("MetadataSync") || b.contains("trackEventSecret"))
                .map(RecipesTest::unindented).toList();
        assertThat(blocks).hasSize(3);
        assertThat(blocks).allSatisfy(block -> assertThat(snippets).contains(block));
    }

    @Test
    void theRecipesRunAgainstTheMock() {
        // The mock's own answers, unstubbed: a bulk update that reports no failures.
        PendoClient client = PendoClient.builder().baseUrl(pendo.baseUrl()).dataHost(pendo.baseUrl())
                .integrationKey("k").trackEventSecret("s").build();
        RecipeSnippets.routeEvents(client);
        assertThat(pendo.receivedRequests()).extracting(ReceivedRequest::url).containsExactly(
                "/api/v1/metadata/visitor/custom/value?create=true",
                "/api/v1/metadata/account/custom/value?create=true",
                "/data/track");
        pendo.mock().resetRequests();

        SyncResult result = RecipeSnippets.syncAccounts(client);
        assertThat(result.updated()).containsExactly("acme", "globex");
        assertThat(result.total()).isEqualTo(2);
    }

    /** Each line without its leading blanks: the recipes and the class indent differently. */
    private static String unindented(String text) {
        return text.lines().map(String::strip).reduce("", (a, b) -> a + b + "\n");
    }
}
