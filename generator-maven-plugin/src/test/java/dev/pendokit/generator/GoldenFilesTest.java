package dev.pendokit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.model.ApiModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources of the Pendo collection and of three corpus collections, compared file by
 * file with the golden copies under {@code src/test/golden}. Run with
 * {@code -Dpendokit.recreateGolden=true} to rewrite the golden files after an intended change,
 * then review the diff. The runtime is left out: it is a copy of this module's own sources.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src", "test", "golden");
    private static final boolean RECREATE = Boolean.getBoolean("pendokit.recreateGolden");

    @ParameterizedTest
    @ValueSource(strings = {"pendo", "p2o-echo.postman.json", "p2o-graphql.postman.json", "transformer-v2.0.0-box.json"})
    void generatedSourcesMatchTheGoldenFiles(String collection) throws IOException {
        ApiModel model = collection.equals("pendo") ? Generation.pendo() : Generation.corpus(collection);
        Path golden = GOLDEN.resolve(collection.replaceAll("\\.(postman\\.)?json$", ""));
        List<GeneratedFile> files = Generation.generate(model).stream()
                .filter(f -> !f.path().contains("/runtime/")).toList();
        if (RECREATE) {
            recreate(golden, files);
        }
        TreeSet<String> expected = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(golden)) {
            walk.filter(Files::isRegularFile).forEach(p -> expected.add(golden.relativize(p).toString().replace('\\', '/')));
        }
        assertThat(files).extracting(GeneratedFile::path).containsExactlyElementsOf(expected);
        List<String> differing = new ArrayList<>();
        for (GeneratedFile file : files) {
            String want = Files.readString(golden.resolve(file.path()), StandardCharsets.UTF_8);
            if (!want.equals(new String(file.content(), StandardCharsets.UTF_8))) {
                differing.add(file.path());
            }
        }
        assertThat(differing).as("files that differ from %s (re-create with -Dpendokit.recreateGolden=true and"
                + " review the diff)", golden).isEmpty();
    }

    private static void recreate(Path golden, List<GeneratedFile> files) throws IOException {
        if (Files.exists(golden)) {
            try (Stream<Path> walk = Files.walk(golden)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Generation.write(files, golden);
    }
}
