package dev.pendokit.stubs;

import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.output.GoldenFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The WireMock files of two corpus collections (one with saved examples, one without), compared
 * with the golden copies under {@code src/test/golden-stubs}; re-create them with
 * {@code -Dpendokit.recreateGolden=true}. The Pendo collection's 2,600 files are checked over HTTP
 * by the mock server's tests instead.
 */
class StubGoldenFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"p2o-echo.postman.json", "transformer-v2.0.0-box.json"})
    void stubsMatchTheGoldenFiles(String collection) throws IOException {
        GoldenFiles.assertMatch(StubGenerator.generate(TestModels.corpus(collection)),
                Path.of("src", "test", "golden-stubs", collection.replaceAll("\\.(postman\\.)?json$", "")));
    }
}
