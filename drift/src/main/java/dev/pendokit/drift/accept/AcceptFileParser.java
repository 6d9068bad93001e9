package dev.pendokit.drift.accept;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.pendokit.drift.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an accept file and refuses a malformed one in a line that names the file, the entry
 * ({@code accept[2]}, from 0) and the fix. YAML's parser reads JSON too, so both formats go one way.
 */
final class AcceptFileParser {

    private static final YAMLMapper MAPPER = new YAMLMapper();
    private static final Set<String> TOP = Set.of("accept", "severity");
    private static final List<String> ENTRY = List.of("operation", "kind", "where", "reason", "expires");

    private final String file;

    private AcceptFileParser(String file) {
        this.file = file;
    }

    static AcceptFile parse(Path path) {
        return new AcceptFileParser(path.toString()).read(path);
    }

    /** The file's name alone: the reports carry no absolute path, so they stay the same from machine to machine. */
    private static String source(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private AcceptFile read(Path path) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(path));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw refuse("is not valid YAML or JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + " (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")"
                    + "; fix the syntax");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the accept file " + file + " (" + e.getClass().getSimpleName()
                    + "); give the path of a YAML or JSON file");
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw refuse("is not a mapping; write 'accept:' (a list of entries) and/or 'severity:' (kind: severity)");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP.contains(name)) {
                throw refuse("has an unknown key '" + name + "'; use 'accept' and 'severity'");
            }
        }
        return new AcceptFile(source(path), rules(root.path("accept")), severities(root.path("severity")));
    }

    private List<AcceptRule> rules(JsonNode accept) {
        if (accept.isMissingNode() || accept.isNull()) {
            return List.of();
        }
        if (!accept.isArray()) {
            throw refuse("'accept' is not a list; write each entry as '- kind: ...' under it");
        }
        List<AcceptRule> rules = new ArrayList<>();
        for (int i = 0; i < accept.size(); i++) {
            rules.add(rule(i, accept.get(i)));
        }
        return rules;
    }

    private AcceptRule rule(int index, JsonNode entry) {
        String at = "accept[" + index + "]";
        if (!entry.isObject()) {
            throw refuse(at + " is not a mapping; give it " + String.join(", ", ENTRY));
        }
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ENTRY.contains(name)) {
                throw refuse(at + " has an unknown key '" + name + "'; use " + String.join(", ", ENTRY));
            }
        }
        Optional<String> operation = text(entry, at, "operation");
        Optional<String> kind = text(entry, at, "kind");
        Optional<String> where = text(entry, at, "where");
        if (operation.isEmpty() && kind.isEmpty() && where.isEmpty()) {
            throw refuse(at + " would accept every change; give at least one of operation, kind, where");
        }
        Optional<String> reason = text(entry, at, "reason");
        if (reason.isEmpty()) {
            throw refuse(at + " has no reason; add 'reason:' saying why the change is accepted");
        }
        Optional<LocalDate> expires = text(entry, at, "expires").map(date -> date(at, date));
        return new AcceptRule(index, operation, kind, where, reason.get(), expires);
    }

    /** A key's text, empty when it is missing; a key given something other than non-blank text is refused. */
    private Optional<String> text(JsonNode entry, String at, String key) {
        JsonNode value = entry.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            throw refuse(at + "." + key + " is not a text; give it a value, or leave the key out");
        }
        return Optional.of(value.asText());
    }

    private LocalDate date(String at, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw refuse(at + ".expires is '" + text + "'; write the date as YYYY-MM-DD");
        }
    }

    private Map<String, Severity> severities(JsonNode severity) {
        if (severity.isMissingNode() || severity.isNull()) {
            return Map.of();
        }
        if (!severity.isObject()) {
            throw refuse("'severity' is not a mapping; write 'kind-of-change: severity' lines under it");
        }
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = severity.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!ChangeKinds.known(field.getKey())) {
                throw refuse("severity names the kind '" + field.getKey() + "', which no change has; use a kind listed"
                        + " in docs/drift-report.md" + ChangeKinds.near(field.getKey()).map(k -> ", such as " + k).orElse(""));
            }
            severities.put(field.getKey(), severity(field.getKey(), field.getValue()));
        }
        return severities;
    }

    private Severity severity(String kind, JsonNode value) {
        for (Severity severity : Severity.values()) {
            if (value.isTextual() && severity.key().equals(value.asText())) {
                return severity;
            }
        }
        throw refuse("severity." + kind + " is '" + value.asText() + "'; use one of " + Arrays.stream(Severity.values())
                .map(Severity::key).collect(Collectors.joining(", ")));
    }

    private IllegalArgumentException refuse(String problem) {
        return new IllegalArgumentException("accept file " + file + ": " + problem);
    }
}
