package dev.pendokit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.output.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Pendo collection's stubs: one per documented status, ordered so the right one answers. */
class StubGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiModel pendo;
    private static List<GeneratedFile> files;
    private static Map<String, JsonNode> mappings;

    @BeforeAll
    static void generate() {
        pendo = TestModels.pendo();
        files = StubGenerator.generate(pendo);
        mappings = new HashMap<>();
        for (GeneratedFile file : files) {
            if (file.path().startsWith("mappings/")) {
                mappings.put(file.path().substring("mappings/".length()).replace(".json", ""), read(file));
            }
        }
    }

    @Test
    void theSameCollectionGivesTheSameBytes() {
        List<GeneratedFile> again = StubGenerator.generate(TestModels.pendo());
        assertThat(again).hasSameSizeAs(files);
        for (int i = 0; i < files.size(); i++) {
            assertThat(again.get(i).path()).isEqualTo(files.get(i).path());
            assertThat(again.get(i).content()).as(files.get(i).path()).isEqualTo(files.get(i).content());
        }
    }

    @Test
    void everyOperationAndEveryDocumentedStatusHasAMappingForEachWayOfChoosingIt() {
        Map<String, Set<String>> selectors = new HashMap<>();
        for (JsonNode mapping : mappings.values()) {
            JsonNode meta = mapping.path("metadata").path("pendokit");
            selectors.computeIfAbsent(meta.path("request").asText() + " " + meta.path("status").asInt(), k -> new HashSet<>())
                    .add(mapping.path("name").asText().replaceAll(".*-", ""));
        }
        int responses = 0;
        for (Operation operation : pendo.operations()) {
            for (Response response : operation.responses()) {
                String key = operation.location().itemPath() + " " + response.status();
                assertThat(selectors.get(key)).as(key).contains("prefer", "postman");
                responses++;
            }
        }
        assertThat(responses).isGreaterThan(1000);
    }

    @Test
    void literalSegmentsComeBeforeVariablesInEveryBand() {
        assertThat(priority("guides-reset-staged-reset-all-staged-guides-200"))
                .isLessThan(priority("guides-reset-staged-reset-individual-staged-guide-200"));
        assertThat(priority("guides-reset-staged-reset-all-staged-guides-404-prefer"))
                .isLessThan(priority("guides-reset-staged-reset-individual-staged-guide-404-prefer"));
        assertThat(priority("guides-reset-seen-reset-guide-seen-for-specific-visitor-for-all-guides-200"))
                .isLessThan(priority("guides-reset-seen-reset-guide-seen-for-specific-visitor-200"));
    }

    @Test
    void theBandsAreOrdered() {
        int auth = priority("auth-x-pendo-integration-key-missing");
        int plain = mappings.values().stream().filter(m -> selector(m).equals("default"))
                .mapToInt(m -> m.path("priority").asInt()).max().orElseThrow();
        int chosen = mappings.values().stream().filter(m -> selector(m).equals("code"))
                .mapToInt(m -> m.path("priority").asInt()).max().orElseThrow();
        int fallback = mappings.values().stream().filter(m -> selector(m).equals("fallback"))
                .mapToInt(m -> m.path("priority").asInt()).min().orElseThrow();
        assertThat(auth).isLessThan(StubGenerator.PLAIN_SUCCESS);
        assertThat(plain).isLessThan(StubGenerator.CHOSEN);
        assertThat(chosen).isLessThan(fallback);
    }

    @Test
    void idsAndNamesAreUnique() {
        assertThat(mappings.values().stream().map(m -> m.path("id").asText()).distinct().count())
                .isEqualTo(mappings.size());
    }

    @Test
    void theBase64VariantsNeedTheirHeaderAndTheAggregationsTheirSource() {
        JsonNode b64 = mappings.get("visitors-get-by-base64-id-200").path("request");
        assertThat(b64.path("headers").path("x-pendo-base64-encoded-params").path("equalTo").asText()).isEqualTo("true");
        JsonNode accounts = mappings.values().stream()
                .filter(m -> m.path("metadata").path("pendokit").path("request").asText()
                        .equals("Aggregation/Metadata and object sources/accounts") && selector(m).equals("default"))
                .findFirst().orElseThrow();
        assertThat(accounts.path("request").path("bodyPatterns").get(0).path("matchesJsonPath").asText())
                .isEqualTo("$.request.pipeline[0][?(@.source.accounts)]");
    }

    @Test
    void errorsArePendoStyleJsonWithTheDocumentedReason() {
        JsonNode tooMany = mappings.get("pages-list-429-prefer").path("response");
        assertThat(tooMany.path("status").asInt()).isEqualTo(429);
        assertThat(tooMany.path("statusMessage").asText()).isEqualTo("Too Many Requests");
        assertThat(tooMany.path("headers").path("Retry-After").asText()).isEqualTo("1");
        assertThat(tooMany.path("body").asText()).startsWith("{\"status\":429,\"error\":\"Too Many Requests\",\"message\":");
    }

    @Test
    void exportsAnswerCsvAndXliff() {
        JsonNode csv = mappings.get("reports-get-contents-as-csv-200").path("response");
        assertThat(csv.path("headers").path("Content-Type").asText()).isEqualTo("text/csv");
        JsonNode xliff = mappings.values().stream().filter(m -> m.path("metadata").path("pendokit").path("request")
                .asText().equals("Guide/Bulk XLIFF Export") && selector(m).equals("default")).findFirst().orElseThrow();
        assertThat(xliff.path("response").path("headers").path("Content-Type").asText()).contains("xml");
    }

    @Test
    void largeBodiesGoToFilesAndEveryReferencedFileExists() {
        Set<String> bodies = new HashSet<>();
        files.stream().filter(f -> f.path().startsWith("__files/")).forEach(f -> bodies.add(f.path().substring(8)));
        for (JsonNode mapping : mappings.values()) {
            JsonNode file = mapping.path("response").path("bodyFileName");
            if (!file.isMissingNode()) {
                assertThat(bodies).contains(file.asText());
            }
            assertThat(mapping.path("response").path("body").asText().length()).isLessThanOrEqualTo(StubGenerator.INLINE_LIMIT);
        }
    }

    private static int priority(String name) {
        assertThat(mappings).containsKey(name);
        return mappings.get(name).path("priority").asInt();
    }

    private static String selector(JsonNode mapping) {
        return mapping.path("metadata").path("pendokit").path("selector").asText();
    }

    private static JsonNode read(GeneratedFile file) {
        try {
            return JSON.readTree(new String(file.content(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
