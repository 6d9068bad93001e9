package dev.pendokit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.output.GeneratedFile;
import dev.pendokit.collection.output.GoldenFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Pendo collection's document, byte for byte: every change to the output is a reviewable diff
 * (re-create with {@code -Dpendokit.recreateGolden=true}).
 */
class PendoGoldenTest {

    @Test
    void pendoDocumentMatchesGoldenJson() throws Exception {
        GoldenFiles.assertMatch(List.of(new GeneratedFile(OpenApiDocument.JSON_FILE, Documents.pendo().json())),
                Path.of("src", "test", "golden", "pendo"));
    }

    @Test
    void sameModelGivesSameBytes() {
        OpenApiDocument again = OpenApiWriter.write(TestModels.pendo(), OpenApiOptions.DEFAULTS);
        assertThat(again.json()).isEqualTo(Documents.pendo().json());
        assertThat(again.yaml()).isEqualTo(Documents.pendo().yaml());
    }

    @Test
    void writesJsonAndYamlIntoADirectory(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Documents.pendo().writeTo(dir.resolve("openapi"));
        assertThat(dir.resolve("openapi/openapi.json")).hasBinaryContent(Documents.pendo().json());
        assertThat(dir.resolve("openapi/openapi.yaml")).hasBinaryContent(Documents.pendo().yaml());
    }
}
