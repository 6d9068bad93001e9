package dev.pendokit.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.ResponseSource;
import dev.pendokit.collection.postman.SchemaVersion;
import dev.pendokit.collection.postman.PostmanReader;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every real-world collection of {@code testdata/postman-corpus} (none written for pendokit) is
 * read the way a user would expect: v2 files into models, the v1 file refused.
 */
class CorpusTest {

    static final Path CORPUS = Path.of("..", "testdata", "postman-corpus");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file,                                    version, operations, groups, examples, bodies, parameters
        "p2o-api-key.postman.json,                   V2_1_0,  0,  0,  0,  0,   0",
        "p2o-duplicate-query-params.postman.json,    V2_1_0,  6,  1,  0,  6,  18",
        "p2o-echo.postman.json,                      V2_1_0, 40,  9, 18,  9,  35",
        "p2o-empty-header-object.postman.json,       V2_1_0,  1,  1,  1,  0,   2",
        "p2o-graphql.postman.json,                   V2_1_0,  5,  1,  0,  5,   0",
        "transformer-v2.0.0-box.json,                V2_0_0, 92, 14,  0, 47, 114",
        "transformer-v2.0.0-multi-level-folders.json, V2_0_0, 6,  3,  0,  0,   0",
        "transformer-v2.1.0-nestedEntities.json,     V2_1_0,  2,  2,  0,  0,   0",
        "transformer-v2.1.0-proper-url-parsing.json, V2_1_0,  1,  1,  0,  0,   4",
        "transformer-v2.1.0-rawjsonbody.json,        V2_1_0,  1,  1,  0,  1,   1",
    })
    void readsEveryV2CollectionIntoAModel(String file, SchemaVersion version, int operations, int groups,
                                          int examples, int bodies, int parameters) {
        assertThat(PostmanReader.read(CORPUS.resolve(file)).version()).isEqualTo(version);
        ApiModel model = ApiModels.load(CORPUS.resolve(file), ResolveOptions.DEFAULTS);
        assertThat(model.errors()).isEmpty();
        assertThat(model.operations()).hasSize(operations);
        assertThat(model.operations().stream().map(Operation::group).distinct()).hasSize(groups);
        assertThat(model.operations().stream().flatMap(o -> o.responses().stream())
                .mapToInt(r -> r.examples().size()).sum()).isEqualTo(examples);
        assertThat(model.operations().stream().filter(o -> o.requestBody().isPresent())).hasSize(bodies);
        assertThat(model.operations().stream().mapToInt(o -> o.parameters().size()).sum()).isEqualTo(parameters);
    }

    @Test
    void refusesTheV1CollectionWithWhatToDo() {
        assertThatThrownBy(() -> ApiModels.load(CORPUS.resolve("transformer-v1.0.0-malformed.json"),
                ResolveOptions.DEFAULTS))
                .isInstanceOf(CollectionException.class)
                .hasMessage("transformer-v1.0.0-malformed.json is a Postman Collection v1 file (it has top-level"
                        + " \"requests\" and \"order\" instead of \"info\" and \"item\"), and pendokit reads only schema"
                        + " v2.0.0 and v2.1.0. Open it in Postman and export it again as Collection v2.1 (the"
                        + " collection's ... menu > Export > Collection v2.1)");
    }

    @Test
    void echoKeepsItsAuthTypesExamplesAndScripts() {
        ApiModel model = ApiModels.load(CORPUS.resolve("p2o-echo.postman.json"), ResolveOptions.DEFAULTS);
        Operation basic = model.operation("Authentication Methods/Basic Auth").orElseThrow();
        assertThat(basic.auth()).isInstanceOf(AuthScheme.Basic.class);
        assertThat(model.operation("Authentication Methods/Hawk Auth").orElseThrow().auth())
                .isEqualTo(new AuthScheme.Other("hawk"));
        assertThat(basic.responses()).extracting(r -> r.status() + " " + r.source())
                .containsExactly("200 EXAMPLE");
        assertThat(PostmanReader.read(CORPUS.resolve("p2o-echo.postman.json")).events()).isNotEmpty();
    }

    @Test
    void graphqlUrlOnlyVariableAndOddUrlsResolve() {
        ApiModel graphql = ApiModels.load(CORPUS.resolve("p2o-graphql.postman.json"), ResolveOptions.DEFAULTS);
        Operation hero = graphql.operations().get(0);
        assertThat(hero.requestBody().orElseThrow().kind()).isEqualTo(BodyKind.GRAPHQL);
        assertThat(hero.server().template()).isEqualTo("{{url}}");
        assertThat(hero.server().variable()).isEqualTo("url");

        ApiModel odd = ApiModels.load(CORPUS.resolve("transformer-v2.1.0-proper-url-parsing.json"),
                ResolveOptions.DEFAULTS);
        Operation request = odd.operations().get(0);
        assertThat(request.server().template()).isEqualTo("https://{{hellohost}}:2002");
        assertThat(request.path().toString()).isEqualTo("/crazyvar/:yo/:awesome");
        assertThat(request.parameters(ParameterIn.QUERY)).extracting(p -> p.name() + "=" + p.example())
                .containsExactly("a=b", "c=d");
    }

    @Test
    void requestsThatDocumentNothingAreAssumedToAnswer200() {
        ApiModel model = ApiModels.load(CORPUS.resolve("transformer-v2.0.0-multi-level-folders.json"),
                ResolveOptions.DEFAULTS);
        assertThat(model.operations()).allSatisfy(o -> assertThat(o.responses())
                .extracting(r -> r.status() + " " + r.source()).containsExactly("200 ASSUMED"));
        assertThat(model.warnings()).hasSize(6);
        assertThat(model.operations()).extracting(Operation::group)
                .containsExactly("F1", "F1", "F1", "F2", "F2", "");
        assertThat(model.operations().get(3).folders()).containsExactly("F2", "F2.F3");
        assertThat(model.operations().get(0).responses().get(0).source()).isEqualTo(ResponseSource.ASSUMED);
    }
}
