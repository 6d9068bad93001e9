package dev.pendokit.generator;

import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.output.GeneratedFile;
import dev.pendokit.collection.output.GoldenFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources of the Pendo collection and of three corpus collections, compared file by
 * file with the golden copies under {@code src/test/golden}. Run with
 * {@code -Dpendokit.recreateGolden=true} to rewrite the golden files after an intended change,
 * then review the diff. The runtime and the aggregation builder are left out: they are copies of the
 * runtime module's sources (RuntimeSourcesTest).
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src", "test", "golden");

    @ParameterizedTest
    @ValueSource(strings = {"pendo", "p2o-echo.postman.json", "p2o-graphql.postman.json", "transformer-v2.0.0-box.json"})
    void generatedSourcesMatchTheGoldenFiles(String collection) throws IOException {
        ApiModel model = collection.equals("pendo") ? TestModels.pendo() : TestModels.corpus(collection);
        Path golden = GOLDEN.resolve(collection.replaceAll("\\.(postman\\.)?json$", ""));
        List<GeneratedFile> files = Generation.generate(model).stream()
                .filter(f -> !f.path().contains("/runtime/") && (!f.path().contains("/aggregation/")
                        || f.path().endsWith("/Sources.java"))).toList();
        GoldenFiles.assertMatch(files, golden);
    }
}
