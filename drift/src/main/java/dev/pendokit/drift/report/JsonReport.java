package dev.pendokit.drift.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.drift.Change;
import dev.pendokit.drift.DriftReport;
import dev.pendokit.drift.FailOn;
import dev.pendokit.drift.Severity;
import dev.pendokit.drift.accept.AcceptedChange;

/**
 * report.json, schema version {@value #SCHEMA_VERSION} (documented field by field in
 * {@code docs/drift-report.md}). Within a version fields are only added, never renamed or removed;
 * keys come in a fixed order so that two reports diff line by line.
 */
final class JsonReport {

    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {}

    static String render(DriftReport report, FailOn failOn) {
        // An ObjectNode keeps the order fields are put in.
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("title", report.title());
        root.put("baseline", report.baseline());
        root.put("current", report.current());
        if (report.baseUrl().isEmpty()) {
            root.putNull("baseUrl");
        } else {
            root.put("baseUrl", report.baseUrl());
        }
        root.put("failOn", Verdict.key(failOn));
        root.put("failed", report.fails(failOn));
        ObjectNode summary = root.putObject("summary");
        summary.put("operationsChecked", report.operations().size());
        for (Severity severity : Severity.values()) {
            summary.put(severity.key(), report.count(severity));
        }
        ArrayNode changes = root.putArray("changes");
        for (Change change : report.changes()) {
            changes.addObject().put("severity", change.severity().key()).put("kind", change.kind())
                    .put("operation", change.operation()).put("where", change.where()).put("what", change.what())
                    .put("rule", change.rule());
        }
        ArrayNode operations = root.putArray("operations");
        for (String operation : ReportedOperations.of(report)) {
            operations.addObject().put("name", operation).put("status", ReportedOperations.status(report, operation));
        }
        if (report.hasAcceptFile()) {
            // Only with an accept file, so that a report without one keeps its bytes.
            root.put("acceptFile", report.acceptFile());
            ArrayNode accepted = root.putArray("accepted");
            for (AcceptedChange a : report.accepted()) {
                Change change = a.change();
                accepted.addObject().put("severity", change.severity().key()).put("kind", change.kind())
                        .put("operation", change.operation()).put("where", change.where()).put("what", change.what())
                        .put("rule", change.rule()).put("reason", a.reason()).put("expires", a.expires());
            }
            ArrayNode notices = root.putArray("acceptNotices");
            report.acceptNotices().forEach(notices::add);
        }
        try {
            return MAPPER.writer(prettyPrinter()).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report.json", e);
        }
    }

    /** Two-space indents, {@code "key": value}, and {@code \n} whatever the platform's line separator. */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
