package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.stubs.Stub;
import dev.pendokit.stubs.StubGenerator;
import dev.pendokit.stubs.StubJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mock builds its stubs with WireMock's Java API for speed; they must be exactly the stubs
 * stock WireMock reads from the mapping files written from the same stub objects.
 */
class WireMockStubsTest {

    @Test
    void everyPendoStubIsWhatWireMockReadsFromItsJson() {
        assertSameAsWireMockReads(MockRequests.PENDO);
    }

    static Stream<Path> corpus() throws IOException {
        return Files.list(Path.of("../testdata/postman-corpus")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusStubIsWhatWireMockReadsFromItsJson(Path collection) {
        ApiModel model;
        try {
            model = ApiModels.load(collection, ResolveOptions.DEFAULTS);
        } catch (RuntimeException refused) {
            return; // The corpus holds collections the reader refuses, with a message; that is tested elsewhere.
        }
        assertSameAsWireMockReads(model);
    }

    @Test
    void theChosenCountIsHowManyChosenStubsThereAre() {
        assertThat(StubGenerator.chosenCount(MockRequests.PENDO))
                .isEqualTo(StubGenerator.stubs(MockRequests.PENDO, StubGenerator.Selection.CHOSEN).size());
    }

    private static void assertSameAsWireMockReads(ApiModel model) {
        List<Stub> stubs = StubGenerator.stubs(model, StubGenerator.Selection.ALL);
        List<StubMapping> built = WireMockStubs.of(stubs);
        for (int i = 0; i < stubs.size(); i++) {
            assertThat(built.get(i)).as(stubs.get(i).name())
                    .isEqualTo(StubMapping.buildFrom(new String(StubJson.bytes(stubs.get(i)), StandardCharsets.UTF_8)));
        }
    }
}
