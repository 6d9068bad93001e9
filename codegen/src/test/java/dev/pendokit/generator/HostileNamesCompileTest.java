package dev.pendokit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.TinyCollection;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.output.GeneratedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collections whose names Java, the file system or the generated client would not take as they
 * are (keywords, digits, other scripts, 300 characters, the client's own members) generate code
 * that javac compiles without a warning. Each name's repair is tested word for word in
 * {@code DefaultOptionsTest} and the collection module's {@code HostileNamesTest}.
 */
class HostileNamesCompileTest {

    /** Collection names; their clients are compiled together where their packages differ. */
    static final List<String> COLLECTION_NAMES = List.of("Class", "Int", "Enum", "null", "true", "false", "goto",
            "var", "yield", "record", "_", "123 API", "日本語", "Café API", "!!!", "", "Runtime", "Illegal State",
            "String", "Object", "Con", "Aux API", "Builder", "Region", "Transport", "x".repeat(300),
            "Pendo API " + "y".repeat(300), "42");

    @Test
    void clientsOfHostileCollectionNamesCompile(@TempDir Path temp) {
        List<List<GeneratedFile>> batches = new ArrayList<>();
        List<Set<String>> packages = new ArrayList<>();
        for (String name : COLLECTION_NAMES) {
            ApiModel model = TinyCollection.named(name).folder("Things", "List things").request("Ping").model();
            GeneratorOptions options = DefaultOptions.of(model.name()).options();
            List<GeneratedFile> files = ClientGenerator.generate(model, options);
            int batch = 0;
            while (batch < batches.size() && packages.get(batch).contains(options.packageName())) {
                batch++;
            }
            if (batch == batches.size()) {
                batches.add(new ArrayList<>());
                packages.add(new HashSet<>());
            }
            batches.get(batch).addAll(files);
            packages.get(batch).add(options.packageName());
        }
        for (int i = 0; i < batches.size(); i++) {
            assertCompiles(batches.get(i), temp.resolve("batch" + i));
        }
    }

    @Test
    void aClientOfHostileFoldersRequestsAndFieldsCompiles(@TempDir Path temp) {
        assertCompiles(ClientGenerator.generate(HostileCollection.model(), new GeneratorOptions("dev.pendokit.hostile",
                "HostileClient")), temp);
    }

    static void assertCompiles(List<GeneratedFile> files, Path temp) {
        Generation.write(files, temp.resolve("src"));
        assertThat(Generation.compile(temp.resolve("src"), temp.resolve("classes"))).isEmpty();
    }

    /** One collection with every name the client, its builder, its records and its files would trip on. */
    static final class HostileCollection {

        private HostileCollection() {}

        static ApiModel model() {
            TinyCollection collection = TinyCollection.named("Hostile")
                    .folder("Transport", "Get transport")
                    .folder("builder", "Get builder")
                    .folder("Builder", "Get the builder")
                    .folder("close", "Close it")
                    .folder("toString", "Get string")
                    .folder("class", "Get class")
                    .folder("123", "Get 123")
                    .folder("日本語", "取得")
                    .folder("!!!", "Get bangs")
                    .folder("Region", "Get region")
                    .folder("pages", "List pages")
                    .folder("Pages", "List pages")
                    .folder("z".repeat(300), "r".repeat(300), "Get " + "r".repeat(300))
                    .documentedFolder("Strings", "String")
                    .documentedFolder("Builders", "Builder")
                    .documentedFolder("Objects", "Object")
                    .documentedFolder("Records", "Record")
                    .documentedFolder("Cons", "Con")
                    .request("builder")
                    .request("transport")
                    .request("close")
                    .request("pages")
                    .request("Get thing")
                    .request("Get thing async")
                    .item(TinyCollection.get("Fields", "{\"class\": 1, \"missing\": true, \"builder\": \"b\","
                            + " \"toBuilder\": \"t\", \"additionalProperties\": {}, \"transport\": \"x\", \"日本語\": 1,"
                            + " \"\": 2, \"123\": 3, \"" + "k".repeat(300) + "\": 4, \"hashCode\": 5, \"_\": 6}"))
                    .item(parameters())
                    .item(positional());
            ObjectNode root = collection.root();
            root.putObject("auth").put("type", "apikey").putArray("apikey")
                    .add(keyValue("key", "x-api-key")).add(keyValue("value", "{{build}}")).add(keyValue("in", "header"));
            root.withArray("variable").addObject().put("key", "httpClient").put("value", "https://a.example.com")
                    .put("description", "US https://a.example.com, EU https://b.example.com");
            root.withArray("item").add(onServer("Get from httpClient", "{{httpClient}}/a"));
            root.withArray("variable").addObject().put("key", "name").put("value", "https://n.example.com")
                    .put("description", "US https://n.example.com, EU https://m.example.com");
            root.withArray("item").add(onServer("Get from name", "{{name}}/n"));
            return collection.model();
        }

        private static ObjectNode keyValue(String key, String value) {
            return JsonNodeFactory.instance.objectNode().put("key", key).put("value", value);
        }

        private static ObjectNode onServer(String name, String url) {
            ObjectNode item = TinyCollection.get(name, "{\"id\": \"1\"}");
            ((ObjectNode) item.get("request")).put("url", url);
            return item;
        }

        /** Two path parameters, named like the API class's field and its reader of the answer. */
        private static ObjectNode positional() {
            ObjectNode item = TinyCollection.get("Get positional", "{\"id\": \"1\"}");
            ObjectNode url = ((ObjectNode) item.get("request")).putObject("url");
            url.put("raw", "{{baseUrl}}/q/:transport/:getPositionalResponseReader");
            url.putArray("host").add("{{baseUrl}}");
            url.putArray("path").add("q").add(":transport").add(":getPositionalResponseReader");
            url.putArray("variable").add(keyValue("transport", "t")).add(keyValue("getPositionalResponseReader", "r"));
            return item;
        }

        /** Path, query and header parameters named like the fields and locals of the generated code. */
        private static ObjectNode parameters() {
            ObjectNode item = TinyCollection.get("Get with parameters", "{\"id\": \"1\"}");
            ObjectNode url = ((ObjectNode) item.get("request")).putObject("url");
            url.put("raw", "{{baseUrl}}/p/:transport/:idReader?missing=1&params=2&builder=3");
            url.putArray("host").add("{{baseUrl}}");
            url.putArray("path").add("p").add(":transport").add(":idReader");
            url.putArray("query").add(keyValue("missing", "1")).add(keyValue("params", "2"))
                    .add(keyValue("builder", "3"));
            url.putArray("variable").add(keyValue("transport", "t")).add(keyValue("idReader", "r"));
            return item;
        }
    }
}
