package dev.pendokit.collection.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Diagnostic;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.ResponseSource;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.ScalarType;
import dev.pendokit.collection.naming.NameOverrides;
import dev.pendokit.collection.postman.PostmanReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resolver's rules, each on the smallest collection that shows it. */
class ModelResolverTest {

    private static final String HEAD = """
            {"info": {"name": "Test", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            """;

    @Test
    void authIsInheritedFromTheNearestFolderOrTheCollection() {
        ApiModel model = resolve(HEAD + """
                "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "x-api-key"},
                         {"key": "value", "value": "{{apiKey}}"}, {"key": "in", "value": "header"}]},
                "variable": [{"key": "host", "value": "https://api.example.com"}],
                "item": [
                  {"name": "Open", "auth": {"type": "noauth"}, "item": [
                    {"name": "Ping", "request": {"method": "GET", "url": "{{host}}/ping"}},
                    {"name": "Inherit", "request": {"method": "GET", "url": "{{host}}/x",
                      "auth": {"type": "inherit"}}}]},
                  {"name": "Bearer", "request": {"method": "GET", "url": "{{host}}/me",
                    "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}"}]}}},
                  {"name": "Keyed", "request": {"method": "GET", "url": "{{host}}/k",
                    "header": [{"key": "X-Api-Key", "value": "{{apiKey}}"}]}}
                ]}""");
        assertThat(op(model, "Open/Ping").auth()).isEqualTo(new AuthScheme.None());
        assertThat(op(model, "Open/Inherit").auth()).isEqualTo(new AuthScheme.None());
        assertThat(op(model, "Bearer").auth()).isEqualTo(new AuthScheme.Bearer("token"));
        assertThat(op(model, "Keyed").auth())
                .isEqualTo(new AuthScheme.ApiKey("x-api-key", AuthScheme.In.HEADER, "apiKey"));
        assertThat(op(model, "Keyed").parameters()).as("the key header is the auth").isEmpty();
        assertThat(op(model, "Keyed").server().defaultUrl()).isEqualTo("https://api.example.com");
    }

    @Test
    void aLiteralCredentialIsDroppedWithAWarningThatNamesThePlaceAndDoesNotRepeatIt() {
        ApiModel model = resolve(HEAD + """
                "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "sk_live_12345"}]},
                "variable": [{"key": "host", "value": "https://api.example.com"},
                             {"key": "apiToken", "value": "sk_live_67890"}, {"key": "secret", "value": "{{fromEnv}}"}],
                "item": [{"name": "Me", "request": {"method": "GET", "url": "https://api.example.com/me?api_key=sk_live_q",
                  "header": [{"key": "X-Api-Token", "value": "sk_live_abcde"},
                             {"key": "Authorization", "value": "Bearer sk_live_fghij"},
                             {"key": "X-Other-Token", "value": "<your token>"}]},
                  "response": [{"name": "ok", "code": 200, "body": "{}"}]},
                  {"name": "You", "request": {"method": "GET", "url": "https://api.example.com/you"},
                   "response": [{"name": "ok", "code": 200, "body": "{}"}]}]}""");
        assertThat(op(model, "Me").auth()).isEqualTo(new AuthScheme.Bearer(""));
        String dropped = " is written into the collection as a literal value; pendokit does not carry it into generated"
                + " code, stubs or reports. Replace it with a {{variable}} and set the value outside the collection";
        // Once for the collection's auth, however many requests inherit it.
        assertThat(model.warnings()).extracting(Diagnostic::toString).containsExactly(
                "warning at 'Me' (/item/0): the bearer auth's token" + dropped,
                "warning at 'Me' (/item/0/request/url/query): the query parameter api_key" + dropped,
                "warning at 'Me' (/item/0/request/header): the header X-Api-Token" + dropped,
                "warning at 'Me' (/item/0/request/header): the header Authorization" + dropped,
                "warning at /variable/1: the variable apiToken" + dropped);
        assertThat(op(model, "Me").parameters()).allSatisfy(p -> {
            assertThat(p.constant()).as(p.name()).isFalse();
            assertThat(p.example()).as(p.name()).doesNotContain("sk_live");
        });
        assertThat(model.toString()).doesNotContain("sk_live");
        assertThat(model.warnings()).extracting(Diagnostic::toString).noneMatch(w -> w.contains("sk_live"));
    }

    @Test
    void pathVariablesUsedButNotDeclaredAndDeclaredButNotUsedAreReported() {
        ApiModel model = resolve(HEAD + """
                "item": [{"name": "Get", "request": {"method": "GET", "url": {
                  "raw": "https://api.example.com/items/:itemId/:other",
                  "host": ["https://api.example.com"], "path": ["items", ":itemId", ":other"],
                  "variable": [{"key": "itemId", "value": "42", "description": "The item"},
                               {"key": "unused", "value": "1"}]}},
                  "response": [{"name": "ok", "code": 200, "body": ""}]}]}""");
        Operation get = op(model, "Get");
        assertThat(get.path().toString()).isEqualTo("/items/:itemId/:other");
        assertThat(get.path().toUriTemplate()).isEqualTo("/items/{itemId}/{other}");
        assertThat(get.parameters(ParameterIn.PATH)).extracting(Parameter::name, Parameter::example,
                p -> p.shape().type()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("itemId", "42", ScalarType.INTEGER),
                        org.assertj.core.groups.Tuple.tuple("other", ":other", ScalarType.STRING));
        assertThat(model.warnings()).extracting(Diagnostic::toString).containsExactly(
                "warning at 'Get' (/item/0/request/url): the path uses :other but the request does not declare it"
                        + " among its path variables. Declare :other under the request's Path Variables (Params tab)"
                        + " with a description",
                "warning at 'Get' (/item/0/request/url/variable): the path variable :unused is declared but the"
                        + " path does not use it. Use :unused in the URL, or remove the variable");
    }

    @Test
    void anUndefinedVariableIsReportedOnceWhereverItIsUsed() {
        ApiModel model = resolve(HEAD + """
                "item": [
                  {"name": "A", "request": {"method": "GET", "url": "{{host}}/a"},
                   "response": [{"name": "ok", "code": 200}]},
                  {"name": "B", "request": {"method": "GET", "url": "{{host}}/b?q={{query}}"},
                   "response": [{"name": "ok", "code": 200}]}]}""");
        assertThat(model.warnings()).extracting(Diagnostic::toString).containsExactly(
                "warning at 'A' (/item/0/request/url/host): {{host}} is used here (and maybe elsewhere) but the"
                        + " collection does not define it. Define host among the collection's variables, or give its"
                        + " value when you run the generated code",
                "warning at 'B' (/item/1): {{query}} is used here (and maybe elsewhere) but the collection does not"
                        + " define it. Define query among the collection's variables, or give its value when you run"
                        + " the generated code");
        assertThat(op(model, "B").server().variable()).isEqualTo("host");
        assertThat(op(model, "B").parameters().get(0).example()).isEqualTo("{{query}}");
    }

    @Test
    void aNameTakenMakesTheNextRequestTakeALongerOneOrANumberAndAWarning() {
        ApiModel model = resolve(HEAD + """
                "item": [{"name": "Users", "item": [
                  {"name": "Get user", "request": {"method": "GET", "url": "https://x.io/u"},
                   "response": [{"name": "ok", "code": 200}]},
                  {"name": "get-user", "request": {"method": "GET", "url": "https://x.io/v"},
                   "response": [{"name": "ok", "code": 200}]},
                  {"name": "Get user", "request": {"method": "GET", "url": "https://x.io/w"},
                   "response": [{"name": "ok", "code": 200}]}]}]}""");
        // "get" is the rule's name for all three (the folder says "user"); the next takes the title's
        // whole name, and the third, whose title is the first's, a number.
        assertThat(model.operations()).extracting(Operation::javaName).containsExactly("get", "getUser", "getUser2");
        assertThat(model.warnings()).extracting(Diagnostic::toString).containsExactly(
                "warning at 'Users/Get user' (/item/0/item/2): the request's Java name get is already taken in"
                        + " 'Users' by 'Users/Get user'; this one is called getUser2. Rename one of the requests, or"
                        + " choose a name with operation:Users/Get user=<name>");
    }

    @Test
    void theSameCallWithOtherArgumentsIsAnOverloadAndExamplesOfOneCallShareItsName() {
        ApiModel model = resolve(HEAD + """
                "item": [{"name": "Things", "item": [
                  {"name": "Get a thing", "request": {"method": "GET", "url": "https://x.io/things?id=1"}},
                  {"name": "Get some things", "request": {"method": "GET", "url": {"raw": "https://x.io/things?id=1,2",
                    "host": ["x", "io"], "protocol": "https", "path": ["things"],
                    "query": [{"key": "id", "value": "1,2", "description": "Comma-separated ids"}]}}},
                  {"name": "big", "request": {"method": "POST", "url": "https://x.io/query",
                    "body": {"mode": "raw", "raw": "{\\"size\\": \\"big\\"}"}}},
                  {"name": "small", "request": {"method": "POST", "url": "https://x.io/query",
                    "body": {"mode": "raw", "raw": "{\\"size\\": \\"small\\"}"}}}]}]}""");

        assertThat(model.operations()).extracting(Operation::javaName).containsExactly("get", "get", "sendQuery",
                "sendQuery");
        assertThat(model.operations().get(1).parameters()).singleElement().satisfies(ids -> {
            assertThat(ids.list()).isTrue();
            assertThat(ids.javaName()).isEqualTo("ids");
        });
        assertThat(model.warnings()).filteredOn(d -> d.message().contains("Java name")).isEmpty();
    }

    @Test
    void overridesRenameAndUnknownOrCollidingOnesAreReported() {
        String json = HEAD + """
                "item": [{"name": "Users", "item": [
                  {"name": "Get user", "request": {"method": "GET", "url": {"raw": "https://x.io/u/:id",
                    "host": ["x", "io"], "protocol": "https", "path": ["u", ":id"],
                    "variable": [{"key": "id", "value": "1", "description": "The user"}]}},
                   "response": [{"name": "ok", "code": 200, "body": "{\\"id\\": 1}"}]},
                  {"name": "List users", "request": {"method": "GET", "url": "https://x.io/u"},
                   "response": [{"name": "ok", "code": 200}]}]}]}""";
        NameOverrides overrides = NameOverrides.parse(List.of(
                "group:Users=users", "operation:Users/Get user=get", "parameter:Users/Get user#id=userId",
                "type:GetUserResponse=User", "field:User.id=identifier", "operation:Users/Nope=x"), "test");
        ApiModel model = ModelResolver.resolve(PostmanReader.read(json.getBytes(StandardCharsets.UTF_8), "t.json"),
                ResolveOptions.DEFAULTS.withOverrides(overrides));
        Operation get = op(model, "Users/Get user");
        assertThat(get.groupJavaName()).isEqualTo("users");
        assertThat(get.javaName()).isEqualTo("get");
        assertThat(get.parameters().get(0).javaName()).isEqualTo("userId");
        ObjectShape user = (ObjectShape) get.successResponse().orElseThrow().shape();
        assertThat(user.name()).isEqualTo("User");
        assertThat(user.fields()).extracting(Field::javaName).containsExactly("identifier");
        assertThat(model.warnings()).extracting(Diagnostic::message).containsExactly(
                "the name override operation:Users/Nope matches nothing in the collection");

        // An override wins over a default name, whatever the order: the default one moves aside.
        String twins = HEAD + """
                "item": [{"name": "Users", "item": [
                  {"name": "Get user", "request": {"method": "GET", "url": "https://x.io/u/:id"}},
                  {"name": "Find user", "request": {"method": "GET", "url": "https://x.io/v/:id"}}]}]}""";
        NameOverrides taking = NameOverrides.parse(List.of("operation:Users/Find user=get"), "test");
        ApiModel moved = ModelResolver.resolve(PostmanReader.read(twins.getBytes(StandardCharsets.UTF_8), "t.json"),
                ResolveOptions.DEFAULTS.withOverrides(taking));
        assertThat(moved.operations()).extracting(Operation::javaName).containsExactly("getUser", "get");
        assertThat(moved.warnings()).filteredOn(d -> d.message().contains("Java name")).isEmpty();

        // Two overrides may give one name to requests with other arguments (overloads), not to two alike.
        NameOverrides colliding = NameOverrides.parse(List.of(
                "operation:Users/Get user=fetch", "operation:Users/Find user=fetch"), "test");
        assertThatThrownBy(() -> ApiModels.load(twins.getBytes(StandardCharsets.UTF_8), "t.json",
                ResolveOptions.DEFAULTS.withOverrides(colliding)))
                .isInstanceOf(CollectionException.class)
                .hasMessageContaining("error at 'Users/Find user' (/item/0/item/1): the override"
                        + " operation:Users/Find user=fetch gives the name that the override for 'Users/Get user'"
                        + " gives too. Choose another name for one of them");
    }

    @Test
    void strictModeTurnsWarningsIntoOneMessageListingThemAll() {
        String json = HEAD + """
                "item": [{"name": "A", "request": {"method": "GET", "url": "https://x.io/a/:id"}}]}""";
        ApiModel lenient = ApiModels.load(json.getBytes(StandardCharsets.UTF_8), "t.json", ResolveOptions.DEFAULTS);
        assertThat(lenient.warnings()).hasSize(2);
        assertThatThrownBy(() -> ApiModels.load(json.getBytes(StandardCharsets.UTF_8), "t.json",
                ResolveOptions.DEFAULTS.withStrict(true)))
                .isInstanceOf(CollectionException.class)
                .hasMessage("t.json has 2 problems (strict mode: warnings count as errors):\n"
                        + "  - warning at 'A' (/item/0/request/url): the path uses :id but the request does not declare"
                        + " it among its path variables. Declare :id under the request's Path Variables (Params tab)"
                        + " with a description\n"
                        + "  - warning at 'A' (/item/0): no success status is documented (no Status Codes row, no"
                        + " saved example, no collection-wide 2xx); 200 is assumed. Document the status codes in the"
                        + " request's description or save an example response");
    }

    @Test
    void examplesMergeIntoShapesNullableWhereAbsentOrNull() {
        ApiModel model = resolve(HEAD + """
                "item": [{"name": "List things", "request": {"method": "GET", "url": "https://x.io/things"},
                  "response": [
                    {"name": "one", "code": 200, "header": [{"key": "Content-Type", "value": "application/json"}],
                     "body": "[{\\"id\\": \\"a\\", \\"count\\": 1, \\"createdAt\\": 1693540800000, \\"tags\\": [\\"x\\"]}]"},
                    {"name": "two", "code": 200,
                     "body": "[{\\"id\\": \\"b\\", \\"count\\": 2.5, \\"createdAt\\": 1693540800001, \\"note\\": null}]"},
                    {"name": "missing", "code": 404, "body": "{\\"error\\": \\"not found\\"}"}]}]}""");
        Operation list = op(model, "List things");
        ArrayShape array = (ArrayShape) list.successResponse().orElseThrow().shape();
        ObjectShape thing = (ObjectShape) array.items();
        assertThat(thing.name()).isEqualTo("ListThingsResponseItem");
        assertThat(thing.origin()).isEqualTo(ObjectShape.Origin.EXAMPLE);
        assertThat(thing.fields()).extracting(Field::name, f -> f.shape(), Field::required, Field::nullable)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("id", ScalarShape.STRING, true, false),
                        org.assertj.core.groups.Tuple.tuple("count", ScalarShape.NUMBER, true, false),
                        org.assertj.core.groups.Tuple.tuple("createdAt", ScalarShape.EPOCH_MILLIS, true, false),
                        org.assertj.core.groups.Tuple.tuple("tags", new ArrayShape(ScalarShape.STRING), false, true),
                        org.assertj.core.groups.Tuple.tuple("note", dev.pendokit.collection.model.AnyShape.ANY, false,
                                true));
        assertThat(list.response(404).orElseThrow().source()).isEqualTo(ResponseSource.EXAMPLE);
        assertThat(list.response(404).orElseThrow().examples()).hasSize(1);
        assertThat(((ObjectShape) list.response(404).orElseThrow().shape()).name()).isEqualTo("ListThingsError404");
    }

    @Test
    void documentedTablesAndExamplesMergeAndDisagreementsAreReported() {
        ApiModel model = resolve(HEAD + """
                "item": [{"name": "Get thing", "request": {"method": "GET", "url": {"raw": "https://x.io/things/:id",
                    "host": ["x", "io"], "protocol": "https", "path": ["things", ":id"],
                    "variable": [{"key": "id", "value": "1", "description": "The thing"}]},
                  "description": "### Details\\n\\n| Details | |\\n|---|---|\\n| Status Codes | 200: OK<br>404: Gone |\\n\\n### Response\\n\\n| Attribute | Type | Description |\\n|---|---|---|\\n| id | string | The id (required) |\\n| size | string | The size |\\n| owner.name | string | Who |\\n"},
                  "response": [{"name": "ok", "code": 200, "body": "{\\"id\\": \\"a\\", \\"size\\": 3, \\"extra\\": true}"}]}]}""");
        ObjectShape thing = (ObjectShape) op(model, "Get thing").successResponse().orElseThrow().shape();
        assertThat(thing.origin()).isEqualTo(ObjectShape.Origin.DOCUMENTED);
        assertThat(thing.fields()).extracting(Field::name, f -> f.required())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("id", true),
                        org.assertj.core.groups.Tuple.tuple("size", false),
                        org.assertj.core.groups.Tuple.tuple("owner", false),
                        org.assertj.core.groups.Tuple.tuple("extra", false));
        assertThat(thing.field("size").orElseThrow().shape()).isEqualTo(ScalarShape.STRING);
        assertThat(thing.field("owner").orElseThrow().shape()).isInstanceOf(ObjectShape.class);
        assertThat(model.warnings()).extracting(Diagnostic::message).containsExactly("the documentation says"
                + " \"response.size\" is a string but an example holds an integer; the documented type is used");
        assertThat(op(model, "Get thing").responses()).extracting(r -> r.status() + " " + r.source())
                .containsExactly("200 DOCUMENTED", "404 DOCUMENTED");
    }

    @Test
    void formGraphqlAndFileBodiesAreKeptWithTheirFields() {
        ApiModel model = resolve(HEAD + """
                "item": [
                  {"name": "Form", "request": {"method": "POST", "url": "https://x.io/f", "body": {"mode": "urlencoded",
                    "urlencoded": [{"key": "a", "value": "1"}, {"key": "b", "value": "x", "disabled": true}]}},
                   "response": [{"name": "ok", "code": 200}]},
                  {"name": "Upload", "request": {"method": "POST", "url": "https://x.io/u", "body": {"mode": "formdata",
                    "formdata": [{"key": "file", "type": "file", "src": "/tmp/a.png"}, {"key": "name", "value": "a", "type": "text"}]}},
                   "response": [{"name": "ok", "code": 200}]},
                  {"name": "Query", "request": {"method": "POST", "url": "https://x.io/g", "body": {"mode": "graphql",
                    "graphql": {"query": "{ hero { name } }", "variables": ""}}},
                   "response": [{"name": "ok", "code": 200}]},
                  {"name": "Empty form", "request": {"method": "GET", "url": "https://x.io/e", "body": {"mode": "formdata",
                    "formdata": []}}, "response": [{"name": "ok", "code": 200}]}]}""");
        var form = op(model, "Form").requestBody().orElseThrow();
        assertThat(form.kind()).isEqualTo(BodyKind.FORM_URLENCODED);
        assertThat(form.formFields()).extracting(Parameter::name, Parameter::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", true),
                        org.assertj.core.groups.Tuple.tuple("b", false));
        var upload = op(model, "Upload").requestBody().orElseThrow();
        assertThat(upload.kind()).isEqualTo(BodyKind.MULTIPART_FORM);
        assertThat(upload.formFields().get(0).shape().type()).isEqualTo(ScalarType.BINARY);
        assertThat(op(model, "Query").requestBody().orElseThrow().kind()).isEqualTo(BodyKind.GRAPHQL);
        assertThat(op(model, "Query").requestBody().orElseThrow().example()).isEqualTo("{ hero { name } }");
        assertThat(op(model, "Empty form").requestBody()).isEmpty();
    }

    @Test
    void aJsonBodyThatIsNotJsonEvenLenientlyIsKeptAsTextWithAWarning() {
        ApiModel model = resolve(HEAD + """
                "item": [{"name": "Bad", "request": {"method": "POST", "url": "https://x.io/b",
                  "body": {"mode": "raw", "raw": "{\\"a\\": oops}", "options": {"raw": {"language": "json"}}}},
                  "response": [{"name": "ok", "code": 200}]}]}""");
        var body = op(model, "Bad").requestBody().orElseThrow();
        assertThat(body.kind()).isEqualTo(BodyKind.TEXT);
        assertThat(body.example()).isEqualTo("{\"a\": oops}");
        assertThat(model.warnings()).extracting(Diagnostic::toString).containsExactly("warning at 'Bad'"
                + " (/item/0/request/body/raw): the JSON body is not JSON even when comments and {{placeholders}} are"
                + " allowed (line 1, column 7: expected a value (an unquoted word is not JSON; quote it or use a"
                + " {{placeholder}})); it is kept as text. Fix the body at that place, or set its language to Text in"
                + " Postman");
    }

    @Test
    void namesAreValidJavaWhateverTheCollectionCallsThings() {
        ApiModel model = resolve(HEAD + """
                "item": [{"name": "2024 Ünïcode Ordner!", "item": [
                  {"name": "class", "request": {"method": "GET", "url": "https://x.io/c?new=1&default=2&2fa=3"},
                   "response": [{"name": "ok", "code": 200, "body": "{\\"public\\": 1, \\"hashCode\\": 2, \\"Größe\\": 3}"}]}]}]}""");
        Operation op = model.operations().get(0);
        assertThat(op.groupJavaName()).isEqualTo("_2024ÜnïcodeOrdner");
        assertThat(op.javaName()).isEqualTo("getClass_");
        assertThat(op.parameters()).extracting(Parameter::javaName).containsExactly("new_", "default_", "_2fa");
        ObjectShape body = (ObjectShape) op.successResponse().orElseThrow().shape();
        assertThat(body.name()).isEqualTo("ClassResponse");
        assertThat(body.fields()).extracting(Field::javaName).containsExactly("public_", "hashCode_", "größe");
    }

    private static final String METHODS = HEAD + """
            "item": [
              {"name": "Read", "item": [
                {"name": "List", "request": {"method": "GET", "url": "https://x.io/things"}},
                {"name": "Probe", "request": {"method": "HEAD", "url": "https://x.io/things"}},
                {"name": "Search", "request": {"method": "POST", "url": "https://x.io/search",
                  "body": {"mode": "raw", "raw": "{\\"q\\": 1}"}}},
                {"name": "Query", "request": {"method": "POST", "url": "https://x.io/aggregation",
                  "body": {"mode": "raw", "raw": "{\\"request\\": {\\"pipeline\\": [{\\"source\\": {\\"visitors\\": null}}]}}"}}}]},
              {"name": "Write", "item": [
                {"name": "Create", "request": {"method": "POST", "url": "https://x.io/things"}},
                {"name": "Patch", "request": {"method": "PATCH", "url": "https://x.io/things/1"}},
                {"name": "Replace", "request": {"method": "PUT", "url": "https://x.io/things/1"}},
                {"name": "Remove", "request": {"method": "DELETE", "url": "https://x.io/things/1"}}]}
            ]}""";

    @Test
    void readingMethodsAndQueriesSentAsPostOnlyRead() {
        ApiModel model = resolve(METHODS);

        assertThat(model.operations()).filteredOn(Operation::readOnly).extracting(o -> o.location().itemPath())
                .containsExactly("Read/List", "Read/Probe", "Read/Query");
    }

    @Test
    void postAndPatchRequestsNamedByAPatternOnlyRead() {
        ApiModel model = resolve(METHODS, List.of("Read/Sea*", "**/Patch", "Write/Remove"));

        // DELETE changes data whatever a pattern says: the patterns name POST and PATCH requests only.
        assertThat(model.operations()).filteredOn(Operation::readOnly).extracting(o -> o.location().itemPath())
                .containsExactly("Read/List", "Read/Probe", "Read/Search", "Read/Query", "Write/Patch");
        assertThat(model.warnings()).filteredOn(d -> d.location().equals(Location.COLLECTION))
                .extracting(Diagnostic::toString).containsExactly("warning at the collection: the"
                + " read-only operation pattern 'Write/Remove' matches no POST or PATCH request. Check it against the"
                + " request paths (Folder/Request name); * matches within a name, ** across folders");
    }

    @Test
    void aSingleStarStaysWithinAName() {
        ApiModel model = resolve(METHODS, List.of("*"));

        assertThat(model.operations()).filteredOn(Operation::readOnly).extracting(o -> o.location().itemPath())
                .containsExactly("Read/List", "Read/Probe", "Read/Query");
        assertThat(model.warnings()).filteredOn(d -> d.location().equals(Location.COLLECTION)).hasSize(1);
    }

    private static ApiModel resolve(String json) {
        return resolve(json, List.of());
    }

    private static ApiModel resolve(String json, List<String> readOnlyOperations) {
        return ModelResolver.resolve(PostmanReader.read(json.getBytes(StandardCharsets.UTF_8), "t.json"),
                ResolveOptions.DEFAULTS.withReadOnlyOperations(readOnlyOperations));
    }

    private static Operation op(ApiModel model, String itemPath) {
        return model.operation(itemPath).orElseThrow(() -> new AssertionError("no " + itemPath + " in "
                + model.operations().stream().map(o -> o.location().itemPath()).toList()));
    }
}
