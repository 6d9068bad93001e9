package dev.pendokit.pendo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
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
            import dev.pendokit.pendo.api.*;
            import dev.pendokit.pendo.model.*;
            import dev.pendokit.pendo.runtime.*;
            import java.net.URI;
            import java.time.Duration;
            import java.util.List;
            import java.util.concurrent.CompletableFuture;
            """;

    @Test
    void theClientSectionCompiles(@TempDir Path temp) throws IOException {
        List<String> snippets = javaBlocks(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8),
                "## Using the Pendo client");
        assertThat(snippets).isNotEmpty();
        StringBuilder source = new StringBuilder(IMPORTS).append("class ReadmeClient {\n");
        for (int i = 0; i < snippets.size(); i++) {
            source.append("void snippet").append(i).append("(JsonNode query) throws Exception {\n")
                    .append(snippets.get(i)).append("\n}\n");
        }
        Path file = temp.resolve("ReadmeClient.java");
        Files.writeString(file, source.append("}\n"));
        assertThat(compile(file, temp.resolve("classes"))).isEmpty();
    }

    /** The bodies of the ```java blocks between {@code heading} and the next {@code ## } heading. */
    static List<String> javaBlocks(String markdown, String heading) {
        String section = markdown.substring(markdown.indexOf(heading));
        int next = section.indexOf("\n## ", heading.length());
        section = next < 0 ? section : section.substring(0, next);
        List<String> blocks = new ArrayList<>();
        int at = 0;
        while ((at = section.indexOf("```java\n", at)) >= 0) {
            int end = section.indexOf("```", at + 8);
            blocks.add(section.substring(at + 8, end));
            at = end + 3;
        }
        return blocks;
    }

    private static List<String> compile(Path file, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Files.createDirectories(classes);
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            javac.getTask(null, files, diagnostics, List.of("-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path")), null, files.getJavaFileObjects(file)).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add("line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }
}
