package dev.pendokit.drift.diff;

import dev.pendokit.collection.Secrets;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.PathTemplate;
import dev.pendokit.collection.model.Server;
import dev.pendokit.collection.model.Variable;
import dev.pendokit.drift.Change;
import dev.pendokit.drift.Severity;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A semantic diff of two API models, not of their JSON: Postman exports reorder items and
 * rewrite ids, which change nothing here. Requests are matched by their place in the collection
 * ({@code Folder/Request}); a request that moved or was renamed is matched by its method and path
 * (and, where several share those, its example body), and each change is judged for a client
 * generated from the baseline.
 */
public final class ModelDiff {

    private ModelDiff() {}

    /** Every change from {@code baseline} to {@code current}, in no particular order. */
    public static List<Change> between(ApiModel baseline, ApiModel current) {
        Findings collection = Findings.collecting("");
        variables(baseline, current, collection);

        Map<String, Operation> old = byName(baseline);
        Map<String, Operation> now = byName(current);
        // Pairs in the baseline's order. Never keyed by operation: they are deep records, and
        // hashing one walks all its shapes.
        List<Operation[]> matched = new ArrayList<>();
        List<Operation> removed = new ArrayList<>();
        for (Map.Entry<String, Operation> entry : old.entrySet()) {
            Operation match = now.get(entry.getKey());
            if (match != null) {
                matched.add(new Operation[] {entry.getValue(), match});
            } else {
                removed.add(entry.getValue());
            }
        }
        List<Operation> added = new ArrayList<>();
        for (Map.Entry<String, Operation> entry : now.entrySet()) {
            if (!old.containsKey(entry.getKey())) {
                added.add(entry.getValue());
            }
        }
        renamed(removed, added, matched, collection);

        for (Operation operation : removed) {
            collection.of(name(operation)).add(Severity.BREAKING, "operation-removed", "",
                    operation.method() + " " + operation.path() + " is no longer documented.",
                    "The client still has a method for it; calls may fail (404) if the API dropped it.");
        }
        for (Operation operation : added) {
            collection.of(name(operation)).add(Severity.COMPATIBLE, "operation-added", "",
                    operation.method() + " " + operation.path() + " is new.",
                    "A client generated from the baseline does not call it; regenerate to get a method for it.");
        }
        Set<String> serverChanges = new LinkedHashSet<>();
        for (Operation[] pair : matched) {
            new OperationDiff(collection.of(name(pair[1]))).compare(pair[0], pair[1]);
            server(pair[0].server(), pair[1].server()).ifPresent(serverChanges::add);
        }
        for (String change : serverChanges) {
            collection.add(Severity.POTENTIALLY_BREAKING, "server-changed", "host", change,
                    "A client configured with the old host calls the old one.");
        }
        return collection.changes();
    }

    /** The request's place in the collection, as reports name it. */
    public static String name(Operation operation) {
        return operation.location().itemPath();
    }

    /** Method and path with variables unnamed: what a request looks like on the wire. */
    static String shape(Operation operation) {
        StringBuilder path = new StringBuilder(operation.method()).append(' ');
        for (PathTemplate.Segment segment : operation.path().segments()) {
            path.append('/').append(segment.variable() ? "{}" : segment.text());
        }
        return path.toString();
    }

    /**
     * Pairs removed and added requests that are the same request under another name: the same
     * method and path, and where several requests share those (Pendo's aggregations), the same
     * example body. A pairing must be unique both ways, or the requests stay removed and added.
     */
    private static void renamed(List<Operation> removed, List<Operation> added, List<Operation[]> matched,
            Findings collection) {
        Map<Operation, String> shapes = new IdentityHashMap<>();
        removed.forEach(o -> shapes.put(o, shape(o)));
        added.forEach(o -> shapes.put(o, shape(o)));
        for (Operation before : List.copyOf(removed)) {
            List<Operation> candidates = sameRequest(before, added, shapes);
            if (candidates.size() != 1 || sameRequest(candidates.get(0), removed, shapes).size() != 1) {
                continue;
            }
            Operation after = candidates.get(0);
            removed.removeIf(o -> o == before);
            added.removeIf(o -> o == after);
            matched.add(new Operation[] {before, after});
            collection.of(name(after)).add(Severity.COMPATIBLE, "operation-renamed", "",
                    "'" + name(before) + "' is now '" + name(after) + "' (" + shapes.get(after) + ").",
                    "The request is the same; only the name changed. Regenerating renames the client's method"
                            + " (or keep its name with a name override).");
        }
    }

    private static List<Operation> sameRequest(Operation operation, List<Operation> pool, Map<Operation, String> shapes) {
        List<Operation> same = pool.stream().filter(o -> shapes.get(o).equals(shapes.get(operation))).toList();
        return same.size() <= 1 ? same : same.stream().filter(o -> Objects.equals(example(o), example(operation))).toList();
    }

    private static Object example(Operation operation) {
        return operation.requestBody().map(b -> b.exampleJson().map(Object.class::cast).orElse(b.example())).orElse(null);
    }

    private static void variables(ApiModel baseline, ApiModel current, Findings collection) {
        Map<String, Variable> old = new LinkedHashMap<>();
        baseline.variables().forEach(v -> old.putIfAbsent(v.name(), v));
        Map<String, Variable> now = new LinkedHashMap<>();
        current.variables().forEach(v -> now.putIfAbsent(v.name(), v));
        for (Variable before : old.values()) {
            Variable after = now.get(before.name());
            if (after == null) {
                collection.add(Severity.POTENTIALLY_BREAKING, "variable-removed", "variable " + before.name(),
                        "The collection variable " + before.name() + " is gone.",
                        "Settings that name it no longer apply.");
            } else if (!Objects.equals(before.defaultValue(), after.defaultValue())) {
                collection.add(Severity.POTENTIALLY_BREAKING, "variable-changed", "variable " + before.name(),
                        "The default of " + before.name() + " changed from '" + shown(before) + "' to '" + shown(after)
                                + "'.", "A client that relied on the default now gets another value.");
            }
        }
        for (Variable after : now.values()) {
            if (!old.containsKey(after.name())) {
                collection.add(Severity.COMPATIBLE, "variable-added", "variable " + after.name(),
                        "The collection variable " + after.name() + " is new.", "Nothing used it before.");
            }
        }
    }

    /** A variable's default as reports may show it: secrets redacted. */
    private static String shown(Variable variable) {
        return Secrets.redactIfSecret(variable.name(), variable.defaultValue());
    }

    private static Optional<String> server(Server before, Server after) {
        if (before == null || after == null || Objects.equals(before.defaultUrl(), after.defaultUrl())
                && Objects.equals(before.variable(), after.variable())) {
            return Optional.empty();
        }
        return Optional.of("The host changed from " + describe(before) + " to " + describe(after) + ".");
    }

    private static String describe(Server server) {
        return server.variable().isEmpty() ? server.defaultUrl()
                : "{{" + server.variable() + "}} (default " + server.defaultUrl() + ")";
    }

    /** Operations by name; a name the collection uses twice gets " (2)", " (3)" in order, so none is lost. */
    private static Map<String, Operation> byName(ApiModel model) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (Operation operation : model.operations()) {
            String name = name(operation);
            for (int n = 2; operations.containsKey(name); n++) {
                name = name(operation) + " (" + n + ")";
            }
            operations.put(name, operation);
        }
        return operations;
    }
}
