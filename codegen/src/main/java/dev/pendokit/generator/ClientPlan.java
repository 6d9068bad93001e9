package dev.pendokit.generator;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Regions;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.model.Server;
import dev.pendokit.collection.model.Shape;
import dev.pendokit.collection.model.Variable;
import dev.pendokit.collection.naming.JavaIdentifiers;
import dev.pendokit.collection.naming.UniqueNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the client must offer, worked out once from the model: the servers it sends to (and the
 * regions that set them), the credentials it holds, the groups of operations, the error statuses
 * that get their own exception, and the object types its signatures use.
 */
final class ClientPlan {

    /**
     * A server the client sends to: {@code key} names it in calls and is its builder method;
     * {@code variable} is the collection variable it stands for ("" for a literal host).
     */
    record ServerSpec(String key, String variable, String defaultUrl, String description) {}

    /** A credential the client holds: {@code key} is the collection variable, {@code javaName} the builder method. */
    record CredentialSpec(String key, String javaName) {}

    /** A documented region and the URL it gives each server (absent where the collection names none). */
    record RegionSpec(String name, Map<String, String> urls) {}

    /**
     * Names the client's builder and the {@code Region} enum have for themselves, which a server's
     * or credential's builder method (and the region's accessor) may not take: the builder's
     * settings and {@code build()} with its locals, and the methods of every enum.
     */
    private static final Set<String> BUILDER_NAMES = Set.of("connectTimeout", "requestTimeout", "retryPolicy",
            "httpClient", "objectMapper", "build", "region", "servers", "credentials", "http", "mapper", "name",
            "ordinal", "values", "valueOf", "compareTo", "getDeclaringClass", "describeConstable");


    final ApiModel model;
    final List<ServerSpec> servers = new ArrayList<>();
    final List<CredentialSpec> credentials = new ArrayList<>();
    final List<RegionSpec> regions = new ArrayList<>();
    final Map<String, List<Operation>> groups = new LinkedHashMap<>();
    final Set<Integer> errorStatuses = new TreeSet<>();
    final List<ObjectShape> types;

    private final Map<String, ServerSpec> serverByTemplate = new LinkedHashMap<>();

    ClientPlan(ApiModel model) {
        this.model = model;
        planServers();
        planCredentials();
        planRegions();
        for (Operation operation : model.operations()) {
            groups.computeIfAbsent(operation.groupJavaName(), g -> new ArrayList<>()).add(operation);
            for (Response response : operation.responses()) {
                if (response.status() >= 400) {
                    errorStatuses.add(response.status());
                }
            }
        }
        this.types = reachableTypes();
    }

    ServerSpec server(Server server) {
        return serverByTemplate.get(server.template());
    }

    private AuthScheme defaultAuth;

    CredentialSpec credential(String key) {
        return credentials.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    /**
     * The authentication most operations use, which the client gives its transport once: a call
     * names its own only where it differs. The first among equals, so the choice is stable.
     */
    AuthScheme defaultAuth() {
        if (defaultAuth == null) {
            defaultAuth = mostUsedAuth();
        }
        return defaultAuth;
    }

    private AuthScheme mostUsedAuth() {
        Map<AuthScheme, Integer> counts = new LinkedHashMap<>();
        model.operations().forEach(o -> counts.merge(o.auth(), 1, Integer::sum));
        AuthScheme best = new AuthScheme.None();
        int most = 0;
        for (Map.Entry<AuthScheme, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        return best;
    }

    /** The credential variable an auth scheme needs, by kind; "" for none. */
    static List<String> credentialKeys(AuthScheme auth) {
        if (auth instanceof AuthScheme.ApiKey key) {
            return List.of(key.variable().isEmpty() ? "apiKey" : key.variable());
        }
        if (auth instanceof AuthScheme.Bearer bearer) {
            return List.of(bearer.variable().isEmpty() ? "token" : bearer.variable());
        }
        if (auth instanceof AuthScheme.Basic basic) {
            return List.of(basic.usernameVariable().isEmpty() ? "username" : basic.usernameVariable(),
                    basic.passwordVariable().isEmpty() ? "password" : basic.passwordVariable());
        }
        return List.of();
    }

    private void planServers() {
        Map<String, Server> distinct = new LinkedHashMap<>();
        for (Operation operation : model.operations()) {
            distinct.putIfAbsent(operation.server().template(), operation.server());
        }
        long literal = distinct.values().stream().filter(s -> s.variable().isEmpty()).count();
        UniqueNames names = new UniqueNames();
        for (Server server : distinct.values()) {
            String javaName;
            String description = "";
            if (!server.variable().isEmpty()) {
                javaName = JavaIdentifiers.camel(server.variable(), "baseUrl");
                description = variable(server.variable()).map(Variable::description).orElse("");
            } else if (literal == 1) {
                javaName = "baseUrl";
            } else {
                javaName = JavaIdentifiers.camel(server.template().replaceFirst("^[a-z]+://", ""), "server") + "Url";
            }
            String defaultUrl = server.defaultUrl().contains("{{") || server.defaultUrl().isEmpty()
                    ? null : server.defaultUrl();
            ServerSpec spec = new ServerSpec(names.claim(clearOfBuilder(javaName)), server.variable(), defaultUrl,
                    description);
            servers.add(spec);
            serverByTemplate.put(server.template(), spec);
        }
    }

    private void planCredentials() {
        Set<String> keys = new LinkedHashSet<>();
        for (Operation operation : model.operations()) {
            keys.addAll(credentialKeys(operation.auth()));
        }
        UniqueNames names = new UniqueNames();
        servers.forEach(s -> names.claimExactly(s.key()));
        for (String key : keys) {
            credentials.add(new CredentialSpec(key, names.claim(clearOfBuilder(JavaIdentifiers.camel(key,
                    "credential")))));
        }
    }

    /** {@code httpClient} → {@code httpClient_}: the builder has its own. */
    private static String clearOfBuilder(String name) {
        return BUILDER_NAMES.contains(name) ? name + "_" : name;
    }

    /** Regions from server variables' descriptions ("US https://app.pendo.io, EU https://app.eu.pendo.io"). */
    private void planRegions() {
        Map<String, Map<String, String>> byRegion = new LinkedHashMap<>();
        for (ServerSpec server : servers) {
            Regions.listedIn(server.description()).forEach((region, url) ->
                    byRegion.computeIfAbsent(region, r -> new LinkedHashMap<>()).putIfAbsent(server.key(), url));
        }
        if (byRegion.size() >= Regions.AT_LEAST) {
            byRegion.forEach((name, urls) -> regions.add(new RegionSpec(name, urls)));
        }
    }

    private java.util.Optional<Variable> variable(String name) {
        return model.variables().stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** Object types the client's signatures use, and documented types beside them, sorted by name. */
    private List<ObjectShape> reachableTypes() {
        Map<String, ObjectShape> found = new LinkedHashMap<>();
        for (Operation operation : model.operations()) {
            operation.requestBody().filter(b -> TypeMapper.documented(b.shape()))
                    .ifPresent(b -> collect(b.shape(), found));
            operation.successResponse().ifPresent(r -> collect(Signatures.rowOrResult(r), found));
        }
        for (ObjectShape type : model.types()) {
            if (type.origin() == ObjectShape.Origin.DOCUMENTED) {
                collect(type, found);
            }
        }
        return found.values().stream().sorted(java.util.Comparator.comparing(ObjectShape::name)).toList();
    }

    private static void collect(Shape shape, Map<String, ObjectShape> found) {
        if (shape instanceof ObjectShape object) {
            if (object.origin() != ObjectShape.Origin.ENVELOPE && found.putIfAbsent(object.name(), object) == null) {
                for (Field field : object.fields()) {
                    collect(field.shape(), found);
                }
            }
        } else if (shape instanceof ArrayShape array) {
            collect(array.items(), found);
        } else if (shape instanceof MapShape map) {
            collect(map.values(), found);
        }
    }
}
