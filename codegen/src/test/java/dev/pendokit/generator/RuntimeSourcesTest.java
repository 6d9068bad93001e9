package dev.pendokit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.output.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The runtime copied into clients is exactly the runtime module's package, with the package renamed. */
class RuntimeSourcesTest {

    private static final Path RUNTIME = Path.of("..", "runtime", "src", "main", "java", "dev", "pendokit", "runtime");

    @Test
    void theListOfFilesIsTheRuntimePackage() throws IOException {
        assertThat(javaFiles(RUNTIME)).containsExactlyElementsOf(RuntimeSources.FILES);
        assertThat(javaFiles(RUNTIME.resolve("aggregation"))).containsExactlyElementsOf(RuntimeSources.AGGREGATION_FILES);
    }

    @Test
    void theAggregationBuilderIsCopiedIntoItsPackageUsingTheClientsRuntime() throws IOException {
        for (GeneratedFile copy : RuntimeSources.copyAggregation("com.example.client.aggregation",
                "com.example.client.runtime")) {
            String original = Files.readString(RUNTIME.resolve("aggregation").resolve(Path.of(copy.path()).getFileName()),
                    StandardCharsets.UTF_8);
            assertThat(copy.path()).startsWith("com/example/client/aggregation/");
            assertThat(new String(copy.content(), StandardCharsets.UTF_8)).isEqualTo(original
                    .replace("package dev.pendokit.runtime.aggregation;", "package com.example.client.aggregation;")
                    .replace("import dev.pendokit.runtime.", "import com.example.client.runtime."))
                    .doesNotContain("dev.pendokit");
        }
    }

    private static List<String> javaFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void copiesOnlyRenameThePackage() throws IOException {
        List<GeneratedFile> copies = RuntimeSources.copyInto("com.example.client.runtime");
        for (GeneratedFile copy : copies) {
            String original = Files.readString(RUNTIME.resolve(Path.of(copy.path()).getFileName()),
                    StandardCharsets.UTF_8);
            assertThat(copy.path()).startsWith("com/example/client/runtime/");
            assertThat(new String(copy.content(), StandardCharsets.UTF_8)).isEqualTo(original.replace(
                    "package dev.pendokit.runtime;", "package com.example.client.runtime;"));
        }
    }
}
