package dev.pendokit.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.drift.Change;
import dev.pendokit.drift.DriftReport;
import dev.pendokit.drift.FailOn;
import dev.pendokit.drift.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportWriterTest {

    static final String ACCOUNT = "Accounts/Get account";
    static final String GUIDES = "Guides/List guides";
    static final String PAGES = "Pages/List pages";
    static final String VISITOR = "Visitors/Get visitor";

    /** Every severity, a collection-wide change, an unchanged operation, and texts that need escaping. */
    static DriftReport drifted() {
        return new DriftReport("Pendo API drift", "Pendo API (pendo-api.baseline.json)",
                "Pendo API (pendo-api.postman_collection.json)", "https://app.pendo.io",
                List.of(ACCOUNT, GUIDES, PAGES, VISITOR), List.of(
                        new Change(Severity.COMPATIBLE, "parameter-added", VISITOR, "query parameter expand",
                                "optional parameter expand was added", "a client need not send an optional parameter"),
                        new Change(Severity.BREAKING, "response-field-removed", GUIDES, "response 200: $[].rootVersionId",
                                "field <rootVersionId> & \"its\" value | gone", "a client reading the field gets nothing"),
                        new Change(Severity.POTENTIALLY_BREAKING, "server-changed", "", "",
                                "the base URL changed to https://eu.pendo.io", "a client may call the old region"),
                        new Change(Severity.POTENTIALLY_BREAKING, "parameter-type-changed", ACCOUNT, "path parameter id",
                                "type changed\nfrom string to integer", "a client may send a value now refused"),
                        new Change(Severity.COMPATIBLE, "response-field-added", GUIDES, "response 200: $[].audience",
                                "field audience was added", "clients ignore fields they do not know")));
    }

    static DriftReport undrifted() {
        return new DriftReport("Pendo API drift", "", "Pendo API (pendo-api.postman_collection.json)", "",
                List.of(ACCOUNT, PAGES), List.of());
    }

    @Test
    void writesSixFilesInOrderAndNothingElse(@TempDir Path temp) throws IOException {
        Path directory = temp.resolve("drift/collection");
        List<Path> written = ReportWriter.write(drifted(), FailOn.BREAKING, directory, "pendo-api.postman_collection.json");

        assertThat(written).containsExactly(directory.resolve("report.md"), directory.resolve("report.html"),
                directory.resolve("report.json"), directory.resolve("TEST-pendokit-drift.xml"),
                directory.resolve("report.sarif"), directory.resolve("annotations.txt"));
        assertThat(written).allSatisfy(path -> assertThat(path).isRegularFile());
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).as("no temporary file is left")
                    .containsExactly("TEST-pendokit-drift.xml", "annotations.txt", "report.html", "report.json",
                            "report.md", "report.sarif");
        }
        for (Path path : written) {
            assertThat(Files.readString(path)).as(path.toString()).doesNotContain("\r").endsWith("\n")
                    .doesNotContain(temp.toString());
        }
    }

    @Test
    void sameReportSameBytes(@TempDir Path temp) throws IOException {
        List<byte[]> first = read(ReportWriter.write(drifted(), FailOn.BREAKING, temp.resolve("a")));
        List<byte[]> again = read(ReportWriter.write(drifted(), FailOn.BREAKING, temp.resolve("a")));
        List<byte[]> elsewhere = read(ReportWriter.write(drifted(), FailOn.BREAKING, temp.resolve("b")));

        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i)).isEqualTo(first.get(i));
            assertThat(elsewhere.get(i)).isEqualTo(first.get(i));
        }
    }

    @Test
    void jsonHasTheDocumentedSchema(@TempDir Path temp) throws IOException {
        String text = Files.readString(ReportWriter.write(drifted(), FailOn.BREAKING, temp).get(2));
        JsonNode json = new ObjectMapper().readTree(text);

        assertThat(fields(json)).containsExactly("schemaVersion", "title", "baseline", "current", "baseUrl", "failOn",
                "failed", "summary", "changes", "operations");
        assertThat(text).startsWith("{\n  \"schemaVersion\": 1,\n  \"title\": \"Pendo API drift\",\n");
        assertThat(json.get("schemaVersion").isInt()).isTrue();
        assertThat(json.get("baseline").asText()).isEqualTo("Pendo API (pendo-api.baseline.json)");
        assertThat(json.get("current").asText()).isEqualTo("Pendo API (pendo-api.postman_collection.json)");
        assertThat(json.get("baseUrl").asText()).isEqualTo("https://app.pendo.io");
        assertThat(json.get("failOn").asText()).isEqualTo("breaking");
        assertThat(json.get("failed").asBoolean()).isTrue();

        JsonNode summary = json.get("summary");
        assertThat(fields(summary)).containsExactly("operationsChecked", "breaking", "potentiallyBreaking", "compatible");
        assertThat(List.of(summary.get("operationsChecked").asInt(), summary.get("breaking").asInt(),
                summary.get("potentiallyBreaking").asInt(), summary.get("compatible").asInt())).containsExactly(4, 1, 2, 2);

        JsonNode changes = json.get("changes");
        assertThat(changes).hasSize(5);
        assertThat(fields(changes.get(0))).containsExactly("severity", "kind", "operation", "where", "what", "rule");
        assertThat(changes.get(0).get("severity").asText()).isEqualTo("breaking");
        assertThat(changes.get(0).get("what").asText()).isEqualTo("field <rootVersionId> & \"its\" value | gone");
        assertThat(changes.findValuesAsText("severity"))
                .containsExactly("breaking", "potentiallyBreaking", "potentiallyBreaking", "compatible", "compatible");
        // The collection-wide change keeps its empty operation and place.
        JsonNode server = changes.get(1);
        assertThat(server.get("kind").asText()).isEqualTo("server-changed");
        assertThat(server.get("operation").asText()).isEmpty();
        assertThat(server.get("where").asText()).isEmpty();

        JsonNode operations = json.get("operations");
        assertThat(fields(operations.get(0))).containsExactly("name", "status");
        assertThat(operations.findValuesAsText("name")).containsExactly(ACCOUNT, GUIDES, PAGES, VISITOR);
        assertThat(operations.findValuesAsText("status"))
                .containsExactly("potentiallyBreaking", "breaking", "unchanged", "compatible");
    }

    @Test
    void jsonWithoutALiveCheckHasANullBaseUrl(@TempDir Path temp) throws IOException {
        JsonNode json = new ObjectMapper().readTree(ReportWriter.write(undrifted(), FailOn.ANY, temp).get(2).toFile());

        assertThat(json.get("baseUrl").isNull()).isTrue();
        assertThat(json.get("baseline").asText()).isEmpty();
        assertThat(json.get("failOn").asText()).isEqualTo("any");
    }

    @Test
    void htmlIsEscapedAndSelfContained(@TempDir Path temp) throws IOException {
        String html = Files.readString(ReportWriter.write(drifted(), FailOn.BREAKING, temp).get(1));

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n").endsWith("</html>\n");
        assertThat(html).contains("<h1>Pendo API drift</h1>")
                .contains("<dt>Compared</dt><dd>Pendo API (pendo-api.baseline.json) → Pendo API (pendo-api.postman_collection.json)</dd>")
                .contains("<dt>Live API</dt><dd>https://app.pendo.io</dd>")
                // Mustache's escaping covers '=' too (harmless in text, needed in unquoted attributes).
                .contains("<p class=\"verdict failed\">Verdict: FAILED on 1 breaking change (pendokit.failOn&#61;breaking)</p>")
                .contains("<tr><td><span class=\"severity breaking\">breaking</span></td><td class=\"count\">1</td></tr>")
                .contains("<td>type changed&#10;from string to integer</td>")
                .contains("<tr><td><span class=\"severity potentiallyBreaking\">potentially breaking</span></td><td class=\"count\">2</td></tr>")
                .contains("<tr><td>operations checked</td><td class=\"count\">4</td></tr>")
                .contains("field &lt;rootVersionId&gt; &amp; &quot;its&quot; value | gone")
                .contains("<h3>Guides/List guides <span class=\"severity breaking\">breaking</span></h3>")
                .contains("<li><code>Pages/List pages</code></li>")
                .doesNotContain("<rootVersionId>");
        assertThat(html.indexOf("<h3>The collection as a whole")).isPositive()
                .isLessThan(html.indexOf("<h3>Accounts/Get account"));
        assertThat(html.indexOf("<h3>Accounts/Get account")).isLessThan(html.indexOf("<h3>Guides/List guides"));
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img")
                .doesNotContain("href=").doesNotContain("src=").doesNotContain("url(").doesNotContain("@import");
    }

    @Test
    void markdownHasTheSummaryTableAndIsNotHtmlEscaped(@TempDir Path temp) throws IOException {
        String markdown = Files.readString(ReportWriter.write(drifted(), FailOn.BREAKING, temp).get(0));

        assertThat(markdown).startsWith("""
                # Pendo API drift

                - Compared: Pendo API (pendo-api.baseline.json) → Pendo API (pendo-api.postman_collection.json)
                - Live API: https://app.pendo.io

                **Verdict: FAILED on 1 breaking change (pendokit.failOn=breaking)**

                ## Summary

                | | Count |
                |---|---:|
                | breaking | 1 |
                | potentially breaking | 2 |
                | compatible | 2 |
                | operations checked | 4 |

                ## Changes

                ### The collection as a whole

                | Severity | Kind | Where | What | Rule |
                |---|---|---|---|---|
                | potentially breaking | server-changed | — | the base URL changed to https://eu.pendo.io | a client may call the old region |

                ### Accounts/Get account
                """);
        assertThat(markdown)
                .contains("| potentially breaking | parameter-type-changed | path parameter id | type changed<br>from string to integer | a client may send a value now refused |\n")
                .contains("| breaking | response-field-removed | response 200: $[].rootVersionId | field <rootVersionId> & \"its\" value \\| gone | a client reading the field gets nothing |\n")
                .endsWith("Unchanged: 1 of 4 operations checked.\n")
                .doesNotContain("&lt;").doesNotContain("&amp;").doesNotContain("&quot;").doesNotContain("\n\n\n");
        assertThat(markdown.indexOf("### Guides/List guides")).isLessThan(markdown.indexOf("### Visitors/Get visitor"));
        assertThat(markdown).doesNotContain("### Pages/List pages");
    }

    @Test
    void junitHasACasePerOperationAndOneForTheCollection(@TempDir Path temp) throws Exception {
        Element suite = junit(ReportWriter.write(drifted(), FailOn.BREAKING, temp).get(3));

        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("pendokit drift");
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(suite.getAttribute("skipped")).isEqualTo("0");
        assertThat(suite.getAttribute("timestamp")).isEmpty();
        assertThat(suite.getAttribute("hostname")).isEmpty();

        List<Element> cases = children(suite, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name"))
                .containsExactly("(collection)", ACCOUNT, GUIDES, PAGES, VISITOR);
        assertThat(cases).allSatisfy(c -> assertThat(c.getAttribute("classname")).isEqualTo("pendokit.drift"));

        Element guides = cases.get(2);
        Element failure = children(guides, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("breaking");
        assertThat(failure.getAttribute("message")).isEqualTo("1 breaking change (pendokit.failOn=breaking)");
        assertThat(failure.getTextContent()).isEqualTo("breaking: response 200: $[].rootVersionId: "
                + "field <rootVersionId> & \"its\" value | gone (a client reading the field gets nothing)");
        assertThat(children(guides, "system-out").get(0).getTextContent()).isEqualTo(
                "compatible: response 200: $[].audience: field audience was added (clients ignore fields they do not know)");

        Element collection = cases.get(0);
        assertThat(children(collection, "failure")).isEmpty();
        assertThat(children(collection, "system-out").get(0).getTextContent()).isEqualTo(
                "potentially breaking: the base URL changed to https://eu.pendo.io (a client may call the old region)");
        assertThat(cases.get(3).getChildNodes().getLength()).as("an unchanged operation passes, silently").isZero();
        assertThat(children(suite, "system-out").get(0).getTextContent()).isEqualTo(
                drifted().summary() + "\nFAILED on 1 breaking change (pendokit.failOn=breaking)");
    }

    @Test
    void junitFailuresFollowFailOn(@TempDir Path temp) throws Exception {
        Element any = junit(ReportWriter.write(drifted(), FailOn.ANY, temp.resolve("any")).get(3));
        Element none = junit(ReportWriter.write(drifted(), FailOn.NONE, temp.resolve("none")).get(3));

        assertThat(any.getAttribute("failures")).isEqualTo("4");
        List<Element> anyCases = children(any, "testcase");
        assertThat(anyCases).filteredOn(c -> !children(c, "failure").isEmpty()).extracting(c -> c.getAttribute("name"))
                .containsExactly("(collection)", ACCOUNT, GUIDES, VISITOR);
        Element guides = children(anyCases.get(2), "failure").get(0);
        assertThat(guides.getAttribute("message")).isEqualTo("2 changes (pendokit.failOn=any)");
        assertThat(guides.getTextContent()).hasLineCount(2).startsWith("breaking: ").contains("\ncompatible: ");
        assertThat(children(anyCases.get(4), "failure").get(0).getAttribute("type")).isEqualTo("compatible");
        assertThat(children(anyCases.get(0), "failure").get(0).getAttribute("type")).isEqualTo("potentiallyBreaking");

        assertThat(none.getAttribute("failures")).isEqualTo("0");
        assertThat(none.getAttribute("tests")).isEqualTo("5");
        assertThat(children(none, "testcase")).allSatisfy(c -> assertThat(children(c, "failure")).isEmpty());
        assertThat(Files.readString(temp.resolve("none/report.md")))
                .contains("**Verdict: passed: no change fails the build (pendokit.failOn=none)**");
    }

    @Test
    void passingUnderBreakingSaysSo(@TempDir Path temp) throws IOException {
        DriftReport compatible = new DriftReport("t", "b", "c", "", List.of(PAGES), List.of(new Change(
                Severity.COMPATIBLE, "response-field-added", PAGES, "response 200: $.x", "added", "ignored")));
        List<Path> files = ReportWriter.write(compatible, FailOn.BREAKING, temp);

        assertThat(Files.readString(files.get(0))).contains("**Verdict: passed: no breaking changes (pendokit.failOn=breaking)**");
        assertThat(Files.readString(files.get(1))).contains("<p class=\"verdict passed\">");
        assertThat(new ObjectMapper().readTree(files.get(2).toFile()).get("failed").asBoolean()).isFalse();
    }

    @Test
    void anOperationOnlyAChangeNamesIsListedToo(@TempDir Path temp) throws Exception {
        DriftReport removed = new DriftReport("t", "b", "c", "", List.of(PAGES), List.of(new Change(
                Severity.BREAKING, "operation-removed", "Reports/Old report", "", "the request was removed",
                "a client calling it gets an error")));
        List<Path> files = ReportWriter.write(removed, FailOn.BREAKING, temp);

        Element suite = junit(files.get(3));
        assertThat(children(suite, "testcase")).extracting(c -> c.getAttribute("name"))
                .containsExactly("(collection)", PAGES, "Reports/Old report");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        JsonNode json = new ObjectMapper().readTree(files.get(2).toFile());
        assertThat(json.get("summary").get("operationsChecked").asInt()).isEqualTo(1);
        assertThat(json.get("operations").findValuesAsText("status")).containsExactly("unchanged", "breaking");
        assertThat(Files.readString(files.get(0))).contains("### Reports/Old report\n");
    }

    @Test
    void noDriftSaysSoInEveryFormat(@TempDir Path temp) throws Exception {
        List<Path> files = ReportWriter.write(undrifted(), FailOn.BREAKING, temp);
        String markdown = Files.readString(files.get(0));
        String html = Files.readString(files.get(1));

        assertThat(markdown).contains("- Checked: Pendo API (pendo-api.postman_collection.json) (no baseline)\n")
                .doesNotContain("Live API").contains("\n**Verdict: passed: no drift**\n")
                .contains("| breaking | 0 |").contains("| operations checked | 2 |")
                .endsWith("## Changes\n\nno drift: 2 operations checked, nothing changed.\n");
        assertThat(html).contains("<p class=\"verdict passed\">Verdict: passed: no drift</p>")
                .contains("<p>no drift: 2 operations checked, nothing changed.</p>").doesNotContain("<h3>");

        JsonNode json = new ObjectMapper().readTree(files.get(2).toFile());
        assertThat(json.get("failed").asBoolean()).isFalse();
        assertThat(json.get("changes")).isEmpty();
        assertThat(json.get("operations").findValuesAsText("status")).containsExactly("unchanged", "unchanged");
        assertThat(Files.readString(files.get(2))).contains("  \"changes\": [],\n");

        Element suite = junit(files.get(3));
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(children(suite, "system-out").get(0).getTextContent())
                .isEqualTo("no drift: 2 operations checked, nothing changed\npassed: no drift");
    }

    @Test
    void junitCarriesTextsXmlCannotHoldAsIs(@TempDir Path temp) throws Exception {
        DriftReport odd = new DriftReport("t", "b", "c", "", List.of("A/<b> & \"c\""), List.of(new Change(
                Severity.BREAKING, "auth-changed", "A/<b> & \"c\"", "header\u0000x", "line one\r\nline two", "r")));
        Path xml = ReportWriter.write(odd, FailOn.BREAKING, temp).get(3);

        Element suite = junit(xml);
        Element testCase = children(suite, "testcase").get(1);
        assertThat(testCase.getAttribute("name")).isEqualTo("A/<b> & \"c\"");
        assertThat(children(testCase, "failure").get(0).getTextContent())
                .isEqualTo("breaking: header\uFFFDx: line one\nline two (r)");
    }

    private static List<byte[]> read(List<Path> files) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (Path file : files) {
            contents.add(Files.readAllBytes(file));
        }
        return contents;
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Element junit(Path file) throws Exception {
        Document document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return document.getDocumentElement();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }
}
