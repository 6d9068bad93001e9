package dev.pendokit.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.drift.FailOn;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.sarif, written by {@link ReportWriter}: byte for byte against a golden copy (re-create
 * with {@code -Dpendokit.recreateGolden=true} and review the diff), and what it says field by field.
 * SarifSchemaTest validates it against the SARIF 2.1.0 JSON schema itself.
 */
class SarifReportTest {

    private static final Path GOLDEN = Path.of("src/test/golden/report.sarif");
    /** The golden copy does not change with pendokit's version. */
    private static final String VERSION_PLACEHOLDER = "@pendokit.version@";
    private static final String COLLECTION = "api/pendo api.postman_collection.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void matchesTheGoldenCopy(@TempDir Path temp) throws IOException {
        String sarif = write(temp);
        String version = "\"version\": \"" + SarifReport.toolVersion() + "\"";
        assertThat(sarif).contains(version);
        String comparable = sarif.replace(version, "\"version\": \"" + VERSION_PLACEHOLDER + "\"");
        if (Boolean.getBoolean("pendokit.recreateGolden")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, comparable, StandardCharsets.UTF_8);
        }
        assertThat(comparable).as("report.sarif differs from %s (re-create with -Dpendokit.recreateGolden=true and"
                + " review the diff)", GOLDEN).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void hasWhatTheSarifSchemaRequires(@TempDir Path temp) throws IOException {
        JsonNode sarif = MAPPER.readTree(write(temp));

        assertThat(fields(sarif)).containsExactly("$schema", "version", "runs");
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode run = sarif.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("pendokit-drift");
        assertThat(driver.get("version").asText()).isEqualTo(SarifReport.toolVersion()).matches("\\d+\\.\\d+\\.\\d+.*");

        // A rule per kind, in id order, with the worst level of its changes.
        JsonNode rules = driver.get("rules");
        assertThat(rules.findValuesAsText("id")).containsExactly("parameter-added", "parameter-type-changed",
                "response-field-added", "response-field-removed", "server-changed");
        List<String> defaults = new ArrayList<>();
        rules.forEach(rule -> defaults.add(rule.get("defaultConfiguration").get("level").asText()));
        assertThat(defaults).containsExactly("note", "warning", "note", "error", "warning");
        rules.forEach(rule -> assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank());

        // A result per change, worst first, each pointing at its own rule.
        JsonNode results = run.get("results");
        assertThat(results.findValuesAsText("level")).containsExactly("error", "warning", "warning", "note", "note");
        Set<String> levels = Set.of("none", "note", "warning", "error");
        for (JsonNode result : results) {
            assertThat(result.get("message").get("text").asText()).isNotBlank();
            assertThat(levels).contains(result.get("level").asText());
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(result.get("ruleId").asText());
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            String uri = physical.get("artifactLocation").get("uri").asText();
            assertThat(URI.create(uri).isAbsolute()).isFalse();
            assertThat(URI.create(uri).getPath()).isEqualTo(COLLECTION);
            assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(1);
        }
        assertThat(run.get("artifacts").get(0).get("location").get("uri").asText())
                .isEqualTo("api/pendo%20api.postman_collection.json");

        JsonNode breaking = results.get(0);
        assertThat(breaking.get("message").get("text").asText()).isEqualTo("Guides/List guides, response 200:"
                + " $[].rootVersionId: field <rootVersionId> & \"its\" value | gone (breaking: a client reading the field"
                + " gets nothing)");
        JsonNode logical = breaking.get("locations").get(0).get("logicalLocations").get(0);
        assertThat(logical.get("name").asText()).isEqualTo("Guides/List guides");
        assertThat(logical.get("fullyQualifiedName").asText()).isEqualTo("Guides/List guides, response 200: $[].rootVersionId");
        // The collection-wide change names the collection as its place.
        JsonNode server = results.get(1).get("locations").get(0).get("logicalLocations").get(0);
        assertThat(server.get("name").asText()).isEqualTo("(collection)");
        // Results of one kind on one line are told apart by their fingerprints.
        assertThat(results.findValuesAsText("pendokitDrift/v1")).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void theBundledCollectionHasOnlyLogicalLocations(@TempDir Path temp) throws IOException {
        JsonNode sarif = MAPPER.readTree(ReportWriter.write(ReportWriterTest.drifted(), FailOn.BREAKING, temp).get(4).toFile());

        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.has("artifacts")).isFalse();
        assertThat(run.get("results")).hasSize(5).allSatisfy(result -> {
            assertThat(fields(result.get("locations").get(0))).containsExactly("logicalLocations");
        });
    }

    @Test
    void noDriftIsARunWithoutResults(@TempDir Path temp) throws IOException {
        String text = Files.readString(ReportWriter.write(ReportWriterTest.undrifted(), FailOn.BREAKING, temp,
                "pendo-api.postman_collection.json").get(4));

        JsonNode run = MAPPER.readTree(text).get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules")).isEmpty();
        assertThat(run.get("results")).isEmpty();
        assertThat(text).contains("\"results\": []\n");
    }

    private static String write(Path temp) throws IOException {
        Path sarif = ReportWriter.write(ReportWriterTest.drifted(), FailOn.BREAKING, temp, COLLECTION).get(4);
        assertThat(sarif.getFileName().toString()).isEqualTo("report.sarif");
        return Files.readString(sarif, StandardCharsets.UTF_8);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
