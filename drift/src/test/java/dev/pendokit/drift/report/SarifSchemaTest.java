package dev.pendokit.drift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.drift.Change;
import dev.pendokit.drift.DriftReport;
import dev.pendokit.drift.FailOn;
import dev.pendokit.drift.Severity;
import dev.pendokit.drift.accept.AcceptedChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.sarif against the SARIF 2.1.0 JSON schema: the golden copy, the reports the report tests
 * write, and broken copies, to show the check can fail and says where. DriftCheckTest and
 * LiveDriftTest check the reports of whole runs the same way.
 */
class SarifSchemaTest {

    private static final Path GOLDEN = Path.of("src/test/golden/report.sarif");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theSchemaIsTheSarif210One() throws IOException {
        JsonNode schema = MAPPER.readTree(SarifSchema.FILE.toFile());

        assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(schema.get("title").asText()).isEqualTo("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema");
        assertThat(schema.get("properties").get("version").get("enum").get(0).asText()).isEqualTo("2.1.0");
    }

    @Test
    void theGoldenCopyIsValid() {
        SarifSchema.assertValid(GOLDEN);
    }

    @Test
    void everyReportTheReportTestsWriteIsValid(@TempDir Path temp) {
        SarifSchema.assertValid(sarif(ReportWriter.write(ReportWriterTest.drifted(), FailOn.BREAKING, temp.resolve("file"),
                "api/pendo api.postman_collection.json")));
        // The bundled collection: logical locations only, no artifacts.
        SarifSchema.assertValid(sarif(ReportWriter.write(ReportWriterTest.drifted(), FailOn.BREAKING, temp.resolve("bundled"))));
        SarifSchema.assertValid(sarif(ReportWriter.write(ReportWriterTest.undrifted(), FailOn.BREAKING, temp.resolve("none"),
                "pendo-api.postman_collection.json")));
        // Accepted changes and accept file notices beside a change.
        Change removed = new Change(Severity.BREAKING, "response-field-removed", ReportWriterTest.GUIDES,
                "response 200: $[].rootVersionId", "field rootVersionId | gone", "a client reading it gets nothing");
        Change added = new Change(Severity.COMPATIBLE, "response-field-added", ReportWriterTest.PAGES,
                "response 200: $[].audience", "field audience was added", "clients ignore fields they do not know");
        DriftReport accepted = new DriftReport("Pendo API drift", "b", "c", "", List.of(ReportWriterTest.GUIDES,
                ReportWriterTest.PAGES), List.of(added), "accept.yaml", List.of(new AcceptedChange(removed, "deprecated",
                "2026-12-31")), List.of("accept[1] (kind parameter-removed) matches no change"));
        SarifSchema.assertValid(sarif(ReportWriter.write(accepted, FailOn.BREAKING, temp.resolve("accepted"),
                "c.postman_collection.json")));
    }

    @Test
    void aResultWithoutAMessageIsRefusedWithItsPlace(@TempDir Path temp) throws IOException {
        ObjectNode log = golden();
        result(log, 1).remove("message");

        assertThat(SarifSchema.problems(log.toString())).containsExactly("/runs/0/results/1: property 'message' is required");
        Path broken = Files.writeString(temp.resolve(ReportWriter.SARIF), log.toString());
        assertThatThrownBy(() -> SarifSchema.assertValid(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(broken + " against the SARIF 2.1.0 schema")
                .hasMessageContaining("/runs/0/results/1: property 'message' is required");
    }

    @Test
    void aLevelSarifDoesNotKnowIsRefusedWithItsPlace() throws IOException {
        ObjectNode log = golden();
        result(log, 0).put("level", "breaking");

        assertThat(SarifSchema.problems(log.toString())).containsExactly(
                "/runs/0/results/0/level: \"breaking\" is not one of [\"none\", \"note\", \"warning\", \"error\"]");
    }

    @Test
    void anUnescapedFileNameIsRefusedWithItsPlace() throws IOException {
        ObjectNode log = golden();
        ((ObjectNode) log.get("runs").get(0).get("artifacts").get(0).get("location"))
                .put("uri", "api/pendo api.postman_collection.json");

        assertThat(SarifSchema.problems(log.toString())).containsExactly(
                "/runs/0/artifacts/0/location/uri: \"api/pendo api.postman_collection.json\" is not a valid uri-reference");
    }

    private static ObjectNode golden() throws IOException {
        return (ObjectNode) MAPPER.readTree(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    private static ObjectNode result(ObjectNode log, int index) {
        return (ObjectNode) log.get("runs").get(0).get("results").get(index);
    }

    private static Path sarif(List<Path> written) {
        Path sarif = written.get(4);
        assertThat(sarif.getFileName().toString()).isEqualTo(ReportWriter.SARIF);
        return sarif;
    }
}
