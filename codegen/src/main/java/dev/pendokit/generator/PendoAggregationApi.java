package dev.pendokit.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.RequestBody;
import dev.pendokit.collection.output.GeneratedFile;
import dev.pendokit.collection.pendo.PendoAggregations;
import dev.pendokit.runtime.aggregation.Aggregation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * What a client of Pendo's aggregation API gets beyond what any collection's client gets: the
 * pipeline builder ({@code Aggregation}, {@code Source}, {@code TimeSeries}, {@code Aggregator},
 * {@code Paging}, copied from the runtime module into {@code .aggregation} as the runtime is),
 * {@code Sources} with each documented source and the type of its rows, and typed {@code run},
 * {@code runAsync} and {@code runAll} beside the generated {@code run(JsonNode)}. Everything
 * Pendo-specific in the generator is here; a collection with no operation that takes pipelines
 * ({@link PendoAggregations#takesPipelines}) gets none of it.
 */
final class PendoAggregationApi {

    /** What the collection does not say of Pendo's sources, and paging and time filters need (tap-pendo, seed 000). */
    private record Facts(boolean events, List<String> key, String timeField) {}

    private static final Map<String, Facts> KNOWN = Map.ofEntries(
            Map.entry("visitors", new Facts(false, List.of("visitorId"), "metadata.auto.lastvisit")),
            Map.entry("accounts", new Facts(false, List.of("accountId"), "metadata.auto.lastvisit")),
            Map.entry("pages", new Facts(false, List.of("id"), "lastUpdatedAt")),
            Map.entry("features", new Facts(false, List.of("id"), "lastUpdatedAt")),
            Map.entry("guides", new Facts(false, List.of("id"), "lastUpdatedAt")),
            Map.entry("trackTypes", new Facts(false, List.of("id"), "lastUpdatedAt")),
            Map.entry("events", new Facts(true, List.of("visitorId", "accountId"), "day")),
            Map.entry("pageEvents", new Facts(true, List.of("visitorId", "pageId"), "day")),
            Map.entry("featureEvents", new Facts(true, List.of("visitorId", "featureId"), "day")),
            Map.entry("trackEvents", new Facts(true, List.of("visitorId", "accountId"), "day")),
            Map.entry("guideEvents", new Facts(true, List.of("visitorId", "accountId"), "browserTime")),
            Map.entry("pollEvents", new Facts(true, List.of("visitorId", "accountId"), "browserTime")));

    private final Packages packages;
    private final TypeMapper types;
    private final ApiModel model;

    PendoAggregationApi(Packages packages, TypeMapper types, ApiModel model) {
        this.packages = packages;
        this.types = types;
        this.model = model;
    }

    static boolean applies(ApiModel model) {
        return model.operations().stream().anyMatch(PendoAggregations::takesPipelines);
    }

    /** Whether a method of these examples is the aggregation call that gets typed twins. */
    static boolean isAggregationCall(List<Operation> examples, Signatures.Signature signature) {
        return PendoAggregations.takesPipelines(examples.get(0)) && !signature.paramsRecord()
                && signature.args().isEmpty() && signature.body().isPresent();
    }

    String aggregationPackage() {
        return packages.base() + ".aggregation";
    }

    List<GeneratedFile> builderSources() {
        return RuntimeSources.copyAggregation(aggregationPackage(), packages.runtime());
    }

    private ClassName builder(String simpleName) {
        return ClassName.get(aggregationPackage(), simpleName);
    }

    /** {@code Sources}: a constant for every source the examples start from, typed by its rows. */
    JavaFile sources() {
        ClassName source = builder("Source");
        TypeSpec.Builder type = TypeSpec.classBuilder("Sources").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Generated.ANNOTATION)
                .addJavadoc("The sources the collection's aggregation examples start from, each with the type of its"
                        + " rows.\n\n<p>Start an aggregation with one: {@code Aggregation.of(Sources.VISITORS)}.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        CodeBlock.Builder byName = CodeBlock.builder().add("return switch (name) {\n").indent();
        for (Map.Entry<String, TypeName> entry : rowTypes().entrySet()) {
            String name = entry.getKey();
            TypeName row = entry.getValue();
            Facts facts = KNOWN.getOrDefault(name, new Facts(eventsInExamples(name), List.of(), ""));
            String constant = constant(name);
            CodeBlock key = facts.key().isEmpty() ? CodeBlock.of("$T.of()", List.class)
                    : CodeBlock.of("$T.of($L)", List.class, String.join(", ", facts.key().stream()
                            .map(k -> CodeBlock.of("$S", k).toString()).toList()));
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(source, row), constant, Modifier.PUBLIC,
                            Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("{@code $L}: $L, rows of {@link $T}.", name, facts.events()
                            ? "events over time, which need a time series" : "a snapshot of things", rawType(row))
                    .initializer("$T.$L($S, $T.class, $L, $S)", source, facts.events() ? "events" : "objects", name,
                            rawType(row), key, facts.timeField())
                    .build());
            byName.add("case $S -> $L;\n", name, constant);
        }
        byName.add("default -> $T.named(name);\n", source).unindent().add("};\n");
        type.addMethod(MethodSpec.methodBuilder("named").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The source of that name: its constant where the collection documents it, else one whose"
                        + " rows are JSON.\n\n@param name the source's name in a pipeline ({@code visitors})\n"
                        + "@return the source")
                .returns(ParameterizedTypeName.get(source, WildcardTypeName.subtypeOf(Object.class)))
                .addParameter(String.class, "name")
                .addCode(byName.build()).build());
        return JavaFile.builder(aggregationPackage(), type.build()).skipJavaLangImports(true).indent("    ").build();
    }

    /**
     * Adds {@code run(Aggregation<R>)}, its {@code Async} twin and {@code runAll(Aggregation<R>, int)}
     * to the class with the generated {@code run(JsonNode)}, which sends through {@code call}.
     *
     * @return the two that take an aggregation and block, for the index of the API
     */
    List<MethodSpec> addTypedMethods(TypeSpec.Builder type, String name, String call, ClassName exception) {
        TypeVariableName row = TypeVariableName.get("R");
        ClassName aggregation = builder("Aggregation");
        TypeName query = ParameterizedTypeName.get(aggregation, row);
        TypeName rows = ParameterizedTypeName.get(packages.runtime("RowStream"), row);
        CodeBlock reader = CodeBlock.of("$T.rows(transport.mapper(), aggregation.rowType())", packages.runtime("Readers"));
        MethodSpec run = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).addTypeVariable(row)
                .addJavadoc("Runs an aggregation built with {@link $T}: its rows typed by its source\n"
                        + "({@code Aggregation.of(Sources.VISITORS)} gives {@code RowStream<VisitorsRow>}), or JSON once an\n"
                        + "operator reshapes them.\n\n@param <R> the rows' type\n@param aggregation the query\n"
                        + "@return the rows of the answer, read one at a time; close them when done\n"
                        + "@throws $T for every failed call, with its status, reason and body", aggregation, exception)
                .returns(rows).addParameter(query, "aggregation")
                .addStatement("$T.requireNonNull(aggregation, $S)", Objects.class, "aggregation")
                .addStatement("return transport.send($L(aggregation.toJson()), $L)", call, reader)
                .build();
        MethodSpec async = MethodSpec.methodBuilder(name + "Async").addModifiers(Modifier.PUBLIC).addTypeVariable(row)
                .addJavadoc("Like {@link #$L($T)}, without blocking: the future fails with the same exceptions.\n\n"
                        + "@param <R> the rows' type\n@param aggregation the query\n@return the rows, once the answer"
                        + " starts", name, aggregation)
                .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), rows))
                .addParameter(query, "aggregation")
                .addStatement("$T.requireNonNull(aggregation, $S)", Objects.class, "aggregation")
                .addStatement("return transport.sendAsync($L(aggregation.toJson()), $L)", call, reader)
                .build();
        MethodSpec runAll = MethodSpec.methodBuilder(name + "All").addModifiers(Modifier.PUBLIC).addTypeVariable(row)
                .addJavadoc("Every row of an aggregation, {@code pageSize} at a time, as one stream: sorted on the\n"
                        + "fields that make a row unique (the source's, or {@code keyedBy}), each page starting after"
                        + " the\nlast row of the one before. No row is lost or read twice at a page boundary.\n\n"
                        + "@param <R> the rows' type\n@param aggregation the query, without sort or limit of its own\n"
                        + "@param pageSize the rows of one request at most\n@return every row; close them when done\n"
                        + "@throws $T for every failed call, with its status, reason and body", exception)
                .returns(rows).addParameter(query, "aggregation").addParameter(TypeName.INT, "pageSize")
                .addStatement("return $T.over(aggregation, pageSize, transport.mapper(), this::$L)", builder("Paging"),
                        name)
                .build();
        type.addMethod(run);
        type.addMethod(async);
        type.addMethod(runAll);
        return List.of(run, runAll);
    }

    /** Each source the examples start from, with the rows of its plainest example (JSON where none is plain). */
    private Map<String, TypeName> rowTypes() {
        Map<String, TypeName> rows = new LinkedHashMap<>();
        for (Operation operation : model.operations()) {
            Optional<JsonNode> body = body(operation);
            Optional<String> start = body.flatMap(PendoAggregations::firstStep).filter(s -> s.startsWith("source."));
            if (start.isEmpty()) {
                continue;
            }
            String name = start.get().substring("source.".length());
            // The rows of a plain example are the source's (the builder's own rule); reshaped ones are JSON.
            Optional<TypeName> row = Aggregation.keepsSourceRows(body.get())
                    ? operation.successResponse().flatMap(Signatures::rows).map(types::type) : Optional.empty();
            if (row.isPresent() && (!rows.containsKey(name) || rows.get(name).equals(TypeMapper.JSON_NODE))) {
                rows.put(name, row.get());
            } else {
                rows.putIfAbsent(name, TypeMapper.JSON_NODE);
            }
        }
        return rows;
    }

    /** Whether an example of the source gives it a time series: the collection's sign of an event source. */
    private boolean eventsInExamples(String name) {
        return model.operations().stream().map(PendoAggregationApi::body).flatMap(Optional::stream)
                .map(b -> b.path("request").path("pipeline").path(0).path("source"))
                .anyMatch(s -> s.has(name) && s.has("timeSeries"));
    }

    private static Optional<JsonNode> body(Operation operation) {
        return PendoAggregations.takesPipelines(operation) ? operation.requestBody().flatMap(RequestBody::exampleJson)
                : Optional.empty();
    }

    /** {@code pageEvents} → {@code PAGE_EVENTS}. */
    private static String constant(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
    }

    private static TypeName rawType(TypeName type) {
        return type instanceof ParameterizedTypeName generic ? generic.rawType() : type;
    }
}
