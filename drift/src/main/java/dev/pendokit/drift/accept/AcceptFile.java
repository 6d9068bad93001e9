package dev.pendokit.drift.accept;

import dev.pendokit.drift.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An accept file, read: the entries that accept known changes and the severity each overridden
 * kind of change has instead of its default.
 *
 * @param source the file's name, as the reports name it; empty for {@link #NONE}
 * @param rules the {@code accept} entries, in the file's order
 * @param severities the {@code severity} map: kind of change to the severity it has
 */
public record AcceptFile(String source, List<AcceptRule> rules, Map<String, Severity> severities) {

    /** No accept file: nothing accepted, no severity changed, and the reports as without the feature. */
    public static final AcceptFile NONE = new AcceptFile("", List.of(), Map.of());

    public AcceptFile {
        Objects.requireNonNull(source, "source");
        rules = List.copyOf(rules);
        severities = Map.copyOf(severities);
    }

    /**
     * Reads an accept file, YAML or JSON (see {@code docs/drift-report.md}).
     *
     * @throws IllegalArgumentException in one line naming the file, the entry and the fix, when the
     *     file cannot be read or is not a valid accept file
     */
    public static AcceptFile read(Path file) {
        return AcceptFileParser.parse(file);
    }

    public boolean isNone() {
        return source.isEmpty();
    }
}
