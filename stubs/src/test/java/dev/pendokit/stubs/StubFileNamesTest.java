package dev.pendokit.stubs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.TinyCollection;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.naming.NameOverrides;
import dev.pendokit.collection.naming.ShortNames;
import dev.pendokit.collection.output.GeneratedFile;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stub file names from names no file system would take as they are: 300 characters, no Latin letter. */
class StubFileNamesTest {

    @Test
    void aLongRequestNameGivesAFileNameCutWithItsHash() {
        // Two examples of one call share its method's name, so each stub is named by its request too.
        String first = "Run " + "r".repeat(300);
        String second = "Run " + "s".repeat(300);
        ApiModel model = TinyCollection.named("T").item(example(first, "{\"a\": 1}")).item(example(second, "{\"b\": 2}"))
                .model();

        List<String> paths = StubGenerator.generate(model).stream().map(GeneratedFile::path).toList();

        assertThat(paths).allSatisfy(path -> assertThat(path.substring(path.indexOf('/') + 1).getBytes(UTF_8).length)
                .isLessThanOrEqualTo(StubGenerator.MAX_NAME + 40));
        assertThat(paths).contains("mappings/" + ShortNames.fit("send-run-run-" + "r".repeat(300), StubGenerator.MAX_NAME)
                + "-200.json");
    }

    @Test
    void namesWithoutLatinLettersGiveOperationNotAnEmptyName() {
        byte[] json = TinyCollection.named("T").folder("日本語", "取得").json();
        ResolveOptions options = ResolveOptions.DEFAULTS.withOverrides(NameOverrides.parse(List.of(
                "operation:日本語/取得=取得"), "test"));

        assertThat(StubGenerator.generate(ApiModels.load(json, "t.json", options))).extracting(GeneratedFile::path)
                .contains("mappings/operation-200.json").noneMatch(path -> path.startsWith("mappings/-"));
    }

    private static ObjectNode example(String name, String body) {
        ObjectNode item = TinyCollection.get(name, "{\"ok\": true}");
        ObjectNode request = (ObjectNode) item.get("request");
        request.put("method", "POST").put("url", "{{baseUrl}}/run");
        request.putObject("body").put("mode", "raw").put("raw", body);
        return item;
    }
}
