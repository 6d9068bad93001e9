package dev.pendokit.collection.resolve;

import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.RequestBody;
import dev.pendokit.collection.naming.NameOverrides;
import dev.pendokit.collection.naming.OperationFacts;
import dev.pendokit.collection.naming.ReservedNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the operations of each group once they are resolved, since a name depends on the answer
 * (a list is {@code list}) and on the other requests of the group:
 *
 * <ul>
 *   <li>Requests that make the very same call (method, path, parameters, server, auth) and differ
 *       only in their bodies are examples of one call, and share its name ({@code run} for Pendo's
 *       50 aggregation examples): a client has one method for them.</li>
 *   <li>Requests whose Java arguments differ may share a name: they are overloads
 *       ({@code get(String id)} and {@code get(List<String> ids)}).</li>
 *   <li>Otherwise a name already given goes to the first request that wanted it; the next takes
 *       the naming strategy's next, longer name, and only when there is none, a number and a
 *       warning.</li>
 *   <li>An override ({@code operation:Folder/Request=name}) wins over every default name.</li>
 *   <li>A method's name also takes the names the generated class derives from it (its
 *       {@code Async} twin and its private {@code Call} builder): {@code get} and {@code getAsync}
 *       are rivals. A request at the collection's top level becomes a method of the client itself,
 *       so it takes neither a member of the client ({@link ReservedNames#CLIENT_MEMBERS}) nor a
 *       folder's accessor.</li>
 * </ul>
 */
final class OperationNamer {

    /** Operations with more required arguments than this take them in one {@code Params} record in generated code. */
    private static final int POSITIONAL_ARGUMENTS = 4;

    /** The suffixes of the methods a generated class derives from an operation's name. */
    private static final List<String> DERIVED = List.of("Async", "Call");

    private final ResolverContext context;
    /** The client's own members and the folders' accessors: what top-level requests may not be called. */
    private final Set<String> clientNames = new HashSet<>(ReservedNames.CLIENT_MEMBERS);
    private final Map<String, List<Operation>> holders = new HashMap<>();
    /** Whether the group being named is the collection's top level, whose methods go onto the client. */
    private boolean topLevel;

    /** @param groupNames the Java names of the folders, which are the client's accessors */
    OperationNamer(ResolverContext context, Collection<String> groupNames) {
        this.context = context;
        clientNames.addAll(groupNames);
    }

    /** The operations, in the same order, each with its Java name. */
    List<Operation> name(List<Operation> operations) {
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < operations.size(); i++) {
            byGroup.computeIfAbsent(operations.get(i).group(), g -> new ArrayList<>()).add(i);
        }
        Operation[] named = operations.toArray(Operation[]::new);
        for (Map.Entry<String, List<Integer>> entry : byGroup.entrySet()) {
            List<Integer> group = entry.getValue();
            topLevel = entry.getKey().isEmpty();
            holders.clear();
            Map<String, Integer> calls = new HashMap<>();
            group.forEach(i -> calls.merge(callKey(operations.get(i)), 1, Integer::sum));
            for (int i : group) {
                Operation operation = operations.get(i);
                context.overrides.lookup(NameOverrides.Kind.OPERATION, operation.location().itemPath())
                        .ifPresent(chosen -> named[i] = claimOverride(operation, chosen));
            }
            for (int i : group) {
                if (named[i] == operations.get(i)) {
                    Operation operation = operations.get(i);
                    named[i] = claim(operation, context.naming.operationNames(facts(operation,
                            calls.get(callKey(operation)) > 1)));
                }
            }
        }
        return List.of(named);
    }

    private Operation claimOverride(Operation operation, String chosen) {
        String itemPath = operation.location().itemPath();
        context.usedOverrides.add("operation:" + itemPath);
        Operation rival = rival(chosen, operation);
        if (clientsOwn(chosen)) {
            context.diagnostics.error(operation.location(), "the override operation:" + itemPath + "=" + chosen
                    + " gives a request at the collection's top level a name of the generated client's own (" + chosen
                    + ", or its Async or Call method)", "Choose another name");
        } else if (rival != null) {
            context.diagnostics.error(operation.location(), "the override operation:" + itemPath + "=" + chosen
                    + " gives the name that the override for '" + rival.location().itemPath() + "' gives too",
                    "Choose another name for one of them");
        }
        return hold(chosen, operation);
    }

    private Operation claim(Operation operation, List<String> candidates) {
        for (String candidate : candidates) {
            if (free(candidate, operation)) {
                return hold(candidate, operation);
            }
        }
        String wanted = candidates.get(0);
        Operation first = rival(wanted, operation);
        String last = candidates.get(candidates.size() - 1);
        String numbered = last;
        for (int n = 2; !free(numbered, operation); n++) {
            numbered = last + n;
        }
        String takenBy;
        if (first == null) {
            takenBy = "is taken on the generated client by a member of its own or a folder's accessor";
        } else {
            takenBy = "is already taken in '" + displayGroup(operation.group()) + "' by "
                    + (first.javaName().equalsIgnoreCase(wanted) ? "'" : "the Async or Call method of '")
                    + first.location().itemPath() + "'";
        }
        context.diagnostics.warning(operation.location(), "the request's Java name " + wanted + " " + takenBy
                        + "; this one is called " + numbered, "Rename one of the requests, or choose a name with"
                        + " operation:" + operation.location().itemPath() + "=<name>");
        return hold(numbered, operation);
    }

    private boolean free(String name, Operation operation) {
        return !clientsOwn(name) && rival(name, operation) == null;
    }

    /** Whether {@code name} is, or gives a method that is, a member of the client, for a top-level request. */
    private boolean clientsOwn(String name) {
        return topLevel && (clientNames.contains(name) || DERIVED.stream().anyMatch(s -> clientNames.contains(name + s)));
    }

    /** An operation that holds {@code name}, or a name related to it, and cannot share it with this one, or null. */
    private Operation rival(String name, Operation operation) {
        for (Operation holder : holders.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
            boolean examples = callKey(holder).equals(callKey(operation));
            boolean overloads = !arguments(holder).equals(arguments(operation)) && holder.javaName().equals(name);
            if (!examples && !overloads) {
                return holder;
            }
        }
        for (String related : related(name)) {
            List<Operation> holding = holders.getOrDefault(related.toLowerCase(Locale.ROOT), List.of());
            if (!holding.isEmpty()) {
                return holding.get(0);
            }
        }
        return null;
    }

    /** The names whose generated methods would clash with those of {@code name}: {@code get} and {@code getAsync}. */
    private static List<String> related(String name) {
        List<String> related = new ArrayList<>();
        for (String suffix : DERIVED) {
            related.add(name + suffix);
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                related.add(name.substring(0, name.length() - suffix.length()));
            }
        }
        return related;
    }

    private Operation hold(String name, Operation operation) {
        Operation named = withJavaName(operation, name);
        holders.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(named);
        return named;
    }

    private OperationFacts facts(Operation operation, boolean exampleOfOneCall) {
        boolean list = operation.successResponse().map(r -> r.shape() instanceof ArrayShape).orElse(false);
        return new OperationFacts(operation.name(), operation.group(), operation.method(), operation.path(),
                operation.readOnly(), list, operation.parameters().stream().map(Parameter::name).toList(),
                exampleOfOneCall);
    }

    /** What makes two requests the same call: everything but the body and the words around it. */
    private static String callKey(Operation operation) {
        StringBuilder key = new StringBuilder(operation.method()).append(' ').append(operation.path())
                .append(' ').append(operation.server().template()).append(' ').append(operation.auth());
        for (Parameter parameter : operation.parameters()) {
            key.append(' ').append(parameter.in()).append(':').append(parameter.name()).append(':')
                    .append(parameter.required()).append(':').append(parameter.constant() ? parameter.example() : "")
                    .append(':').append(parameter.list()).append(':').append(parameter.shape().type());
        }
        operation.requestBody().ifPresent(b -> key.append(" body:").append(b.kind()));
        return key.toString();
    }

    /**
     * The Java arguments a generated method takes, as far as they tell overloads apart: the types of
     * its required arguments in order, or one {@code Params} record where some are optional or
     * there are many; then the body.
     */
    private static String arguments(Operation operation) {
        List<Parameter> arguments = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.constant()) {
                arguments.add(parameter);
            }
        }
        operation.requestBody().ifPresent(b -> arguments.addAll(b.formFields()));
        boolean record = arguments.size() > POSITIONAL_ARGUMENTS || arguments.stream().anyMatch(p -> !p.required());
        StringBuilder key = new StringBuilder();
        if (record) {
            key.append("params");
        } else {
            arguments.forEach(p -> key.append(p.list() ? "list:" : "").append(p.shape().type()).append(','));
        }
        operation.requestBody().map(RequestBody::kind).ifPresent(kind -> key.append(" body:").append(kind));
        return key.toString();
    }

    private static String displayGroup(String group) {
        return group.isEmpty() ? "the collection's top level" : group;
    }

    private static Operation withJavaName(Operation o, String javaName) {
        return new Operation(o.name(), javaName, o.folders(), o.group(), o.groupJavaName(), o.method(), o.readOnly(),
                o.server(), o.path(), o.parameters(), o.requestBody(), o.responses(), o.auth(), o.description(),
                o.location());
    }
}
