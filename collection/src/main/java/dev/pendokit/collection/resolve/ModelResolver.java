package dev.pendokit.collection.resolve;

import dev.pendokit.collection.Secrets;
import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.model.ResponseSource;
import dev.pendokit.collection.model.Variable;
import dev.pendokit.collection.naming.JavaIdentifiers;
import dev.pendokit.collection.naming.NameOverrides;
import dev.pendokit.collection.naming.ReservedNames;
import dev.pendokit.collection.naming.UniqueNames;
import dev.pendokit.collection.postman.PostmanCollection;
import dev.pendokit.collection.postman.PostmanItem;
import dev.pendokit.collection.postman.PostmanVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves a Postman collection into the {@link ApiModel}: one operation per request, in the
 * collection's order, grouped by top-level folder, with every name decided by the naming strategy
 * and the user's overrides. Problems become diagnostics; whether they stop the build is the
 * caller's decision ({@link dev.pendokit.collection.ApiModels} applies strict mode).
 */
public final class ModelResolver {

    private final ResolverContext context;
    private final OperationResolver operations;
    private final List<Operation> resolved = new ArrayList<>();
    private final UniqueNames groupNames = new UniqueNames();
    private final Map<String, String> groupJavaNames = new HashMap<>();

    private ModelResolver(ResolverContext context) {
        this.context = context;
        this.operations = new OperationResolver(context);
    }

    public static ApiModel resolve(PostmanCollection collection, ResolveOptions options) {
        List<StatusCodes.Entry> collectionWide = StatusCodes.fromDescription(collection.description());
        ResolverContext context = new ResolverContext(options, new Variables(collection.variables()),
                collection.auth(), collectionWide);
        ModelResolver resolver = new ModelResolver(context);
        resolver.walk(collection.items(), new ArrayList<>());
        List<Operation> operations = new OperationNamer(context, resolver.groupJavaNames.values())
                .name(resolver.resolved);
        resolver.reportUnusedOverrides();
        context.readOnly.reportUnused(context.diagnostics);
        return new ApiModel(collection.source(), collection.name(), collection.description(),
                variables(collection.variables(), context.diagnostics), collectionResponses(collectionWide), operations,
                context.types.types(), context.diagnostics.all());
    }

    private void walk(List<PostmanItem> items, List<FolderContext> folders) {
        for (PostmanItem item : items) {
            if (item instanceof PostmanItem.Folder folder) {
                String path = prefix(folders) + folder.name();
                List<FolderContext> inner = new ArrayList<>(folders);
                inner.add(FolderContext.of(folder, new Location(path, folder.pointer()), context.documented,
                        context.types));
                walk(folder.items(), inner);
            } else {
                PostmanItem.Request request = (PostmanItem.Request) item;
                String group = folders.isEmpty() ? "" : folders.get(0).folder.name();
                String groupJavaName = group.isEmpty() ? "" : groupJavaName(group, folders.get(0).location);
                Location where = new Location(prefix(folders) + request.name(), request.pointer());
                // Named once the whole group is known (OperationNamer).
                resolved.add(operations.resolve(request, folders, where, "", group, groupJavaName));
            }
        }
    }

    /** The item path of the innermost folder and a slash, or "" at the top. */
    private static String prefix(List<FolderContext> folders) {
        return folders.isEmpty() ? "" : folders.get(folders.size() - 1).location.itemPath() + "/";
    }

    private String groupJavaName(String group, Location where) {
        return groupJavaNames.computeIfAbsent(group, g -> {
            String chosen = context.overrides.lookup(NameOverrides.Kind.GROUP, g).orElse(null);
            if (chosen == null) {
                return defaultGroupName(g, where);
            }
            context.usedOverrides.add("group:" + g);
            if (!groupNames.claimExactly(chosen)) {
                context.diagnostics.error(where, "the override group:" + g + "=" + chosen
                        + " gives a name that another folder already has", "Choose another name");
            }
            return chosen;
        });
    }

    /**
     * The strategy's name for a folder, made unique and clear of the generated client's own members
     * ({@code transport} → {@code transport_}), with a warning where the folder's name gave no name
     * of its own or one the client has.
     */
    private String defaultGroupName(String folder, Location where) {
        String proposed = context.naming.groupName(folder);
        String name = groupNames.claim(ReservedNames.clientMember(proposed));
        String fix = "Choose a name with the override group:" + folder + "=<name>";
        if (!JavaIdentifiers.hasWords(folder)) {
            context.diagnostics.warning(where, "the folder's name has no letters or digits to make a Java name of,"
                    + " so its requests are under " + name + "()", fix);
        } else if (ReservedNames.CLIENT_MEMBERS.contains(proposed)) {
            context.diagnostics.warning(where, "the folder's Java name " + proposed + " is a member the generated"
                    + " client has for itself, so its requests are under " + name + "()", fix);
        }
        return name;
    }

    private void reportUnusedOverrides() {
        NameOverrides overrides = context.overrides;
        Map<String, NameOverrides.Kind> targets = new LinkedHashMap<>();
        overrides.all(NameOverrides.Kind.GROUP).keySet().forEach(k -> targets.put("group:" + k, NameOverrides.Kind.GROUP));
        overrides.all(NameOverrides.Kind.OPERATION).keySet()
                .forEach(k -> targets.put("operation:" + k, NameOverrides.Kind.OPERATION));
        overrides.all(NameOverrides.Kind.PARAMETER).keySet().forEach(k -> targets.put(k, NameOverrides.Kind.PARAMETER));
        targets.keySet().removeAll(context.usedOverrides);
        overrides.all(NameOverrides.Kind.TYPE).keySet().stream()
                .filter(k -> !context.types.overridden().contains(k))
                .forEach(k -> targets.put("type:" + k, NameOverrides.Kind.TYPE));
        Map<String, List<String>> fieldsByType = new TreeMap<>();
        context.types.types().forEach(t -> fieldsByType.put(t.name(),
                t.fields().stream().map(f -> f.name()).toList()));
        overrides.all(NameOverrides.Kind.FIELD).keySet().stream().filter(k -> {
            int dot = k.indexOf('.');
            return dot < 0 || !fieldsByType.getOrDefault(k.substring(0, dot), List.of()).contains(k.substring(dot + 1));
        }).forEach(k -> targets.put("field:" + k, NameOverrides.Kind.FIELD));
        targets.forEach((target, kind) -> context.diagnostics.warning(Location.COLLECTION, "the name override "
                        + (kind == NameOverrides.Kind.PARAMETER ? "parameter:" : "") + target
                        + " matches nothing in the collection",
                "Check its spelling against the collection (request paths are folder/.../request name)"));
    }

    private static List<Variable> variables(List<PostmanVariable> variables, Diagnostics diagnostics) {
        LiteralSecrets literalSecrets = new LiteralSecrets(diagnostics);
        List<Variable> result = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            PostmanVariable v = variables.get(i);
            if (!v.disabled()) {
                // A credential typed into the collection stays out of the model.
                boolean secret = Secrets.looksSecret(v.key());
                if (secret) {
                    literalSecrets.check("the variable " + v.key(), v.value(), Location.COLLECTION.at("/variable/" + i));
                }
                String value = secret ? "" : v.value();
                result.add(new Variable(v.key(), value, v.description()));
            }
        }
        return result;
    }

    private static List<Response> collectionResponses(List<StatusCodes.Entry> entries) {
        Map<Integer, List<String>> reasons = new TreeMap<>();
        for (StatusCodes.Entry entry : entries) {
            for (int status = entry.from(); status <= entry.to(); status++) {
                reasons.computeIfAbsent(status, s -> new ArrayList<>()).add(entry.reason());
            }
        }
        List<Response> responses = new ArrayList<>();
        reasons.forEach((status, why) -> responses.add(new Response(status, why, ResponseSource.COLLECTION,
                BodyKind.JSON, "application/json", List.of(), AnyShape.ANY)));
        return responses;
    }
}
