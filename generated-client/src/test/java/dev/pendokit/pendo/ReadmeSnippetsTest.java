package dev.pendokit.pendo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.JavaSnippets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java of README.md's "Using the Pendo client" section compiles against the generated client:
 * the README cannot drift from the code.
 */
class ReadmeSnippetsTest {

    private static final String IMPORTS = """
            import com.fasterxml.jackson.databind.JsonNode;
            import dev.pendokit.pendo.*;
            import dev.pendokit.pendo.aggregation.*;
            import dev.pendokit.pendo.api.*;
            import dev.pendokit.pendo.model.*;
            import dev.pendokit.pendo.runtime.*;
            import java.net.URI;
            import java.time.Duration;
            import java.util.List;
            import java.util.Map;
            import java.util.concurrent.CompletableFuture;
            """;

    @Test
    void theClientSectionCompiles(@TempDir Path temp) throws IOException {
        List<String> snippets = JavaSnippets.javaBlocks(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8),
                "## Using the Pendo client");
        assertThat(snippets).isNotEmpty();
        StringBuilder source = new StringBuilder(IMPORTS).append("class ReadmeClient {\n");
        for (int i = 0; i < snippets.size(); i++) {
            source.append("void snippet").append(i).append("(JsonNode query) throws Exception {\n")
                    .append(snippets.get(i)).append("\n}\n");
        }
        Path file = temp.resolve("ReadmeClient.java");
        Files.writeString(file, source.append("}\n"));
        assertThat(JavaSnippets.compile(file, temp.resolve("classes"))).isEmpty();
    }
}
