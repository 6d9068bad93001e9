package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.mock.size.LargeCollections;
import dev.pendokit.stubs.StubGenerator;
import dev.pendokit.stubs.StubGenerator.Selection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mock's matching cost does not grow with the number of stubs: a request tries as many
 * stubs with the Pendo collection alone (1,450 stubs) as with a GitHub-shaped folder of 623
 * requests added (about 10,000 stubs), and a request of a synthetic 5,000-request collection
 * tries no more. Counted, not timed (BENCHMARKS.md has the timings): the count is what the time
 * follows, and it is the same on any machine.
 */
class StubCountTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PENDO_REQUEST = "/api/v1/visitor/exampleVisitor";

    @TempDir
    static Path dir;

    private static IndexedStubStore pendo;
    private static IndexedStubStore pendoPlusGitHub;
    private static IndexedStubStore synthetic;

    @BeforeAll
    static void load() throws IOException {
        pendo = store(ApiModels.loadBundled(ResolveOptions.DEFAULTS));
        pendoPlusGitHub = store(model(LargeCollections.pendoWithGitHubFolder(), "pendo-plus-github.json"));
        synthetic = store(model(LargeCollections.synthetic(LargeCollections.SYNTHETIC_REQUESTS), "synthetic.json"));
    }

    @Test
    void theStoresHoldTheStubsOfLargeCollections() {
        assertThat(pendo.getAll().count()).isGreaterThan(1_400);
        assertThat(pendoPlusGitHub.getAll().count()).isGreaterThan(9_000);
        assertThat(synthetic.getAll().count()).isGreaterThan(20_000);
    }

    @Test
    void aPendoRequestTriesAsManyStubsWhateverElseIsServed() {
        for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Prefer", "code=404"))) {
            int alone = pendo.candidateCount(get(PENDO_REQUEST, headers));
            assertThat(pendoPlusGitHub.candidateCount(get(PENDO_REQUEST, headers))).isEqualTo(alone);
            assertThat(alone).isLessThan(40);
        }
    }

    @Test
    void anAddedRequestTriesAsFewStubsAsAPendoOne() {
        int pendoRequest = pendo.candidateCount(get(PENDO_REQUEST, Map.of()));
        assertThat(pendoPlusGitHub.candidateCount(get(LargeCollections.GITHUB_REQUEST, Map.of())))
                .isLessThanOrEqualTo(pendoRequest);
        assertThat(synthetic.candidateCount(get(LargeCollections.SYNTHETIC_REQUEST, Map.of())))
                .isLessThanOrEqualTo(pendoRequest);
    }

    /** Over HTTP: the mock started from the largest collection answers both kinds of request as documented. */
    @Test
    void theMockServesTheLargeCollection() throws Exception {
        Path collection = dir.resolve("served.json");
        JSON.writeValue(collection.toFile(), LargeCollections.pendoWithGitHubFolder());
        HttpClient http = HttpClient.newHttpClient();
        try (PendoMock mock = PendoMock.builder().collection(collection).start()) {
            for (String path : List.of(PENDO_REQUEST, LargeCollections.GITHUB_REQUEST)) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + path))
                        .header("x-pendo-integration-key", "k").header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(200);
            }
            HttpResponse<String> notFound = http.send(HttpRequest.newBuilder(URI.create(mock.baseUrl()
                    + LargeCollections.GITHUB_REQUEST)).header("x-pendo-integration-key", "k").header("Accept", "application/json").header("Prefer", "code=422")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(notFound.statusCode()).isEqualTo(422);
            assertThat(notFound.body()).contains("Validation Failed");
        }
    }

    private static ApiModel model(ObjectNode collection, String file) throws IOException {
        Path path = dir.resolve(file);
        JSON.writeValue(path.toFile(), collection);
        return ApiModels.load(path, ResolveOptions.DEFAULTS);
    }

    private static IndexedStubStore store(ApiModel model) {
        IndexedStubStore store = new IndexedStubStore();
        for (StubMapping stub : WireMockStubs.of(StubGenerator.stubs(model, Selection.ALL))) {
            store.add(stub);
        }
        return store;
    }

    private static Request get(String path, Map<String, String> headers) {
        ImmutableRequest.Builder request = ImmutableRequest.create().withAbsoluteUrl("http://localhost:8080" + path)
                .withMethod(RequestMethod.GET).withHeader("x-pendo-integration-key", "k")
                .withHeader("Accept", "application/json");
        headers.forEach(request::withHeader);
        return request.build();
    }
}
