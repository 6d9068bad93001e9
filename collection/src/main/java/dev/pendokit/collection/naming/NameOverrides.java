package dev.pendokit.collection.naming;

import dev.pendokit.collection.CollectionException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names the user chose instead of the naming strategy's. Each entry is {@code kind:target=name}:
 * <ul>
 *   <li>{@code group:Page=pages} — the accessor of a top-level folder</li>
 *   <li>{@code operation:Visitor/Get Visitor by ID=get} — a request, by its folder path and name</li>
 *   <li>{@code type:GetVisitorByIdResponse=Visitor} — a type, by the name the strategy gave it</li>
 *   <li>{@code field:Visitor.accountIds=accounts} — a field, by type name and JSON name</li>
 *   <li>{@code parameter:Visitor/Get Visitor by ID#visitorId=id} — a parameter of a request</li>
 * </ul>
 * Blank lines and lines starting with {@code #} are ignored, so the same syntax serves files.
 */
public final class NameOverrides {

    public enum Kind { GROUP, OPERATION, TYPE, FIELD, PARAMETER }

    public static final NameOverrides NONE = new NameOverrides(Map.of());

    private final Map<Kind, Map<String, String>> names;

    private NameOverrides(Map<Kind, Map<String, String>> names) {
        this.names = names;
    }

    /** Parses entries; {@code origin} names where they come from, for error messages. */
    public static NameOverrides parse(List<String> entries, String origin) {
        Map<Kind, Map<String, String>> names = new LinkedHashMap<>();
        int line = 0;
        for (String entry : entries) {
            line++;
            String text = entry.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int colon = text.indexOf(':');
            int eq = text.lastIndexOf('=');
            Kind kind = colon < 0 ? null : kind(text.substring(0, colon).strip());
            if (kind == null || eq < colon) {
                throw new CollectionException(origin + ", entry " + line + " (\"" + text + "\"): a name override is"
                        + " written kind:target=name, with kind one of group, operation, type, field, parameter"
                        + " (for example operation:Visitor/Get Visitor by ID=get)");
            }
            String target = text.substring(colon + 1, eq).strip();
            String name = text.substring(eq + 1).strip();
            if (!JavaIdentifiers.isValid(name)) {
                throw new CollectionException(origin + ", entry " + line + " (\"" + text + "\"): \"" + name
                        + "\" is not a valid Java identifier (a reserved word, empty, or with characters Java"
                        + " does not allow). Choose a name such as " + JavaIdentifiers.camel(name, "value"));
            }
            String taken = takenBy(kind, name);
            if (taken != null) {
                throw new CollectionException(origin + ", entry " + line + " (\"" + text + "\"): \"" + name + "\" is "
                        + taken + ", which the generated code needs. Choose a name such as " + name + "_");
            }
            String previous = names.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(target, name);
            if (previous != null && !previous.equals(name)) {
                throw new CollectionException(origin + ", entry " + line + ": " + kind.name().toLowerCase(Locale.ROOT)
                        + " \"" + target + "\" is renamed twice (" + previous + ", " + name + "). Keep one entry");
            }
        }
        return new NameOverrides(names);
    }

    /** What already has {@code name} in generated code, for a name of this kind; null when it is free. */
    private static String takenBy(Kind kind, String name) {
        if (kind == Kind.TYPE && ReservedNames.isTakenType(name)) {
            return "a type of java.lang, the Builder nested in every record, or a file name Windows refuses";
        }
        if (kind == Kind.GROUP && ReservedNames.CLIENT_MEMBERS.contains(name)) {
            return "a member of the generated client";
        }
        return null;
    }

    private static Kind kind(String text) {
        for (Kind kind : Kind.values()) {
            if (kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        return null;
    }

    public Optional<String> lookup(Kind kind, String target) {
        return Optional.ofNullable(names.getOrDefault(kind, Map.of()).get(target));
    }

    /** Every target of {@code kind}, to report overrides that matched nothing. */
    public Map<String, String> all(Kind kind) {
        return Collections.unmodifiableMap(names.getOrDefault(kind, Map.of()));
    }

    /** These overrides with {@code later}'s entries winning. */
    public NameOverrides with(NameOverrides later) {
        Map<Kind, Map<String, String>> merged = new LinkedHashMap<>();
        names.forEach((kind, map) -> merged.put(kind, new LinkedHashMap<>(map)));
        later.names.forEach((kind, map) -> merged.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putAll(map));
        return new NameOverrides(merged);
    }
}
