package dev.pendokit.pendo.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.JavaSnippets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java of README.md's recipes compiles against pendo-jobs and the client: the recipes cannot drift. */
class ReadmeRecipesTest {

    private static final String IMPORTS = """
            import com.fasterxml.jackson.databind.JsonNode;
            import dev.pendokit.pendo.*;
            import dev.pendokit.pendo.model.*;
            import dev.pendokit.pendo.runtime.*;
            import dev.pendokit.pendo.aggregation.*;
            import dev.pendokit.pendo.jobs.bi.*;
            import dev.pendokit.pendo.jobs.elt.*;
            import dev.pendokit.pendo.jobs.events.*;
            import dev.pendokit.pendo.jobs.reverseetl.*;
            import java.time.*;
            import java.util.*;
            """;

    @Test
    void theRecipesCompile(@TempDir Path temp) throws IOException {
        List<String> snippets = JavaSnippets.javaBlocks(Files.readString(Path.of("..", "README.md"),
                StandardCharsets.UTF_8), "## Recipes: the jobs Pendo integrations do");
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(2);
        StringBuilder source = new StringBuilder(IMPORTS).append("class ReadmeRecipes {\n");
        // Each block in a method of its own, given the client it uses; the block that builds one
        // is followed, in the same method, by the blocks that use it.
        for (int i = 0; i < snippets.size(); i++) {
            String block = snippets.get(i);
            source.append("void recipe").append(i).append(block.contains("PendoClient pendo =") ? "()" : "(PendoClient pendo)")
                    .append(" throws Exception {\n").append(block);
            while (block.contains("PendoClient pendo =") && i + 1 < snippets.size()) {
                source.append(snippets.get(++i));
            }
            source.append("\n}\n");
        }
        Path file = temp.resolve("ReadmeRecipes.java");
        Files.writeString(file, source.append("}\n"));
        assertThat(JavaSnippets.compile(file, temp.resolve("classes"))).isEmpty();
    }
}
