package dev.pendokit.maven;

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
 * The Java of README.md's "Using the libraries without Maven" compiles against the libraries alone:
 * this module's class path holds every library, and only the mojos besides.
 */
class ReadmeLibrariesTest {

    private static final String IMPORTS = """
            import dev.pendokit.collection.ApiModels;
            import dev.pendokit.collection.model.ApiModel;
            import dev.pendokit.collection.output.GeneratedFile;
            import dev.pendokit.collection.request.DocumentedRequest;
            import dev.pendokit.collection.resolve.ResolveOptions;
            import dev.pendokit.drift.DriftCheck;
            import dev.pendokit.drift.DriftOptions;
            import dev.pendokit.drift.FailOn;
            import dev.pendokit.generator.ClientGenerator;
            import dev.pendokit.generator.GeneratorOptions;
            import dev.pendokit.openapi.OpenApiOptions;
            import dev.pendokit.openapi.OpenApiWriter;
            import dev.pendokit.stubs.StubGenerator;
            import java.net.URI;
            import java.net.http.HttpRequest;
            import java.nio.file.Path;
            import java.util.Optional;
            """;

    @Test
    void theLibrariesSectionCompiles(@TempDir Path temp) throws IOException {
        List<String> snippets = JavaSnippets.javaBlocks(Files.readString(Path.of("..", "README.md"),
                StandardCharsets.UTF_8), "## Using the libraries without Maven");
        assertThat(snippets).hasSize(1);
        Path file = temp.resolve("ReadmeLibraries.java");
        Files.writeString(file, IMPORTS + "class ReadmeLibraries {\nvoid run() throws Exception {\n" + snippets.get(0)
                + "\n}\n}\n");
        assertThat(JavaSnippets.compile(file, temp.resolve("classes"))).isEmpty();
    }
}
