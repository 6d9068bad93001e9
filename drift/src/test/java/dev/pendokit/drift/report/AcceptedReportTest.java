package dev.pendokit.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.drift.Change;
import dev.pendokit.drift.DriftReport;
import dev.pendokit.drift.FailOn;
import dev.pendokit.drift.Severity;
import dev.pendokit.drift.accept.AcceptedChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every report shows the accepted changes with their reasons, and the accept entries to look at. */
class AcceptedReportTest {

    private static final String GUIDES = "Guides/List guides";
    private static final String PAGES = "Pages/List pages";
    private static final String STALE = "accept[1] (kind parameter-removed) matches no change; remove it, or correct"
            + " its operation, kind or where";

    private static final Change REMOVED = new Change(Severity.BREAKING, "response-field-removed", GUIDES,
            "response 200: $[].rootVersionId", "field rootVersionId | gone", "a client reading it gets nothing");
    private static final Change ADDED = new Change(Severity.COMPATIBLE, "response-field-added", PAGES,
            "response 200: $[].audience", "field audience was added", "clients ignore fields they do not know");

    /** A breaking change accepted, a compatible one not, and a stale entry. */
    private static DriftReport report() {
        return new DriftReport("Pendo API drift", "b", "c", "", List.of(GUIDES, PAGES), List.of(ADDED), "accept.yaml",
                List.of(new AcceptedChange(REMOVED, "deprecated <since> 2025", "2026-12-31")), List.of(STALE));
    }

    @Test
    void markdownListsTheAcceptedChangesAfterTheOthers(@TempDir Path temp) throws IOException {
        String markdown = Files.readString(ReportWriter.write(report(), FailOn.BREAKING, temp).get(0));

        assertThat(markdown).contains("**Verdict: passed: no breaking changes (pendokit.failOn=breaking)**")
                .contains("| breaking | 0 |\n").doesNotContain("### Guides/List guides").doesNotContain("Unchanged:")
                .doesNotContain("\n\n\n").endsWith("""
                        ## Accepted changes

                        Accept file: accept.yaml. Accepted changes are not counted above and do not fail the build.

                        | Severity | Operation | Kind | Where | What | Reason | Expires |
                        |---|---|---|---|---|---|---|
                        | breaking | Guides/List guides | response-field-removed | response 200: $[].rootVersionId | field rootVersionId \\| gone | deprecated <since> 2025 | 2026-12-31 |

                        Accept file entries to look at:

                        - accept[1] (kind parameter-removed) matches no change; remove it, or correct its operation, kind or where
                        """);
    }

    @Test
    void htmlHasTheAcceptedTable(@TempDir Path temp) throws IOException {
        String html = Files.readString(ReportWriter.write(report(), FailOn.BREAKING, temp).get(1));

        assertThat(html).contains("<h2>Accepted changes</h2>\n<p>Accept file: <code>accept.yaml</code>.")
                .contains("<tr><td><span class=\"severity breaking\">breaking</span> accepted</td>"
                        + "<td><code>Guides/List guides</code></td><td><code>response-field-removed</code></td>"
                        + "<td><code>response 200: $[].rootVersionId</code></td><td>field rootVersionId | gone</td>"
                        + "<td>deprecated &lt;since&gt; 2025</td><td>2026-12-31</td></tr>")
                .contains("<li>" + STALE + "</li>").endsWith("</ul>\n</body>\n</html>\n");
    }

    @Test
    void jsonAddsTheAcceptFieldsAfterTheOthers(@TempDir Path temp) throws IOException {
        JsonNode json = new ObjectMapper().readTree(ReportWriter.write(report(), FailOn.BREAKING, temp).get(2).toFile());

        assertThat(fields(json)).containsExactly("schemaVersion", "title", "baseline", "current",
                "baseUrl", "failOn", "failed", "summary", "changes", "operations", "acceptFile", "accepted",
                "acceptNotices");
        assertThat(json.get("failed").asBoolean()).isFalse();
        assertThat(json.get("summary").get("breaking").asInt()).isZero();
        assertThat(json.get("operations").findValuesAsText("status")).containsExactly("accepted", "compatible");
        assertThat(json.get("acceptFile").asText()).isEqualTo("accept.yaml");
        JsonNode accepted = json.get("accepted").get(0);
        assertThat(fields(accepted)).containsExactly("severity", "kind", "operation", "where", "what",
                "rule", "reason", "expires");
        assertThat(accepted.get("reason").asText()).isEqualTo("deprecated <since> 2025");
        assertThat(accepted.get("expires").asText()).isEqualTo("2026-12-31");
        assertThat(json.get("acceptNotices").get(0).asText()).isEqualTo(STALE);
    }

    @Test
    void junitShowsAcceptedChangesAsOutputNotFailures(@TempDir Path temp) throws IOException {
        String xml = Files.readString(ReportWriter.write(report(), FailOn.ANY, temp).get(3));

        assertThat(xml).contains("<testcase classname=\"pendokit.drift\" name=\"Guides/List guides\" time=\"0\">\n"
                + "    <system-out>accepted (deprecated &lt;since&gt; 2025, until 2026-12-31): breaking: response 200:"
                + " $[].rootVersionId: field rootVersionId | gone (a client reading it gets nothing)</system-out>\n"
                + "  </testcase>")
                .contains("failures=\"1\"")
                .contains("FAILED on 1 change (pendokit.failOn=any)\n" + STALE + "</system-out>");
    }

    @Test
    void sarifHasTheAcceptedChangeAsASuppressedResult(@TempDir Path temp) throws IOException {
        Path sarif = ReportWriter.write(report(), FailOn.BREAKING, temp).get(4);
        SarifSchema.assertValid(sarif);
        JsonNode results = new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0).get("results");

        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("ruleId").asText()).isEqualTo("response-field-added");
        assertThat(results.get(0).has("suppressions")).isFalse();
        JsonNode accepted = results.get(1);
        assertThat(accepted.get("ruleId").asText()).isEqualTo("response-field-removed");
        assertThat(accepted.get("level").asText()).isEqualTo("error");
        assertThat(accepted.get("suppressions").toString()).isEqualTo("[{\"kind\":\"external\",\"status\":\"accepted\","
                + "\"justification\":\"deprecated <since> 2025 (accepted until 2026-12-31)\"}]");
        // The rule is there for the accepted result to point at.
        assertThat(new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0).get("tool").get("driver")
                .get("rules").findValuesAsText("id")).containsExactly("response-field-added", "response-field-removed");
    }

    @Test
    void everyChangeAcceptedPassesAndSaysHowMany(@TempDir Path temp) throws IOException {
        DriftReport report = new DriftReport("t", "b", "c", "", List.of(GUIDES), List.of(), "accept.yaml",
                List.of(new AcceptedChange(REMOVED, "r", "")), List.of());
        String markdown = Files.readString(ReportWriter.write(report, FailOn.ANY, temp).get(0));

        assertThat(report.summary()).isEqualTo("no drift beyond accepted changes: 1 operations checked, 1 accepted change");
        assertThat(markdown).contains("**Verdict: passed: no drift beyond 1 accepted change**")
                .contains("| breaking | Guides/List guides | response-field-removed | response 200: $[].rootVersionId"
                        + " | field rootVersionId \\| gone | r | — |\n")
                .doesNotContain("entries to look at");
    }

    @Test
    void anAcceptFileThatAcceptsNothingSaysSo(@TempDir Path temp) throws IOException {
        DriftReport report = new DriftReport("t", "b", "c", "", List.of(PAGES), List.of(ADDED), "accept.yaml",
                List.of(), List.of());
        String markdown = Files.readString(ReportWriter.write(report, FailOn.BREAKING, temp).get(0));

        assertThat(markdown).endsWith("Accept file: accept.yaml. Accepted changes are not counted above and do not"
                + " fail the build.\n\nNo change was accepted.\n");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
