package dev.pendokit.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.output.GeneratedFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every collection of the corpus, and Pendo's, generates code that javac compiles without a
 * warning ({@code -Xlint:all -Werror}), against Jackson alone, and whose Javadoc passes every
 * doclint check without a warning; the v1 collection is refused with the reader's message instead.
 */
class GeneratedCodeCompilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"p2o-api-key.postman.json", "p2o-duplicate-query-params.postman.json",
        "p2o-echo.postman.json", "p2o-empty-header-object.postman.json", "p2o-graphql.postman.json",
        "transformer-v2.0.0-box.json", "transformer-v2.0.0-multi-level-folders.json",
        "transformer-v2.1.0-nestedEntities.json", "transformer-v2.1.0-proper-url-parsing.json",
        "transformer-v2.1.0-rawjsonbody.json"})
    void corpusCollectionsCompile(String file, @TempDir Path temp) {
        assertCompiles(TestModels.corpus(file), temp);
    }

    @Test
    void thePendoClientCompiles(@TempDir Path temp) {
        assertCompiles(TestModels.pendo(), temp);
    }

    @Test
    void theV1CollectionIsRefusedWithTheReadersMessage() {
        assertThatThrownBy(() -> TestModels.corpus("transformer-v1.0.0-malformed.json"))
                .isInstanceOf(CollectionException.class)
                .hasMessageStartingWith("transformer-v1.0.0-malformed.json is a Postman Collection v1 file");
    }

    @Test
    void theSameModelGivesByteIdenticalFiles() {
        ApiModel model = TestModels.pendo();
        List<GeneratedFile> first = Generation.generate(model);
        List<GeneratedFile> second = Generation.generate(TestModels.pendo());
        assertThat(second).isEqualTo(first);
        assertThat(first).allSatisfy(file -> assertThat(Arrays.equals(file.content(),
                second.get(first.indexOf(file)).content())).isTrue());
        // Copied, not generated: the runtime, and the aggregation builder beside the generated Sources.
        assertThat(first).filteredOn(f -> !f.path().contains("/runtime/") && !f.path().contains("/aggregation/")
                        || f.path().endsWith("/Sources.java"))
                .allSatisfy(f -> assertThat(new String(f.content(), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("@Generated(\"dev.pendokit.generator.ClientGenerator\")")
                        .doesNotContainPattern("date\\s*="));
    }

    private static void assertCompiles(ApiModel model, Path temp) {
        List<GeneratedFile> files = Generation.generate(model);
        Generation.write(files, temp.resolve("src"));
        assertThat(Generation.compile(temp.resolve("src"), temp.resolve("classes"))).isEmpty();
        assertThat(Generation.javadoc(temp.resolve("src"), temp.resolve("javadoc"))).isEmpty();
    }
}
