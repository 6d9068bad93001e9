package dev.pendokit.collection.postman;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pendokit.collection.CollectionException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostmanReaderTest {

    private static final String V21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
    private static final String V20 = "https://schema.getpostman.com/json/collection/v2.0.0/collection.json";
    private static final String REEXPORT = "Open it in Postman and export it again as Collection v2.1"
            + " (the collection's ... menu > Export > Collection v2.1)";

    private static PostmanCollection read(String json) {
        return PostmanReader.read(json.getBytes(UTF_8), "test.json");
    }

    /** The message of the refusal that reading {@code json} raises. */
    private static String refusal(String json) {
        try {
            read(json);
        } catch (CollectionException e) {
            return e.getMessage();
        }
        throw new AssertionError("reading should have failed: " + json);
    }

    /** A v2.1 collection whose "item" array holds {@code items}. */
    private static String v21(String items) {
        return "{\"info\": {\"name\": \"Test\", \"schema\": \"" + V21 + "\"}, \"item\": [" + items + "]}";
    }

    /** The one request of a v2.1 collection whose only item is {@code item}. */
    private static PostmanItem.Request request(String item) {
        return (PostmanItem.Request) read(v21(item)).items().get(0);
    }

    private static KeyValue kv(String key, String value) {
        return new KeyValue(key, value, "", false);
    }

    @Nested
    class Versions {

        @Test
        void readsACollectionOfSchemaV21() {
            PostmanCollection collection = read("""
                    {
                      "info": {
                        "_postman_id": "0b7b3c1e",
                        "name": "Pendo API",
                        "description": "The overview",
                        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
                      },
                      "item": []
                    }
                    """);

            assertThat(collection.source()).isEqualTo("test.json");
            assertThat(collection.version()).isEqualTo(SchemaVersion.V2_1_0);
            assertThat(collection.name()).isEqualTo("Pendo API");
            assertThat(collection.description()).isEqualTo("The overview");
            assertThat(collection.items()).isEmpty();
            assertThat(collection.auth()).isEmpty();
            assertThat(collection.variables()).isEmpty();
            assertThat(collection.events()).isEmpty();
        }

        @Test
        void readsACollectionOfSchemaV20() {
            PostmanCollection collection = read("""
                    {
                      "info": {"name": "Old", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
                      "item": [{"name": "Ping", "request": {"url": "{{baseUrl}}/ping", "method": "GET"}}]
                    }
                    """);

            assertThat(collection.version()).isEqualTo(SchemaVersion.V2_0_0);
            assertThat(collection.version().number()).isEqualTo("2.0.0");
            assertThat(collection.items()).extracting(PostmanItem::name).containsExactly("Ping");
        }

        @Test
        void readsTheSchemaOfPostmansNewerHost() {
            PostmanCollection collection = read("""
                    {"info": {"name": "N", "schema": "https://schema.postman.com/json/collection/v2.1.0/"}, "item": []}
                    """);

            assertThat(collection.version()).isEqualTo(SchemaVersion.V2_1_0);
        }

        @Test
        void unwrapsTheCollectionThatPostmansApiReturnsAndPointsIntoTheWrapper() {
            PostmanCollection collection = read("""
                    {
                      "collection": {
                        "info": {"name": "Wrapped", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                        "item": [{"name": "Ping", "request": {"url": "{{baseUrl}}/ping"}}]
                      }
                    }
                    """);

            assertThat(collection.name()).isEqualTo("Wrapped");
            assertThat(collection.items()).extracting(PostmanItem::pointer).containsExactly("/collection/item/0");
        }

        @Test
        void pointsIntoTheWrapperWhenTheWrappedCollectionIsIncomplete() {
            String json = """
                    {"collection": {"info": {"name": "W", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}}}
                    """;

            assertThat(refusal(json)).isEqualTo("test.json at /collection: there is no \"item\" array. A collection"
                    + " lists its folders and requests under \"item\"");
        }

        @Test
        void refusesAVersion1File() {
            String json = """
                    {
                      "id": "8f2b",
                      "name": "Old collection",
                      "order": ["r1"],
                      "folders": [],
                      "requests": [{"id": "r1", "url": "https://example.com", "method": "GET"}]
                    }
                    """;

            assertThat(refusal(json)).isEqualTo("test.json is a Postman Collection v1 file (it has top-level"
                    + " \"requests\" and \"order\" instead of \"info\" and \"item\"), and pendokit reads only schema"
                    + " v2.0.0 and v2.1.0. " + REEXPORT);
        }

        @Test
        void refusesAFileWhoseSchemaIsVersion1() {
            String json = """
                    {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v1.0.0/collection.json"}, "item": []}
                    """;

            assertThat(refusal(json)).isEqualTo("test.json is a Postman Collection v1 file (info.schema is"
                    + " \"https://schema.getpostman.com/json/collection/v1.0.0/collection.json\"), and pendokit reads"
                    + " only schema v2.0.0 and v2.1.0. " + REEXPORT);
        }

        @Test
        void refusesAnUnknownSchemaVersion() {
            String json = """
                    {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v3.0.0/collection.json"}, "item": []}
                    """;

            assertThat(refusal(json)).isEqualTo("test.json is schema version 3.0.0 (info.schema is"
                    + " \"https://schema.getpostman.com/json/collection/v3.0.0/collection.json\"), and pendokit reads"
                    + " only schema v2.0.0 and v2.1.0. " + REEXPORT);
        }

        @Test
        void refusesAMissingSchema() {
            assertThat(refusal("{\"info\": {\"name\": \"x\"}, \"item\": []}"))
                    .isEqualTo("test.json declares no schema version (info.schema is missing), so pendokit cannot tell"
                            + " which Postman format it is; it reads v2.0.0 and v2.1.0. " + REEXPORT);
        }

        @Test
        void refusesASchemaWithoutVersion() {
            assertThat(refusal("{\"info\": {\"name\": \"x\", \"schema\": \"https://example.com/schema.json\"}, \"item\": []}"))
                    .isEqualTo("test.json declares no schema version (info.schema is \"https://example.com/schema.json\"),"
                            + " so pendokit cannot tell which Postman format it is; it reads v2.0.0 and v2.1.0. "
                            + REEXPORT);
        }

        @Test
        void refusesAnObjectWithoutInfo() {
            assertThat(refusal("{\"item\": []}"))
                    .isEqualTo("test.json: there is no \"info\" object, so this is not a Postman collection. " + REEXPORT);
        }
    }

    @Nested
    class NotACollection {

        @Test
        void refusesTextThatIsNotJsonWithItsLineAndColumn() {
            String message = refusal("{\n  \"info\": {,\n}");

            assertThat(message).startsWith("test.json is not JSON (line 2, column 12: ");
            assertThat(message).endsWith("). Check that the file is a Postman collection export, and fix the JSON"
                    + " at that place");
        }

        @Test
        void refusesTextAfterTheCollection() {
            String message = refusal("{\"info\": {}}\n{}");

            assertThat(message).startsWith("test.json is not JSON (line 2, column 1: ");
        }

        @Test
        void refusesAnArray() {
            assertThat(refusal("[]"))
                    .isEqualTo("test.json: the file holds an array, not a Postman collection object. " + REEXPORT);
        }

        @Test
        void refusesAString() {
            assertThat(refusal("\"collection\""))
                    .isEqualTo("test.json: the file holds a string, not a Postman collection object. " + REEXPORT);
        }

        @Test
        void refusesAnEmptyFile() {
            assertThat(refusal(""))
                    .isEqualTo("test.json: the file holds nothing, not a Postman collection object. " + REEXPORT);
            assertThat(refusal("  \n "))
                    .isEqualTo("test.json: the file holds nothing, not a Postman collection object. " + REEXPORT);
        }

        @Test
        void refusesACollectionWithoutItems() {
            assertThat(refusal("{\"info\": {\"name\": \"x\", \"schema\": \"" + V21 + "\"}}"))
                    .isEqualTo("test.json: there is no \"item\" array. A collection lists its folders and requests under"
                            + " \"item\"");
        }

        @Test
        void refusesItemsThatAreNotAnArray() {
            assertThat(refusal("{\"info\": {\"name\": \"x\", \"schema\": \"" + V21 + "\"}, \"item\": {}}"))
                    .isEqualTo("test.json at /item: \"item\" is an object, not an array of folders and requests. "
                            + REEXPORT);
        }

        @Test
        void refusesAnItemThatIsNotAnObject() {
            assertThat(refusal(v21("\"Get a page\"")))
                    .isEqualTo("test.json at /item/0: an item is a string, not a folder or request object. " + REEXPORT);
        }

        @Test
        void refusesAnItemThatIsNeitherFolderNorRequest() {
            String json = v21("""
                    {"name": "Page", "item": [{"name": "Lost", "description": "no request here"}]}
                    """);

            assertThat(refusal(json)).isEqualTo("test.json at /item/0/item/0: item \"Lost\" is neither a folder (it has"
                    + " no \"item\" array) nor a request (it has no \"request\"). Give it a request, or make it a"
                    + " folder, or remove it");
        }

        @Test
        void refusesAnItemWhoseRequestIsNull() {
            assertThat(refusal(v21("{\"name\": \"Null\", \"request\": null}"))).startsWith(
                    "test.json at /item/0: item \"Null\" is neither a folder");
        }
    }

    @Nested
    class Names {

        private static final String FIX = "Write the name as a JSON string, or rename it in Postman and export it"
                + " again";

        @Test
        void readsAMissingOrNullNameAsEmpty() {
            assertThat(read("{\"info\": {\"schema\": \"" + V21 + "\"}, \"item\": []}").name()).isEmpty();
            assertThat(read("{\"info\": {\"name\": null, \"schema\": \"" + V21 + "\"}, \"item\": []}").name())
                    .isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "[null]         | an array",
                "{\"en\": \"API\"} | an object",
                "42             | a number",
                "true           | a boolean",
        })
        void refusesACollectionNameThatIsNotAString(String name, String kind) {
            String json = "{\"info\": {\"name\": " + name + ", \"schema\": \"" + V21 + "\"}, \"item\": []}";

            assertThat(refusal(json)).isEqualTo("test.json at /info/name: the collection's name (info.name) is " + kind
                    + ", not a string. " + FIX);
        }

        @Test
        void pointsIntoTheWrapperAtAnUnreadableCollectionName() {
            String json = "{\"collection\": {\"info\": {\"name\": [\"A\"], \"schema\": \"" + V21
                    + "\"}, \"item\": []}}";

            assertThat(refusal(json)).isEqualTo("test.json at /collection/info/name: the collection's name (info.name)"
                    + " is an array, not a string. " + FIX);
        }

        @Test
        void refusesAnItemNameThatIsNotAString() {
            assertThat(refusal(v21("{\"name\": \"Page\", \"item\": [{\"name\": {\"x\": 1}, \"request\": \"/p\"}]}")))
                    .isEqualTo("test.json at /item/0/item/0/name: the item's name is an object, not a string. " + FIX);
        }
    }

    @Nested
    class FilesAndStreams {

        @Test
        void readsAFileAndNamesItByItsFileName(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("pendo.postman_collection.json");
            Files.writeString(file, v21(""));

            PostmanCollection collection = PostmanReader.read(file);

            assertThat(collection.source()).isEqualTo("pendo.postman_collection.json");
            assertThat(collection.name()).isEqualTo("Test");
        }

        @Test
        void namesTheFileInItsRefusals(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("broken.json");
            Files.writeString(file, "{\"item\": []}");

            assertThatThrownBy(() -> PostmanReader.read(file))
                    .isInstanceOf(CollectionException.class)
                    .hasMessage("broken.json: there is no \"info\" object, so this is not a Postman collection. "
                            + REEXPORT);
        }

        @Test
        void refusesAMissingFile(@TempDir Path dir) {
            Path file = dir.resolve("missing.json");

            assertThatThrownBy(() -> PostmanReader.read(file))
                    .isInstanceOf(CollectionException.class)
                    .hasMessage("The collection file " + file + " does not exist. Check the path"
                            + " (pendokit.collection), or leave it unset for the bundled Pendo collection");
        }

        @Test
        void refusesADirectory(@TempDir Path dir) {
            assertThatThrownBy(() -> PostmanReader.read(dir))
                    .isInstanceOf(CollectionException.class)
                    .hasMessageStartingWith("The collection file " + dir + " cannot be read: ");
        }

        @Test
        void readsAStream() {
            PostmanCollection collection = PostmanReader.read(
                    new ByteArrayInputStream(v21("").getBytes(UTF_8)), "stream.json");

            assertThat(collection.source()).isEqualTo("stream.json");
            assertThat(collection.version()).isEqualTo(SchemaVersion.V2_1_0);
        }
    }

    @Nested
    class Items {

        @Test
        void readsFoldersAndRequestsWithTheirPointers() {
            PostmanCollection collection = read(v21("""
                    {
                      "name": "Visitor",
                      "description": "Visitors of the app",
                      "item": [
                        {"name": "Sub", "item": []},
                        {"name": "Get Visitor", "request": {"method": "GET", "url": "{{baseUrl}}/api/v1/visitor/:visitorId"}}
                      ]
                    },
                    {"name": "Ping", "request": {"url": "{{baseUrl}}/ping"}}
                    """));

            assertThat(collection.items()).hasSize(2);
            PostmanItem.Folder visitor = (PostmanItem.Folder) collection.items().get(0);
            assertThat(visitor.name()).isEqualTo("Visitor");
            assertThat(visitor.description()).isEqualTo("Visitors of the app");
            assertThat(visitor.pointer()).isEqualTo("/item/0");
            assertThat(visitor.items()).extracting(PostmanItem::name).containsExactly("Sub", "Get Visitor");
            assertThat(visitor.items()).extracting(PostmanItem::pointer).containsExactly("/item/0/item/0", "/item/0/item/1");
            assertThat(visitor.items().get(0)).isInstanceOf(PostmanItem.Folder.class);
            assertThat(visitor.items().get(1)).isInstanceOf(PostmanItem.Request.class);
            assertThat(collection.items().get(1)).isInstanceOf(PostmanItem.Request.class);
            assertThat(collection.items().get(1).pointer()).isEqualTo("/item/1");
        }

        @Test
        void readsAFolderWhoseItemsAreNullAsEmpty() {
            PostmanItem.Folder folder = (PostmanItem.Folder) read(v21("{\"name\": \"Empty\", \"item\": null}")).items().get(0);

            assertThat(folder.items()).isEmpty();
        }

        @Test
        void readsARequestGivenAsAUrlString() {
            PostmanItem.Request request = request("""
                    {"name": "Short", "request": "https://app.pendo.io/api/v1/page?id=1", "description": "from the item"}
                    """);

            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.description()).isEqualTo("from the item");
            assertThat(request.url().host()).containsExactly("app.pendo.io");
            assertThat(request.url().path()).containsExactly("api", "v1", "page");
            assertThat(request.url().query()).containsExactly(kv("id", "1"));
            assertThat(request.headers()).isEmpty();
            assertThat(request.body()).isEmpty();
            assertThat(request.auth()).isEmpty();
        }

        @Test
        void upperCasesTheMethodAndDefaultsItToGet() {
            PostmanCollection collection = read(v21("""
                    {"name": "a", "request": {"method": "post", "url": "x"}},
                    {"name": "b", "request": {"url": "x"}}
                    """));

            assertThat(collection.items()).extracting(i -> ((PostmanItem.Request) i).method())
                    .containsExactly("POST", "GET");
        }

        /** Found by the fuzz test (seed db2bc762c2796304): the method "*&#47;" closed the Javadoc it was put in. */
        @ParameterizedTest
        @ValueSource(strings = {"*/", "GET /x", "日本", "a\tb"})
        void refusesAMethodThatIsNotAnHttpToken(String method) {
            String json = v21("{\"name\": \"Odd\", \"request\": {\"method\": \"" + method.replace("\t", "\\t")
                    + "\", \"url\": \"https://x.test/a\"}}");

            assertThat(refusal(json)).isEqualTo("test.json at /item/0/request/method: the method \""
                    + method.toUpperCase(Locale.ROOT) + "\" is not an HTTP method (one word of letters, digits and"
                    + " !#$%&'*+-.^_`|~). Set the request's method in Postman and export it again");
        }

        @Test
        void acceptsAnyMethodThatIsAnHttpToken() {
            assertThat(request("{\"name\": \"Purge\", \"request\": {\"method\": \"purge\", \"url\": \"/a\"}}")
                    .method()).isEqualTo("PURGE");
        }

        @Test
        void upperCasesTheMethodTheSameWayInEveryLocale() {
            Locale before = Locale.getDefault();
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            try {
                assertThat(request("{\"name\": \"o\", \"request\": {\"method\": \"options\", \"url\": \"x\"}}").method())
                        .isEqualTo("OPTIONS");
            } finally {
                Locale.setDefault(before);
            }
        }

        @Test
        void prefersTheRequestsDescriptionToTheItems() {
            PostmanItem.Request both = request("""
                    {"name": "r", "description": "item text", "request": {"url": "x", "description": "request text"}}
                    """);
            PostmanItem.Request itemOnly = request("""
                    {"name": "r", "description": "item text", "request": {"url": "x"}}
                    """);

            assertThat(both.description()).isEqualTo("request text");
            assertThat(itemOnly.description()).isEqualTo("item text");
        }

        @Test
        void readsADescriptionGivenAsContentAndType() {
            PostmanCollection collection = read("""
                    {
                      "info": {
                        "name": "D",
                        "description": {"content": "## Overview", "type": "text/markdown"},
                        "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"
                      },
                      "item": [
                        {"name": "r", "request": {"url": "x", "description": {"content": "Returns a page", "type": "text/plain"}}}
                      ]
                    }
                    """);

            assertThat(collection.description()).isEqualTo("## Overview");
            assertThat(collection.items().get(0).description()).isEqualTo("Returns a page");
        }
    }

    @Nested
    class Urls {

        @Test
        void readsAUrlObject() {
            PostmanItem.Request request = request("""
                    {
                      "name": "Get page",
                      "request": {
                        "method": "GET",
                        "url": {
                          "raw": "https://app.pendo.io:443/api/v1/page/:pageId?expand=*",
                          "protocol": "https",
                          "host": ["app", "pendo", "io"],
                          "port": "443",
                          "path": ["api", "v1", "page", ":pageId"],
                          "query": [
                            {"key": "expand", "value": "*", "description": "What to expand"},
                            {"key": "limit", "value": "10", "disabled": true}
                          ],
                          "variable": [{"key": "pageId", "value": "{{pageId}}", "description": "Page ID"}]
                        }
                      }
                    }
                    """);

            PostmanUrl url = request.url();
            assertThat(url.raw()).isEqualTo("https://app.pendo.io:443/api/v1/page/:pageId?expand=*");
            assertThat(url.protocol()).isEqualTo("https");
            assertThat(url.host()).containsExactly("app", "pendo", "io");
            assertThat(url.port()).isEqualTo("443");
            assertThat(url.path()).containsExactly("api", "v1", "page", ":pageId");
            assertThat(url.query()).containsExactly(new KeyValue("expand", "*", "What to expand", false),
                    new KeyValue("limit", "10", "", true));
            assertThat(url.variables()).containsExactly(new KeyValue("pageId", "{{pageId}}", "Page ID", false));
        }

        @Test
        void readsAUrlString() {
            PostmanUrl url = request("{\"name\": \"r\", \"request\": {\"url\": \"{{baseUrl}}/api/v1/page?id=1\"}}").url();

            assertThat(url.raw()).isEqualTo("{{baseUrl}}/api/v1/page?id=1");
            assertThat(url.host()).containsExactly("{{baseUrl}}");
            assertThat(url.path()).containsExactly("api", "v1", "page");
            assertThat(url.query()).containsExactly(kv("id", "1"));
        }

        @Test
        void readsHostAndPathGivenAsStrings() {
            PostmanUrl url = request("""
                    {"name": "r", "request": {"url": {"raw": "https://app.pendo.io/api/v1/page", "host": "app.pendo.io", "path": "/api/v1/page"}}}
                    """).url();

            assertThat(url.host()).containsExactly("app", "pendo", "io");
            assertThat(url.path()).containsExactly("api", "v1", "page");
        }

        @Test
        void readsPathElementsGivenAsTypeAndValueObjects() {
            PostmanUrl url = request("""
                    {
                      "name": "r",
                      "request": {
                        "url": {
                          "host": ["{{baseUrl}}"],
                          "path": ["api", {"type": "string", "value": "v1"}, {"type": "string", "value": ":id"}]
                        }
                      }
                    }
                    """).url();

            assertThat(url.raw()).isEmpty();
            assertThat(url.host()).containsExactly("{{baseUrl}}");
            assertThat(url.path()).containsExactly("api", "v1", ":id");
        }

        @Test
        void parsesTheRawTextOfAUrlObjectWithoutHostAndPath() {
            PostmanUrl url = request("""
                    {
                      "name": "r",
                      "request": {
                        "url": {
                          "raw": "http://localhost:8080/api/:id?a=1",
                          "variable": [{"key": "id", "value": "7"}]
                        }
                      }
                    }
                    """).url();

            assertThat(url.protocol()).isEqualTo("http");
            assertThat(url.host()).containsExactly("localhost");
            assertThat(url.port()).isEqualTo("8080");
            assertThat(url.path()).containsExactly("api", ":id");
            assertThat(url.query()).containsExactly(kv("a", "1"));
            assertThat(url.variables()).containsExactly(kv("id", "7"));
        }

        @Test
        void prefersTheQueryOfAUrlObjectToTheQueryInItsRawText() {
            PostmanUrl url = request("""
                    {
                      "name": "r",
                      "request": {
                        "url": {"raw": "{{baseUrl}}/x?a=1", "query": [{"key": "a", "value": "1", "disabled": true}]}
                      }
                    }
                    """).url();

            assertThat(url.host()).containsExactly("{{baseUrl}}");
            assertThat(url.query()).containsExactly(new KeyValue("a", "1", "", true));
        }

        @Test
        void readsAMissingUrlAsEmpty() {
            PostmanUrl url = request("{\"name\": \"r\", \"request\": {\"method\": \"GET\"}}").url();

            assertThat(url).isEqualTo(new PostmanUrl("", "", List.of(), "", List.of(), List.of(), List.of()));
        }

        @Test
        void refusesAUrlThatIsNeitherStringNorObject() {
            assertThat(refusal(v21("{\"name\": \"r\", \"request\": {\"url\": 42}}")))
                    .isEqualTo("test.json at /item/0/request/url: the URL is a number, not a string or URL object. "
                            + REEXPORT);
        }
    }

    @Nested
    class Headers {

        @Test
        void readsHeadersWithDescriptionsAndDisabledFlags() {
            PostmanItem.Request request = request("""
                    {
                      "name": "r",
                      "request": {
                        "url": "x",
                        "header": [
                          {"key": "Content-Type", "value": "application/json", "type": "text"},
                          {"key": "x-pendo-integration-key", "value": "{{integrationKey}}", "description": {"content": "Your key"}},
                          {"key": "X-Debug", "value": "1", "disabled": true}
                        ]
                      }
                    }
                    """);

            assertThat(request.headers()).containsExactly(
                    kv("Content-Type", "application/json"),
                    new KeyValue("x-pendo-integration-key", "{{integrationKey}}", "Your key", false),
                    new KeyValue("X-Debug", "1", "", true));
        }

        @Test
        void readsHeadersGivenAsOneString() {
            PostmanItem.Request request = request("""
                    {"name": "r", "request": {"url": "x", "header": "Content-Type: application/json\\nAccept:text/plain\\r\\nno colon here\\n"}}
                    """);

            assertThat(request.headers()).containsExactly(kv("Content-Type", "application/json"),
                    kv("Accept", "text/plain"));
        }

        @Test
        void keepsTheColonsOfAHeaderValue() {
            PostmanItem.Request request = request("""
                    {"name": "r", "request": {"url": "x", "header": "Referer: https://app.pendo.io:443/"}}
                    """);

            assertThat(request.headers()).containsExactly(kv("Referer", "https://app.pendo.io:443/"));
        }

        @Test
        void skipsEmptyHeaderEntries() {
            PostmanItem.Request request = request("""
                    {"name": "r", "request": {"url": "x", "header": [{}, {"key": "Accept", "value": "*/*"}, "junk"]}}
                    """);

            assertThat(request.headers()).containsExactly(kv("Accept", "*/*"));
        }

        @Test
        void readsANonTextValueAsItsJson() {
            PostmanItem.Request request = request("""
                    {"name": "r", "request": {"url": "x", "header": [{"key": "X-Count", "value": 3}, {"key": "X-None", "value": null}]}}
                    """);

            assertThat(request.headers()).containsExactly(kv("X-Count", "3"), kv("X-None", ""));
        }
    }

    @Nested
    class Bodies {

        private Optional<PostmanBody> body(String body) {
            return request("{\"name\": \"r\", \"request\": {\"method\": \"POST\", \"url\": \"x\", \"body\": " + body + "}}")
                    .body();
        }

        @Test
        void readsARawBodyWithItsLanguage() {
            assertThat(body("""
                    {"mode": "raw", "raw": "{\\"appId\\": {{appId}}}", "options": {"raw": {"language": "json"}}}
                    """)).contains(new PostmanBody.Raw("{\"appId\": {{appId}}}", "json"));
        }

        @Test
        void readsARawBodyWithoutOptions() {
            assertThat(body("{\"mode\": \"raw\", \"raw\": \"<a/>\"}")).contains(new PostmanBody.Raw("<a/>", ""));
        }

        @Test
        void readsARawBodyWithoutMode() {
            assertThat(body("{\"raw\": \"text\"}")).contains(new PostmanBody.Raw("text", ""));
        }

        @Test
        void readsABodyWithNeitherModeNorContentAsNoBody() {
            assertThat(body("{\"options\": {}}")).isEmpty();
        }

        @Test
        void readsAnUrlEncodedBody() {
            assertThat(body("""
                    {"mode": "urlencoded", "urlencoded": [
                      {"key": "grant_type", "value": "client_credentials", "description": "always this"},
                      {"key": "scope", "value": "read", "disabled": true}
                    ]}
                    """)).contains(new PostmanBody.UrlEncoded(List.of(
                    new KeyValue("grant_type", "client_credentials", "always this", false),
                    new KeyValue("scope", "read", "", true))));
        }

        @Test
        void readsAFormDataBodyWithAFilePart() {
            assertThat(body("""
                    {"mode": "formdata", "formdata": [
                      {"key": "name", "value": "guide", "type": "text"},
                      {"key": "file", "type": "file", "src": "/tmp/guide.xliff", "contentType": "application/xml",
                       "description": "The XLIFF file"},
                      {"key": "more", "type": "file", "src": ["/tmp/a.txt", "/tmp/b.txt"], "disabled": true},
                      "junk"
                    ]}
                    """)).contains(new PostmanBody.FormData(List.of(
                    new FormPart("name", "guide", false, "", "", "", false),
                    new FormPart("file", "", true, "/tmp/guide.xliff", "application/xml", "The XLIFF file", false),
                    new FormPart("more", "", true, "/tmp/a.txt", "", "", true))));
        }

        @Test
        void readsAGraphQlBody() {
            assertThat(body("""
                    {"mode": "graphql", "graphql": {"query": "{ pages { id } }", "variables": "{\\"n\\": 1}"}}
                    """)).contains(new PostmanBody.GraphQl("{ pages { id } }", "{\"n\": 1}"));
        }

        @Test
        void readsGraphQlVariablesGivenAsAnObjectAsTheirJson() {
            assertThat(body("""
                    {"mode": "graphql", "graphql": {"query": "q", "variables": {"n": 1}}}
                    """)).contains(new PostmanBody.GraphQl("q", "{\"n\":1}"));
        }

        @Test
        void readsAFileBody() {
            assertThat(body("{\"mode\": \"file\", \"file\": {\"src\": \"/tmp/upload.bin\"}}"))
                    .contains(new PostmanBody.File("/tmp/upload.bin"));
        }

        @Test
        void readsAnEmptyBodyObjectAsNoBody() {
            assertThat(body("{}")).isEmpty();
        }

        @Test
        void readsADisabledBodyAsNoBody() {
            assertThat(body("{\"mode\": \"raw\", \"raw\": \"{}\", \"disabled\": true}")).isEmpty();
        }

        @Test
        void readsANullBodyAsNoBody() {
            assertThat(body("null")).isEmpty();
        }

        @Test
        void refusesAnUnknownBodyMode() {
            String json = v21("{\"name\": \"r\", \"request\": {\"url\": \"x\", \"body\": {\"mode\": \"binary\", \"binary\": \"x\"}}}");

            assertThat(refusal(json)).isEqualTo("test.json at /item/0/request/body/mode: the body mode \"binary\" is not"
                    + " one of Postman's (raw, urlencoded, formdata, file, graphql). " + REEXPORT);
        }
    }

    @Nested
    class Examples {

        @Test
        void readsSavedExampleResponses() {
            PostmanItem.Request request = request("""
                    {
                      "name": "Get page",
                      "request": {"url": "x"},
                      "response": [
                        {
                          "name": "OK",
                          "originalRequest": {"url": "x"},
                          "code": 200,
                          "status": "OK",
                          "header": [{"key": "content-type", "value": "application/json; charset=utf-8"}],
                          "body": "{\\"id\\": \\"abc\\"}"
                        },
                        {"name": "Missing", "code": 404, "status": "Not Found", "header": null, "body": null}
                      ]
                    }
                    """);

            assertThat(request.examples()).hasSize(2);
            PostmanExample ok = request.examples().get(0);
            assertThat(ok.name()).isEqualTo("OK");
            assertThat(ok.code()).isEqualTo(200);
            assertThat(ok.status()).isEqualTo("OK");
            assertThat(ok.headers()).containsExactly(kv("content-type", "application/json; charset=utf-8"));
            assertThat(ok.contentType()).isEqualTo("application/json; charset=utf-8");
            assertThat(ok.body()).isEqualTo("{\"id\": \"abc\"}");
            assertThat(ok.pointer()).isEqualTo("/item/0/response/0");
            PostmanExample missing = request.examples().get(1);
            assertThat(missing).isEqualTo(new PostmanExample("Missing", 404, "Not Found", List.of(), "",
                    "/item/0/response/1"));
            assertThat(missing.contentType()).isEmpty();
        }

        @Test
        void readsAnExampleWithoutCodeAsCodeZero() {
            PostmanItem.Request request = request("""
                    {"name": "r", "request": {"url": "x"}, "response": [{"name": "Anything"}]}
                    """);

            assertThat(request.examples().get(0).code()).isZero();
            assertThat(request.examples().get(0).status()).isEmpty();
        }
    }

    @Nested
    class Events {

        @Test
        void readsScriptsGivenAsLinesOrAsOneString() {
            PostmanCollection collection = read("""
                    {
                      "info": {"name": "E", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                      "event": [
                        {"listen": "prerequest", "script": {"type": "text/javascript", "exec": ["const a = 1;", "console.log(a);"]}}
                      ],
                      "item": [
                        {
                          "name": "Folder",
                          "event": [{"listen": "test", "script": {"exec": "pm.test('ok');"}}],
                          "item": [
                            {"name": "r", "request": {"url": "x"}, "event": [{"listen": "test", "script": {}}]}
                          ]
                        }
                      ]
                    }
                    """);

            assertThat(collection.events()).containsExactly(
                    new PostmanEvent("prerequest", "const a = 1;\nconsole.log(a);"));
            PostmanItem.Folder folder = (PostmanItem.Folder) collection.items().get(0);
            assertThat(folder.events()).containsExactly(new PostmanEvent("test", "pm.test('ok');"));
            assertThat(((PostmanItem.Request) folder.items().get(0)).events())
                    .containsExactly(new PostmanEvent("test", ""));
        }
    }

    @Nested
    class Variables {

        @Test
        void readsCollectionVariables() {
            PostmanCollection collection = read("""
                    {
                      "info": {"name": "V", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                      "item": [],
                      "variable": [
                        {"key": "baseUrl", "value": "https://app.pendo.io", "type": "string", "description": "US"},
                        {"key": "limit", "value": 100, "type": "number"},
                        {"key": "old", "value": "x", "disabled": true, "description": {"content": "unused"}}
                      ]
                    }
                    """);

            assertThat(collection.variables()).containsExactly(
                    new PostmanVariable("baseUrl", "https://app.pendo.io", "string", "US", false),
                    new PostmanVariable("limit", "100", "number", "", false),
                    new PostmanVariable("old", "x", "", "unused", true));
        }

        @Test
        void readsVariablesNamedByIdAsInSchemaV20() {
            PostmanCollection collection = read("""
                    {
                      "info": {"name": "V", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
                      "item": [
                        {
                          "name": "Folder",
                          "variable": [{"id": "folderVar", "value": "f"}],
                          "item": [
                            {"name": "r", "request": {"url": {"raw": "{{baseUrl}}/:id", "variable": [{"id": "id", "value": "7"}]}}}
                          ]
                        }
                      ],
                      "variable": [{"id": "baseUrl", "value": "https://app.pendo.io"}, {"key": "k", "id": "ignored", "value": "v"}]
                    }
                    """);

            assertThat(collection.variables()).extracting(PostmanVariable::key).containsExactly("baseUrl", "k");
            PostmanItem.Folder folder = (PostmanItem.Folder) collection.items().get(0);
            assertThat(folder.variables()).containsExactly(new PostmanVariable("folderVar", "f", "", "", false));
            assertThat(((PostmanItem.Request) folder.items().get(0)).url().variables()).containsExactly(kv("id", "7"));
        }
    }

    @Nested
    class Auth {

        @Test
        void readsV21AuthAttributesGivenAsAnArray() {
            PostmanCollection collection = read("""
                    {
                      "info": {"name": "A", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                      "auth": {
                        "type": "apikey",
                        "apikey": [
                          {"key": "value", "value": "{{integrationKey}}", "type": "string"},
                          {"key": "key", "value": "x-pendo-integration-key", "type": "string"},
                          {"key": "in", "value": "header", "type": "string"}
                        ]
                      },
                      "item": []
                    }
                    """);

            PostmanAuth auth = collection.auth().orElseThrow();
            assertThat(auth.type()).isEqualTo("apikey");
            assertThat(auth.attributes()).isEqualTo(Map.of("value", "{{integrationKey}}",
                    "key", "x-pendo-integration-key", "in", "header"));
            assertThat(auth.attribute("key")).isEqualTo("x-pendo-integration-key");
            assertThat(auth.attribute("absent")).isEmpty();
        }

        @Test
        void readsV20AuthAttributesGivenAsAnObject() {
            PostmanCollection collection = read("""
                    {
                      "info": {"name": "A", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
                      "auth": {"type": "apikey", "apikey": {"key": "x-pendo-integration-key", "value": "{{integrationKey}}", "in": "header"}},
                      "item": []
                    }
                    """);

            assertThat(collection.auth()).contains(new PostmanAuth("apikey", Map.of(
                    "key", "x-pendo-integration-key", "value", "{{integrationKey}}", "in", "header")));
        }

        @Test
        void readsFolderAndRequestAuth() {
            PostmanCollection collection = read(v21("""
                    {
                      "name": "Track",
                      "auth": {"type": "noauth"},
                      "item": [
                        {
                          "name": "Send",
                          "request": {
                            "url": "{{dataHost}}/data/track",
                            "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{trackEventSecret}}"}]}
                          }
                        }
                      ]
                    }
                    """));

            PostmanItem.Folder folder = (PostmanItem.Folder) collection.items().get(0);
            assertThat(folder.auth()).contains(new PostmanAuth("noauth", Map.of()));
            assertThat(((PostmanItem.Request) folder.items().get(0)).auth())
                    .contains(new PostmanAuth("bearer", Map.of("token", "{{trackEventSecret}}")));
        }

        @Test
        void refusesAnAuthBlockWithoutType() {
            String json = v21("{\"name\": \"r\", \"request\": {\"url\": \"x\", \"auth\": {\"apikey\": []}}}");

            assertThat(refusal(json)).isEqualTo("test.json at /item/0/request/auth: an auth block has no \"type\"."
                    + " Set the auth type in Postman, or remove the block");
        }
    }

    @Nested
    class Secrets {

        private static final String SECRET = "s3cr3t-value";

        private final PostmanCollection collection = read("""
                {
                  "info": {"name": "S", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                  "auth": {
                    "type": "apikey",
                    "apikey": [
                      {"key": "key", "value": "x-api-key"},
                      {"key": "value", "value": "s3cr3t-value"}
                    ]
                  },
                  "variable": [
                    {"key": "integrationKey", "value": "s3cr3t-value"},
                    {"key": "keyRef", "value": "{{integrationKey}}"},
                    {"key": "pageId", "value": "abc"}
                  ],
                  "item": [
                    {
                      "name": "r",
                      "request": {
                        "url": "x",
                        "header": [
                          {"key": "x-api-key", "value": "s3cr3t-value"},
                          {"key": "x-api-key", "value": "s3cr3t-value", "disabled": true},
                          {"key": "Accept", "value": "application/json"}
                        ]
                      }
                    }
                  ]
                }
                """);

        @Test
        void authShowsItsTypeAndAttributeNamesButNoValue() {
            PostmanAuth auth = collection.auth().orElseThrow();

            assertThat(auth.attribute("value")).isEqualTo(SECRET);
            assertThat(auth.toString()).isEqualTo("apikey[key, value]");
            assertThat(auth.toString()).doesNotContain(SECRET).doesNotContain("x-api-key");
        }

        @Test
        void aHeaderNamedLikeAKeyHidesItsValue() {
            List<KeyValue> headers = ((PostmanItem.Request) collection.items().get(0)).headers();

            assertThat(headers.get(0).value()).isEqualTo(SECRET);
            assertThat(headers.get(0).toString()).isEqualTo("x-api-key: ****");
            assertThat(headers.get(1).toString()).isEqualTo("x-api-key (disabled): ****");
            assertThat(headers.get(2).toString()).isEqualTo("Accept: application/json");
        }

        @Test
        void aVariableNamedLikeAKeyHidesItsValueButNotAPlaceholder() {
            List<PostmanVariable> variables = collection.variables();

            assertThat(variables.get(0).value()).isEqualTo(SECRET);
            assertThat(variables.get(0).toString()).isEqualTo("integrationKey=****");
            assertThat(variables.get(1).toString()).isEqualTo("keyRef={{integrationKey}}");
            assertThat(variables.get(2).toString()).isEqualTo("pageId=abc");
        }

        @Test
        void noToStringOfTheCollectionShowsTheSecret() {
            assertThat(collection.toString()).doesNotContain(SECRET);
        }
    }
}
