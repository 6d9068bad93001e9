package dev.pendokit.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.drift.accept.AcceptFile;
import dev.pendokit.drift.diff.EditedCollection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.drift.report.ReportWriter;
import dev.pendokit.drift.report.SarifSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole check as a front-end runs it: options in, reports written, a verdict out. */
class DriftCheckTest {

    private static final ApiModel PENDO = TestModels.pendo();

    @TempDir
    Path work;

    @Test
    void theSameCollectionPassesAndSaysSoInEveryReport() {
        DriftCheck.Outcome outcome = DriftCheck.run(options(PENDO, FailOn.ANY));

        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.failure()).isEmpty();
        assertThat(outcome.report().title()).isEqualTo("API drift: collection against its baseline");
        assertThat(outcome.report().current()).isEqualTo("'Pendo API' (current.json, 110 requests)");
        assertThat(outcome.report().summary()).isEqualTo("no drift: 110 operations checked, nothing changed");
        assertThat(outcome.files()).extracting(p -> p.getFileName().toString()).containsExactly(ReportWriter.MARKDOWN,
                ReportWriter.HTML, ReportWriter.JSON, ReportWriter.JUNIT, ReportWriter.SARIF, ReportWriter.ANNOTATIONS);
        assertThat(outcome.files()).allSatisfy(file -> assertThat(file).isRegularFile().hasParent(work.resolve("reports")));
        SarifSchema.assertValid(work.resolve("reports").resolve(ReportWriter.SARIF));
    }

    @Test
    void aBreakingChangeFailsUnderTheRuleThatSaysSo() throws IOException {
        EditedCollection edited = EditedCollection.pendo();
        edited.items("Page").remove(0);
        ApiModel newer = edited.model(work);

        DriftCheck.Outcome breaking = DriftCheck.run(options(newer, FailOn.BREAKING));
        assertThat(breaking.failed()).isTrue();
        assertThat(breaking.failure()).isEqualTo("1 breaking change (failOn=breaking)");
        SarifSchema.assertValid(work.resolve("reports").resolve(ReportWriter.SARIF));
        // The CI reports point at the checked collection's file.
        Change removed = breaking.report().changes().get(0);
        assertThat(removed.severity()).isEqualTo(Severity.BREAKING);
        String annotations = Files.readString(work.resolve("reports").resolve(ReportWriter.ANNOTATIONS));
        assertThat(annotations).startsWith("::error file=current.json,title=API drift%2C breaking%3A " + removed.kind()
                + "::" + removed.operation());
        JsonNode result = new ObjectMapper().readTree(work.resolve("reports").resolve(ReportWriter.SARIF).toFile())
                .get("runs").get(0).get("results").get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo(removed.kind());
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo("current.json");
        assertThat(result.get("locations").get(0).get("logicalLocations").get(0).get("name").asText())
                .isEqualTo(removed.operation());
        assertThat(DriftCheck.run(options(newer, FailOn.NONE)).failed()).isFalse();
    }

    @Test
    void aCollectionFileIsPlacedRelativeToTheWorkingDirectory() {
        Path here = Path.of("").toAbsolutePath();
        DriftOptions.Collection nested = DriftOptions.Collection.fromFile(PENDO, here.resolve("api/./pendo.json"));
        assertThat(nested.source()).isEqualTo("pendo.json");
        assertThat(nested.file()).isEqualTo("api/pendo.json");
        assertThat(DriftOptions.Collection.fromFile(PENDO, Path.of("pendo.json")).file()).isEqualTo("pendo.json");
        assertThat(new DriftOptions.Collection(PENDO, DriftOptions.BUNDLED).file()).isEmpty();
    }

    @Test
    void aCollectionFromAUrlIsPlacedOnTheBaselineFile() {
        String shown = "https://api.getpostman.com/collections/123-abc";
        DriftOptions.Collection fetched = DriftOptions.Collection.fromUrl(PENDO, shown,
                Optional.of(Path.of("api/./pendo.baseline.json")));
        assertThat(fetched.source()).isEqualTo(shown);
        assertThat(fetched.file()).isEqualTo("api/pendo.baseline.json");
        assertThat(DriftOptions.Collection.fromUrl(PENDO, shown, Optional.empty()).file()).isEmpty();
    }

    @Test
    void anAcceptFileAcceptsTheChangeUntilItExpires() throws IOException {
        EditedCollection edited = EditedCollection.pendo();
        edited.items("Page").remove(0);
        ApiModel newer = edited.model(work);
        Path file = Files.writeString(work.resolve("accept.yaml"), """
                accept:
                  - kind: operation-removed
                    operation: "Page/*"
                    reason: PENDO-7 retired the call
                    expires: 2026-12-31
                """);
        DriftOptions options = options(newer, FailOn.BREAKING).withAccept(AcceptFile.read(file));

        DriftCheck.Outcome before = DriftCheck.run(options.withClock(clock("2026-12-31")));
        assertThat(before.failed()).isFalse();
        assertThat(before.report().changes()).isEmpty();
        assertThat(before.report().accepted()).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("PENDO-7 retired the call"));
        assertThat(before.report().acceptFile()).isEqualTo("accept.yaml");
        SarifSchema.assertValid(work.resolve("reports").resolve(ReportWriter.SARIF));

        DriftCheck.Outcome after = DriftCheck.run(options.withClock(clock("2027-01-01")));
        assertThat(after.failed()).isTrue();
        assertThat(after.failure()).isEqualTo("1 breaking change (failOn=breaking)");
        assertThat(after.report().acceptNotices()).containsExactly("accept[0] (kind operation-removed, operation Page/*)"
                + " expired on 2026-12-31 and no longer accepts changes; renew its date or remove it");
        assertThat(Files.readString(after.files().get(0))).contains("- accept[0] (kind operation-removed, operation"
                + " Page/*) expired on 2026-12-31");
    }

    @Test
    void aSeverityOverrideDecidesWhatFails() throws IOException {
        EditedCollection edited = EditedCollection.pendo();
        edited.items("Page").remove(0);
        ApiModel newer = edited.model(work);
        Path file = Files.writeString(work.resolve("accept.json"), "{\"severity\": {\"operation-removed\": \"compatible\"}}");

        DriftCheck.Outcome outcome = DriftCheck.run(options(newer, FailOn.BREAKING).withAccept(AcceptFile.read(file)));
        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.report().changes()).singleElement()
                .satisfies(c -> assertThat(c.severity()).isEqualTo(Severity.COMPATIBLE));
    }

    @Test
    void withNothingToCompareThereIsNoCheck() {
        assertThatThrownBy(() -> new DriftOptions(Optional.empty(), new DriftOptions.Collection(PENDO, "bundled"),
                Optional.empty(), FailOn.BREAKING, work)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("drift has nothing to compare: give a baseline collection to compare the collection with,"
                        + " a live API to check it against, or both");
    }

    private static Clock clock(String day) {
        return Clock.fixed(LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private DriftOptions options(ApiModel current, FailOn failOn) {
        return new DriftOptions(Optional.of(new DriftOptions.Collection(PENDO, "baseline.json")),
                new DriftOptions.Collection(current, "current.json"), Optional.empty(), failOn, work.resolve("reports"));
    }
}
