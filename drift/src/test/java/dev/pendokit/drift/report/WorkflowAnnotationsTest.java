package dev.pendokit.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.drift.Change;
import dev.pendokit.drift.DriftReport;
import dev.pendokit.drift.FailOn;
import dev.pendokit.drift.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** annotations.txt, as written by {@link ReportWriter}: a workflow command per change, escaped as the runner reads it. */
class WorkflowAnnotationsTest {

    @Test
    void aLinePerChangeWorstFirst(@TempDir Path temp) throws IOException {
        Path file = ReportWriter.write(ReportWriterTest.drifted(), FailOn.BREAKING, temp,
                "api/pendo-api.postman_collection.json").get(5);

        assertThat(file.getFileName().toString()).isEqualTo("annotations.txt");
        assertThat(Files.readAllLines(file)).containsExactly(
                "::error file=api/pendo-api.postman_collection.json,title=API drift%2C breaking%3A response-field-removed"
                        + "::Guides/List guides, response 200: $[].rootVersionId: field <rootVersionId> & \"its\" value | gone"
                        + " (a client reading the field gets nothing)",
                "::warning file=api/pendo-api.postman_collection.json,title=API drift%2C potentially breaking%3A"
                        + " server-changed::(collection): the base URL changed to https://eu.pendo.io (a client may call the old region)",
                "::warning file=api/pendo-api.postman_collection.json,title=API drift%2C potentially breaking%3A"
                        + " parameter-type-changed::Accounts/Get account, path parameter id: type changed%0Afrom string to"
                        + " integer (a client may send a value now refused)",
                "::notice file=api/pendo-api.postman_collection.json,title=API drift%2C compatible%3A response-field-added"
                        + "::Guides/List guides, response 200: $[].audience: field audience was added (clients ignore fields"
                        + " they do not know)",
                "::notice file=api/pendo-api.postman_collection.json,title=API drift%2C compatible%3A parameter-added"
                        + "::Visitors/Get visitor, query parameter expand: optional parameter expand was added (a client need"
                        + " not send an optional parameter)");
    }

    @Test
    void escapesMessagesAndPropertiesAsTheRunnerUnescapes(@TempDir Path temp) throws IOException {
        DriftReport report = new DriftReport("t", "", "c", "", List.of("A/B"), List.of(new Change(Severity.BREAKING,
                "kind,with:marks", "A/B", "", "100% gone\r\nnow", "why")));

        String text = Files.readString(ReportWriter.write(report, FailOn.BREAKING, temp, "dir,1/a:b%.json").get(5));

        assertThat(text).isEqualTo("::error file=dir%2C1/a%3Ab%25.json,title=API drift%2C breaking%3A kind%2Cwith%3Amarks"
                + "::A/B: 100%25 gone%0D%0Anow (why)\n");
    }

    @Test
    void theBundledCollectionNamesNoFileAndNoDriftWritesNothing(@TempDir Path temp) throws IOException {
        List<String> lines = Files.readAllLines(ReportWriter.write(ReportWriterTest.drifted(), FailOn.BREAKING,
                temp.resolve("a")).get(5));
        assertThat(lines).hasSize(5).allSatisfy(line -> assertThat(line).doesNotContain("file="));
        assertThat(lines.get(0)).startsWith("::error title=API drift%2C breaking%3A response-field-removed::");

        assertThat(ReportWriter.write(ReportWriterTest.undrifted(), FailOn.BREAKING, temp.resolve("b"), "c.json").get(5))
                .isEmptyFile();
    }
}
