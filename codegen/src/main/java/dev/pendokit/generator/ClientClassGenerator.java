package dev.pendokit.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.pendokit.collection.model.Operation;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * The client class and its builder ({@code PendoClient.builder().region(Region.EU)
 * .integrationKey(key).build()}), with one accessor per group ({@code pages()}), and the
 * {@code Region} enum when the collection documents regions.
 */
final class ClientClassGenerator {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final ClassName OBJECT_MAPPER = ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");
    private static final ClassName JSON_MAPPER = ClassName.get("com.fasterxml.jackson.databind.json", "JsonMapper");
    private static final ClassName DESERIALIZATION = ClassName.get("com.fasterxml.jackson.databind",
            "DeserializationFeature");

    private final Packages packages;
    private final ClientPlan plan;
    private final ApiGenerator apis;
    private final Exceptions exceptions;
    private final ClassName client;
    private final ClassName region;

    ClientClassGenerator(Packages packages, ClientPlan plan, ApiGenerator apis, Exceptions exceptions,
                         GeneratorOptions options) {
        this.packages = packages;
        this.plan = plan;
        this.apis = apis;
        this.exceptions = exceptions;
        this.client = packages.root(options.clientName());
        this.region = packages.root("Region");
    }

    Stream<JavaFile> generate() {
        Stream<TypeSpec> types = plan.regions.isEmpty() ? Stream.of(client()) : Stream.of(client(), region());
        return types.map(type -> JavaFile.builder(packages.base(), type).skipJavaLangImports(true).indent("    ")
                .build());
    }

    private TypeSpec client() {
        ClassName builder = client.nestedClass("Builder");
        ClassName transport = packages.runtime("Transport");
        TypeSpec.Builder type = TypeSpec.classBuilder(client)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Generated.ANNOTATION)
                .addJavadoc("$L", clientJavadoc())
                .addField(transport, "transport", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(transport, "transport").addStatement("this.transport = transport");
        for (Map.Entry<String, List<Operation>> group : plan.groups.entrySet()) {
            if (group.getKey().isEmpty()) {
                continue;
            }
            ClassName api = ApiGenerator.apiClass(packages, group.getKey());
            type.addField(api, group.getKey(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$L = new $T(transport)", group.getKey(), api);
            type.addMethod(MethodSpec.methodBuilder(group.getKey()).addModifiers(Modifier.PUBLIC).returns(api)
                    .addJavadoc("The requests of the folder \"$L\".\n\n@return their methods",
                            Javadocs.line(group.getValue().get(0).group()))
                    .addStatement("return $L", group.getKey()).build());
        }
        List<Operation> topLevel = plan.groups.getOrDefault("", List.of());
        if (!topLevel.isEmpty()) {
            Set<String> fields = new HashSet<>(plan.groups.keySet());
            fields.add("transport");
            apis.addOperations(type, constructor, client, topLevel, fields);
        }
        type.addMethod(constructor.build());
        type.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A builder with the defaults: the servers' documented URLs, no credential.\n\n"
                        + "@return the builder")
                .returns(builder).addStatement("return new Builder()").build());
        type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The servers and the names of the credentials, never their values.\n\n@return the"
                        + " description")
                .returns(String.class).addStatement("return $S + transport + $S", client.simpleName() + "[", "]")
                .build());
        return type.addType(builder(builder)).build();
    }

    private String clientJavadoc() {
        StringBuilder doc = new StringBuilder("The client of \"").append(Javadocs.line(plan.model.name()))
                .append("\", generated from its Postman collection.\n\n<p>Build one with {@link #builder()}; it is")
                .append(" thread-safe and meant to be shared. Every operation has a blocking method and an")
                .append(" {@code Async} twin. Failed calls throw {@link ").append(exceptions.base().simpleName())
                .append("} and its subclasses.");
        return doc.toString();
    }

    private TypeSpec builder(ClassName builder) {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Configures a {@link $T}. Only the credentials the operations you call need must be set.",
                        client)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        CodeBlock.Builder servers = CodeBlock.builder()
                .addStatement("$T<$T, $T> servers = new $T<>()", Map.class, String.class, URI.class, LinkedHashMap.class);
        for (ClientPlan.ServerSpec server : plan.servers) {
            FieldSpec.Builder field = FieldSpec.builder(URI.class, server.key(), Modifier.PRIVATE);
            if (server.defaultUrl() != null) {
                field.initializer("$T.create($S)", URI.class, server.defaultUrl());
            }
            type.addField(field.build());
            String doc = server.description().isEmpty()
                    ? "The URL requests to this server go to" + (server.defaultUrl() == null ? "." : " (default "
                            + Javadocs.escape(server.defaultUrl()) + ").")
                    : Javadocs.line(server.description());
            type.addMethod(MethodSpec.methodBuilder(server.key()).addModifiers(Modifier.PUBLIC).returns(builder)
                    .addJavadoc("$L\n\n@param $L the URL\n@return this builder", doc, server.key())
                    .addParameter(URI.class, server.key())
                    .addStatement("this.$1L = $2T.requireNonNull($1L, $3S)", server.key(), Objects.class, server.key())
                    .addStatement("return this").build());
            servers.beginControlFlow("if ($L != null)", server.key())
                    .addStatement("servers.put($S, $L)", server.key(), server.key()).endControlFlow();
        }
        if (!plan.regions.isEmpty()) {
            MethodSpec.Builder setRegion = MethodSpec.methodBuilder("region").addModifiers(Modifier.PUBLIC)
                    .returns(builder).addParameter(region, "region")
                    .addJavadoc("Points every server at the region's host, as the collection documents them. A host the"
                            + " collection gives for no region stays unset, so calls to it fail until you set it:"
                            + " requests never silently go to another region.\n\n@param region the region\n"
                            + "@return this builder")
                    .addStatement("$T.requireNonNull(region, $S)", Objects.class, "region");
            for (ClientPlan.ServerSpec server : plan.servers) {
                if (plan.regions.stream().anyMatch(r -> r.urls().containsKey(server.key()))) {
                    setRegion.addStatement("this.$1L = region.$1L()", server.key());
                }
            }
            type.addMethod(setRegion.addStatement("return this").build());
        }
        CodeBlock.Builder credentials = CodeBlock.builder()
                .addStatement("$T<$T, $T> credentials = new $T<>()", Map.class, String.class, String.class,
                        LinkedHashMap.class);
        for (ClientPlan.CredentialSpec credential : plan.credentials) {
            type.addField(String.class, credential.javaName(), Modifier.PRIVATE);
            type.addMethod(MethodSpec.methodBuilder(credential.javaName()).addModifiers(Modifier.PUBLIC)
                    .returns(builder).addParameter(String.class, credential.javaName())
                    .addJavadoc("The credential the collection calls {@code $L}. Kept out of every message and"
                            + " {@code toString()}.\n\n@param $L the secret\n@return this builder",
                            Javadocs.escape(credential.key()), credential.javaName())
                    .addStatement("this.$1L = $2T.requireNonNull($1L, $3S)", credential.javaName(), Objects.class,
                            credential.javaName())
                    .addStatement("return this").build());
            credentials.addStatement("credentials.put($S, $L)", credential.javaName(), credential.javaName());
        }
        ClassName retryPolicy = packages.runtime("RetryPolicy");
        type.addField(FieldSpec.builder(Duration.class, "connectTimeout", Modifier.PRIVATE)
                        .initializer("$T.ofSeconds($L)", Duration.class, CONNECT_TIMEOUT.toSeconds()).build())
                .addField(FieldSpec.builder(Duration.class, "requestTimeout", Modifier.PRIVATE)
                        .initializer("$T.ofSeconds($L)", Duration.class, REQUEST_TIMEOUT.toSeconds()).build())
                .addField(FieldSpec.builder(retryPolicy, "retryPolicy", Modifier.PRIVATE)
                        .initializer("$T.DEFAULT", retryPolicy).build())
                .addField(HttpClient.class, "httpClient", Modifier.PRIVATE)
                .addField(OBJECT_MAPPER, "objectMapper", Modifier.PRIVATE)
                .addMethod(setter(builder, "connectTimeout", Duration.class,
                        "How long to wait for a connection (default " + CONNECT_TIMEOUT.toSeconds()
                                + " s). Ignored when you pass your own {@link HttpClient}."))
                .addMethod(setter(builder, "requestTimeout", Duration.class,
                        "How long to wait for each answer (default " + REQUEST_TIMEOUT.toSeconds() + " s)."))
                .addMethod(setter(builder, "retryPolicy", retryPolicy,
                        "When to retry: by default 429 and 5xx, three attempts, Retry-After honoured, and only"
                                + " calls that do not change data."))
                .addMethod(setter(builder, "httpClient", HttpClient.class,
                        "Your own {@link HttpClient} (proxy, TLS, executor)."))
                .addMethod(setter(builder, "objectMapper", OBJECT_MAPPER,
                        "Your own Jackson {@code ObjectMapper}; it must read records."));
        MethodSpec build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(client)
                .addJavadoc("The client, ready to share between threads.\n\n@return the client")
                .addCode(servers.build())
                .addCode(credentials.build())
                // Redirects are not followed: the JDK would send the key on to wherever they point.
                .addStatement("$T http = httpClient != null ? httpClient : $T.newBuilder()"
                        + ".connectTimeout(connectTimeout).build()", HttpClient.class, HttpClient.class)
                .addStatement("$T mapper = objectMapper != null ? objectMapper : $T.builder()"
                        + ".disable($T.FAIL_ON_UNKNOWN_PROPERTIES).build()", OBJECT_MAPPER, JSON_MAPPER, DESERIALIZATION)
                .addStatement("return new $T(new $T(http, mapper, servers, $T.of(credentials),\n$L,\nrequestTimeout,"
                        + " retryPolicy, new $T(), $S))", client, packages.runtime("Transport"),
                        packages.runtime("Credentials"), CallMethod.authentication(packages, plan, plan.defaultAuth()),
                        exceptions.factory(), "pendokit " + client.simpleName())
                .build();
        return type.addMethod(build).build();
    }

    private static MethodSpec setter(ClassName builder, String name, Object type, String javadoc) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder)
                .addJavadoc("$L\n\n@param $L the value\n@return this builder", javadoc, name);
        if (type instanceof ClassName className) {
            method.addParameter(className, name);
        } else {
            method.addParameter((Class<?>) type, name);
        }
        return method.addStatement("this.$1L = $2T.requireNonNull($1L, $3S)", name, Objects.class, name)
                .addStatement("return this").build();
    }

    private TypeSpec region() {
        TypeSpec.Builder type = TypeSpec.enumBuilder(region)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Generated.ANNOTATION)
                .addJavadoc("The regions the collection documents, each with its hosts. A host the collection does not"
                        + " give for a region is null: set it on the client builder after {@code region(...)}.");
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (ClientPlan.ServerSpec server : plan.servers) {
            if (plan.regions.stream().noneMatch(r -> r.urls().containsKey(server.key()))) {
                continue;
            }
            type.addField(URI.class, server.key(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(String.class, server.key())
                    .addStatement("this.$1L = $1L == null ? null : $2T.create($1L)", server.key(), URI.class);
            type.addMethod(MethodSpec.methodBuilder(server.key()).addModifiers(Modifier.PUBLIC).returns(URI.class)
                    .addJavadoc("This region's {@code $L}.\n\n@return the URL, or null where the collection gives"
                            + " none", server.key())
                    .addStatement("return $L", server.key()).build());
        }
        for (ClientPlan.RegionSpec spec : plan.regions) {
            CodeBlock.Builder arguments = CodeBlock.builder();
            for (ClientPlan.ServerSpec server : plan.servers) {
                if (plan.regions.stream().anyMatch(r -> r.urls().containsKey(server.key()))) {
                    String url = spec.urls().get(server.key());
                    arguments.add(arguments.isEmpty() ? "$S" : ", $S", url);
                }
            }
            type.addEnumConstant(spec.name(), TypeSpec.anonymousClassBuilder("$L", arguments.build())
                    .addJavadoc("$L.", spec.urls().values().stream().filter(Objects::nonNull).map(Javadocs::escape)
                            .collect(java.util.stream.Collectors.joining(", ")))
                    .build());
        }
        return type.addMethod(constructor.build()).build();
    }
}
