package dev.pendokit.drift.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.drift.Change;
import dev.pendokit.drift.DriftReport;
import dev.pendokit.drift.Severity;
import dev.pendokit.drift.accept.AcceptedChange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;

/**
 * report.sarif: the changes as SARIF 2.1.0, which GitHub code scanning (and other SARIF viewers)
 * show as alerts on the collection file. One run; a rule per kind of change, a result per change.
 * A change the accept file accepts is a result too, suppressed with the entry's reason, as SARIF
 * marks a finding a team has looked at and accepted (GitHub shows it as dismissed, not as open).
 * No time, host or absolute path, so the same report gives the same bytes.
 */
final class SarifReport {

    static final String TOOL = "pendokit-drift";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The key of the fingerprint each result carries (see {@link #fingerprint}). */
    static final String FINGERPRINT = "pendokitDrift/v1";
    /** Where a change concerns the collection as a whole, as JUnit's report names it too. */
    static final String COLLECTION = JunitReport.COLLECTION;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SarifReport() {}

    /**
     * @param collectionFile the collection's file, relative to the directory the check runs in, or
     *     empty when it has none (the bundled collection): results then have a logical location only
     * @param toolVersion the version of pendokit, as the driver's
     */
    static String render(DriftReport report, String collectionFile, String toolVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL);
        driver.put("version", toolVersion);
        List<String> ruleIds = rules(report, driver.putArray("rules"));
        if (!collectionFile.isEmpty()) {
            run.putArray("artifacts").addObject().putObject("location").put("uri", uri(collectionFile));
        }
        ArrayNode results = run.putArray("results");
        for (Change change : report.changes()) {
            result(results.addObject(), change, ruleIds, collectionFile);
        }
        for (AcceptedChange accepted : report.accepted()) {
            ObjectNode result = results.addObject();
            result(result, accepted.change(), ruleIds, collectionFile);
            String until = accepted.expires().isEmpty() ? "" : " (accepted until " + accepted.expires() + ")";
            result.putArray("suppressions").addObject()
                    .put("kind", "external")
                    .put("status", "accepted")
                    .put("justification", accepted.reason() + until);
        }
        try {
            return MAPPER.writer(JsonReport.prettyPrinter()).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + ReportWriter.SARIF, e);
        }
    }

    /** "error", "warning", "note": how SARIF (and GitHub) rank a result. */
    static String level(Severity severity) {
        return switch (severity) {
            case BREAKING -> "error";
            case POTENTIALLY_BREAKING -> "warning";
            case COMPATIBLE -> "note";
        };
    }

    /** The version this jar was built as, from {@code tool.properties} (filtered by Maven). */
    static String toolVersion() {
        try (InputStream in = SarifReport.class.getResourceAsStream("tool.properties")) {
            if (in == null) {
                throw new IllegalStateException("tool.properties is missing from the drift jar: it is built by Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A rule per kind, sorted by id; its default level is that of the worst change of the kind (a
     * kind may be judged differently case by case, so each result states its own level too).
     *
     * @return the rule ids in order, to give each result its rule's index
     */
    private static List<String> rules(DriftReport report, ArrayNode rules) {
        TreeMap<String, Severity> worst = new TreeMap<>();
        List<Change> all = new ArrayList<>(report.changes());
        report.accepted().forEach(accepted -> all.add(accepted.change()));
        for (Change change : all) {
            worst.merge(change.kind(), change.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        worst.forEach((kind, severity) -> {
            ObjectNode rule = rules.addObject();
            rule.put("id", kind);
            rule.put("name", name(kind));
            rule.putObject("shortDescription").put("text", description(kind));
            rule.putObject("defaultConfiguration").put("level", level(severity));
            rule.putObject("properties").putArray("tags").add("api-drift").add(severity.key());
        });
        return new ArrayList<>(worst.keySet());
    }

    private static void result(ObjectNode result, Change change, List<String> ruleIds, String collectionFile) {
        result.put("ruleId", change.kind());
        result.put("ruleIndex", ruleIds.indexOf(change.kind()));
        result.put("level", level(change.severity()));
        result.putObject("message").put("text", message(change));
        ObjectNode location = result.putArray("locations").addObject();
        if (!collectionFile.isEmpty()) {
            // The collection is one JSON file with no line for an operation that survives a
            // reformatting: the alert sits on the file's first line, the logical location says where.
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(collectionFile)).put("index", 0);
            physical.putObject("region").put("startLine", 1);
        }
        String operation = change.operation().isEmpty() ? COLLECTION : change.operation();
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("name", operation);
        logical.put("fullyQualifiedName", place(change));
        logical.put("kind", "resource");
        result.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(change));
        result.putObject("properties").put("severity", change.severity().key()).put("rule", change.rule());
    }

    /** "Guides/List guides, response 200: $[].id: the field was removed (breaking: why)". */
    static String message(Change change) {
        return place(change) + ": " + change.what() + " (" + change.severity().label() + ": " + change.rule() + ")";
    }

    /** "Guides/List guides, response 200: $[].id", or "(collection)" for a change to the whole. */
    static String place(Change change) {
        String operation = change.operation().isEmpty() ? COLLECTION : change.operation();
        return change.where().isEmpty() ? operation : operation + ", " + change.where();
    }

    /**
     * What makes a result the same alert from one night to the next. Every result sits on line 1 of
     * the same file, so without it GitHub, which matches alerts by rule and line, would merge
     * different changes of one kind into one alert.
     */
    private static String fingerprint(Change change) {
        return change.kind() + "|" + change.operation() + "|" + change.where();
    }

    /** A relative URI reference: forward slashes, and the characters a URI cannot hold escaped. */
    static String uri(String file) {
        StringBuilder out = new StringBuilder();
        for (byte b : file.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=@".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    /** "ResponseFieldRemoved": SARIF's rule name, a readable identifier. */
    private static String name(String kind) {
        StringBuilder out = new StringBuilder();
        for (String word : kind.split("-")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    /** "response field removed": the kind read as words (docs/drift-report.md explains each). */
    private static String description(String kind) {
        String words = kind.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
