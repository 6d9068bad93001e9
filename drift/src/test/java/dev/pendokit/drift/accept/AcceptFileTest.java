package dev.pendokit.drift.accept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pendokit.drift.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an accept file, YAML or JSON, and refusing a malformed one in one exact line. */
class AcceptFileTest {

    @TempDir
    Path work;

    @Test
    void readsYaml() throws IOException {
        AcceptFile file = AcceptFile.read(write("accept.yaml", """
                # Known drift, reviewed in PENDO-42.
                severity:
                  response-field-added: breaking
                accept:
                  - operation: "Guides/*"
                    kind: response-field-removed
                    where: "response 200: $[].rootVersionId"
                    reason: the field is deprecated; nothing reads it
                    expires: 2026-12-31
                  - kind: live-not-checked
                    reason: writes are never called live
                """));

        assertThat(file.source()).as("the name alone: reports carry no absolute path").isEqualTo("accept.yaml");
        assertThat(file.severities()).isEqualTo(Map.of("response-field-added", Severity.BREAKING));
        assertThat(file.rules()).containsExactly(
                new AcceptRule(0, Optional.of("Guides/*"), Optional.of("response-field-removed"),
                        Optional.of("response 200: $[].rootVersionId"), "the field is deprecated; nothing reads it",
                        Optional.of(LocalDate.of(2026, 12, 31))),
                new AcceptRule(1, Optional.empty(), Optional.of("live-not-checked"), Optional.empty(),
                        "writes are never called live", Optional.empty()));
        assertThat(file.rules().get(0).label())
                .isEqualTo("accept[0] (kind response-field-removed, operation Guides/*, where response 200: $[].rootVersionId)");
    }

    @Test
    void readsJson() throws IOException {
        AcceptFile file = AcceptFile.read(write("accept.json", """
                {"severity": {"parameter-removed": "compatible"},
                 "accept": [{"kind": "status-added", "reason": "new errors are handled", "expires": "2027-01-01"}]}
                """));

        assertThat(file.severities()).isEqualTo(Map.of("parameter-removed", Severity.COMPATIBLE));
        assertThat(file.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.kind()).contains("status-added");
            assertThat(rule.expires()).contains(LocalDate.of(2027, 1, 1));
        });
    }

    @Test
    void anEmptyListAndNoSeverityAreAnEmptyFile() throws IOException {
        AcceptFile file = AcceptFile.read(write("accept.yaml", "accept: []\n"));

        assertThat(file.rules()).isEmpty();
        assertThat(file.severities()).isEmpty();
        assertThat(file.isNone()).isFalse();
    }

    @Test
    void refusesAMissingFile() {
        Path missing = work.resolve("nowhere.yaml");
        assertThatThrownBy(() -> AcceptFile.read(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read the accept file " + missing + " (NoSuchFileException); give the path of a YAML"
                        + " or JSON file");
    }

    @Test
    void refusesBadSyntaxNamingTheLine() throws IOException {
        refused("accept:\n  - kind: [unclosed\n", "is not valid YAML or JSON at line 2, column 20 (while parsing a"
                + " flow sequence); fix the syntax");
    }

    @Test
    void refusesAFileThatIsNotAMapping() throws IOException {
        refused("- kind: x\n", "is not a mapping; write 'accept:' (a list of entries) and/or 'severity:' (kind: severity)");
        refused("", "is not a mapping; write 'accept:' (a list of entries) and/or 'severity:' (kind: severity)");
    }

    @Test
    void refusesAnUnknownTopLevelKey() throws IOException {
        refused("accepted: []\n", "has an unknown key 'accepted'; use 'accept' and 'severity'");
    }

    @Test
    void refusesAcceptThatIsNotAList() throws IOException {
        refused("accept:\n  kind: x\n", "'accept' is not a list; write each entry as '- kind: ...' under it");
    }

    @Test
    void refusesAnEntryThatIsNotAMapping() throws IOException {
        refused("accept:\n  - operation-removed\n",
                "accept[0] is not a mapping; give it operation, kind, where, reason, expires");
    }

    @Test
    void refusesAnUnknownKeyInAnEntry() throws IOException {
        refused("accept:\n  - kind: a\n    reason: b\n  - kind: a\n    reason: b\n    until: 2026-01-01\n",
                "accept[1] has an unknown key 'until'; use operation, kind, where, reason, expires");
    }

    @Test
    void refusesAnEntryThatWouldAcceptEverything() throws IOException {
        refused("accept:\n  - reason: all is fine\n",
                "accept[0] would accept every change; give at least one of operation, kind, where");
    }

    @Test
    void refusesAnEntryWithoutAReason() throws IOException {
        refused("accept:\n  - kind: operation-removed\n",
                "accept[0] has no reason; add 'reason:' saying why the change is accepted");
        refused("accept:\n  - kind: operation-removed\n    reason: \"  \"\n",
                "accept[0].reason is not a text; give it a value, or leave the key out");
    }

    @Test
    void refusesAPatternThatIsNotText() throws IOException {
        refused("accept:\n  - kind: [a, b]\n    reason: r\n",
                "accept[0].kind is not a text; give it a value, or leave the key out");
    }

    @Test
    void refusesADateNotWrittenYearMonthDay() throws IOException {
        refused("accept:\n  - kind: a\n    reason: r\n    expires: 31/12/2026\n",
                "accept[0].expires is '31/12/2026'; write the date as YYYY-MM-DD");
        refused("accept:\n  - kind: a\n    reason: r\n    expires: 2026-02-30\n",
                "accept[0].expires is '2026-02-30'; write the date as YYYY-MM-DD");
    }

    @Test
    void refusesAnUnknownSeverity() throws IOException {
        refused("severity:\n  response-field-added: fatal\n",
                "severity.response-field-added is 'fatal'; use one of breaking, potentiallyBreaking, compatible");
        refused("severity: breaking\n",
                "'severity' is not a mapping; write 'kind-of-change: severity' lines under it");
    }

    @Test
    void refusesAnOverrideOfAKindNoChangeHas() throws IOException {
        refused("severity:\n  field-added: breaking\n", "severity names the kind 'field-added', which no change has;"
                + " use a kind listed in docs/drift-report.md, such as response-field-added");
        refused("severity:\n  typo: breaking\n", "severity names the kind 'typo', which no change has;"
                + " use a kind listed in docs/drift-report.md");
    }

    private void refused(String content, String problem) throws IOException {
        Path file = write("bad.yaml", content);
        assertThatThrownBy(() -> AcceptFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accept file " + file + ": " + problem);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(work.resolve(name), content);
    }
}
