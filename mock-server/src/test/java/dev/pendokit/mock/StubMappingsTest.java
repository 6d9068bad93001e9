package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.stubs.StubGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mock builds its stubs with WireMock's Java API for speed; they must be exactly the stubs
 * stock WireMock reads from the same JSON.
 */
class StubMappingsTest {

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
                .isEqualTo(StubGenerator.inlineMappings(MockRequests.PENDO, StubGenerator.Selection.CHOSEN).size());
    }

    private static void assertSameAsWireMockReads(ApiModel model) {
        List<ObjectNode> mappings = StubGenerator.inlineMappings(model, StubGenerator.Selection.ALL);
        List<StubMapping> built = StubMappings.of(mappings);
        for (int i = 0; i < mappings.size(); i++) {
            assertThat(built.get(i)).as(mappings.get(i).path("name").asText())
                    .isEqualTo(StubMapping.buildFrom(mappings.get(i).toString()));
        }
    }
}
