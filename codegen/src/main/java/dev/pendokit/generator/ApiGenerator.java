package dev.pendokit.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.model.ResponseSource;
import dev.pendokit.collection.naming.UniqueNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * One class per group of operations ({@code PagesApi} for folder Page), with a method per
 * operation, its {@code Async} twin, and the {@code Params} records of operations that take
 * optional or many parameters. Operations at the top of the collection go onto the client itself
 * through {@link #addOperations}.
 */
final class ApiGenerator {

    private final Packages packages;
    private final ClientPlan plan;
    private final Signatures signatures;
    private final CallMethod calls;
    private final Exceptions exceptions;
    /** Pendo's typed aggregation methods, for a client of Pendo's aggregation API; else null. */
    private final PendoAggregationApi pendo;
    private final List<ClientMethod> index = new ArrayList<>();

    ApiGenerator(Packages packages, ClientPlan plan, TypeMapper types, Exceptions exceptions,
                 PendoAggregationApi pendo) {
        this.packages = packages;
        this.plan = plan;
        this.signatures = new Signatures(types, packages);
        this.calls = new CallMethod(packages, plan);
        this.exceptions = exceptions;
        this.pendo = pendo;
    }

    /** The public methods added so far, in the order they were added. */
    List<ClientMethod> index() {
        return List.copyOf(index);
    }

    static ClassName apiClass(Packages packages, String groupJavaName) {
        return ClassName.get(packages.api(), Signatures.capitalize(groupJavaName) + "Api");
    }

    Stream<JavaFile> generate() {
        return plan.groups.entrySet().stream().filter(group -> !group.getKey().isEmpty()).map(group -> {
            ClassName name = apiClass(packages, group.getKey());
            String folder = group.getValue().get(0).group();
            TypeSpec.Builder type = TypeSpec.classBuilder(name)
                    .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                    .addAnnotation(Generated.ANNOTATION)
                    .addJavadoc("The requests of the collection's folder \"$L\".", Javadocs.line(folder))
                    .addField(packages.runtime("Transport"), "transport", Modifier.PRIVATE, Modifier.FINAL);
            MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                    .addJavadoc("Made by the client; use its {@code $L()} accessor.\n\n@param transport sends the calls",
                            group.getKey())
                    .addParameter(packages.runtime("Transport"), "transport")
                    .addStatement("this.transport = $T.requireNonNull(transport, $S)", Objects.class, "transport");
            addOperations(type, constructor, name, group.getValue(), Set.of("transport"));
            type.addMethod(constructor.build());
            return JavaFile.builder(packages.api(), type.build()).skipJavaLangImports(true).indent("    ").build();
        });
    }

    /**
     * Adds the methods of {@code operations} to a class that has a {@code transport} field, and
     * one reader field per result type, set up in {@code constructor}. A reader's name is clear of
     * {@code fields} (the class's other fields) and of every argument, which would hide it.
     */
    void addOperations(TypeSpec.Builder type, MethodSpec.Builder constructor, ClassName enclosing,
                       List<Operation> operations, Set<String> fields) {
        Map<String, String> readers = new LinkedHashMap<>();
        UniqueNames readerNames = new UniqueNames();
        fields.forEach(readerNames::claimExactly);
        List<JavaMethod> methods = methods(operations, enclosing);
        for (JavaMethod method : methods) {
            method.signature().args().forEach(arg -> readerNames.claimExactly(arg.name()));
            method.signature().body().ifPresent(body -> readerNames.claimExactly(body.name()));
        }
        Set<String> declared = new HashSet<>();
        for (JavaMethod method : methods) {
            Signatures.Signature signature = method.signature();
            if (signature.paramsRecord()) {
                type.addType(ParamsRecord.of(signature));
            }
            String reader = readers.computeIfAbsent(signature.result().reader().toString(), code -> {
                String name = readerNames.claim(readerName(signature.result().type()) + "Reader");
                type.addField(ParameterizedTypeName.get(packages.runtime("ResponseReader"), signature.result().type()),
                        name, Modifier.PRIVATE, Modifier.FINAL);
                constructor.addStatement("this.$L = $L", name, signature.result().reader());
                return name;
            });
            addMethods(type, method, reader, declared);
            type.addMethod(calls.of(signature));
            if (pendo != null && PendoAggregationApi.isAggregationCall(method.examples(), signature)) {
                String name = signature.operation().javaName();
                for (MethodSpec typed : pendo.addTypedMethods(type, name, name + "Call", exceptions.base())) {
                    index.add(indexed(method.signature().operation(), typed, List.of()));
                }
            }
        }
    }

    /**
     * A Java method: one operation, or the examples of one call (requests that make the same call
     * and differ only in their bodies, which the model gives one name), which share one method.
     */
    private record JavaMethod(Signatures.Signature signature, List<Operation> examples) {

        boolean merged() {
            return examples.size() > 1;
        }
    }

    /** The operations as methods, in the order they come: examples of one call merged into one. */
    private List<JavaMethod> methods(List<Operation> operations, ClassName enclosing) {
        Map<String, List<Operation>> calls = new LinkedHashMap<>();
        for (Operation operation : operations) {
            calls.computeIfAbsent(callKey(operation), k -> new ArrayList<>()).add(operation);
        }
        UniqueNames paramsNames = new UniqueNames();
        List<JavaMethod> methods = new ArrayList<>();
        for (List<Operation> examples : calls.values()) {
            String paramsName = Signatures.capitalize(examples.get(0).javaName()) + "Params";
            if (signatures.of(examples.get(0), enclosing, paramsName).paramsRecord()) {
                paramsName = paramsNames.claim(paramsName);
            }
            List<Signatures.Signature> each = new ArrayList<>();
            for (Operation example : examples) {
                each.add(signatures.of(example, enclosing, paramsName));
            }
            methods.add(new JavaMethod(signatures.merged(each), examples));
        }
        return methods;
    }

    /** Requests of one name that make the same call: the model names them alike only when they are examples of it. */
    private static String callKey(Operation operation) {
        StringBuilder key = new StringBuilder(operation.javaName()).append(' ').append(operation.method()).append(' ')
                .append(operation.path());
        operation.parameters().forEach(p -> key.append(' ').append(p.in()).append(':').append(p.name()).append(':')
                .append(p.required()).append(':').append(p.list()).append(':').append(p.shape().type()));
        return key.toString();
    }

    /** {@code Visitor} → visitor, {@code List<Page>} → pageList, {@code RowStream<VisitorsRow>} → visitorsRowRows. */
    private static String readerName(TypeName type) {
        if (type instanceof ParameterizedTypeName generic) {
            TypeName last = generic.typeArguments().get(generic.typeArguments().size() - 1);
            return readerName(last) + generic.rawType().simpleName().replace("RowStream", "Rows");
        }
        if (type.equals(TypeMapper.JSON_NODE)) {
            return "json";
        }
        if (type.equals(TypeMapper.STRING)) {
            return "text";
        }
        if (type instanceof ClassName name) {
            String simple = name.simpleName();
            return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        }
        return "result";
    }

    private void addMethods(TypeSpec.Builder type, JavaMethod method, String reader, Set<String> declared) {
        Signatures.Signature signature = method.signature();
        Operation operation = signature.operation();
        TypeName result = signature.result().type();
        TypeName future = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), result);
        List<ParameterSpec> parameters = new ArrayList<>();
        CodeBlock.Builder arguments = CodeBlock.builder();
        if (signature.paramsRecord()) {
            parameters.add(ParameterSpec.builder(signature.paramsType(), "params").build());
            arguments.add("params");
        } else {
            for (Signatures.Arg arg : signature.args()) {
                parameters.add(ParameterSpec.builder(arg.type(), arg.name()).build());
                arguments.add(arguments.isEmpty() ? "$L" : ", $L", arg.name());
            }
        }
        signature.body().ifPresent(body -> {
            parameters.add(ParameterSpec.builder(body.type(), body.name()).build());
            arguments.add(arguments.isEmpty() ? "$L" : ", $L", body.name());
        });
        String name = operation.javaName();
        String call = name + "Call";
        declared.add(erasure(name, parameters));
        // An answer without content returns nothing: void, not Void (the future's type keeps Void).
        boolean nothing = result.equals(TypeName.VOID.box());
        MethodSpec main = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", javadoc(method)).returns(nothing ? TypeName.VOID : result).addParameters(parameters)
                .addStatement((nothing ? "" : "return ") + "transport.send($L($L), $L)", call, arguments.build(), reader)
                .build();
        type.addMethod(main);
        index.add(indexed(operation, main, method.examples()));
        type.addMethod(MethodSpec.methodBuilder(name + "Async").addModifiers(Modifier.PUBLIC)
                .addJavadoc("Like {@link $L}, without blocking.\n$L\n@return $L, once it comes; the future fails with the"
                        + " same exceptions", link(name, parameters), paramTags(signature, true),
                        nothing ? "a future of nothing" : "the answer")
                .returns(future).addParameters(parameters)
                .addStatement("return transport.sendAsync($L($L), $L)", call, arguments.build(), reader)
                .build());
        if (signature.paramsRecord() && signature.allOptional()) {
            List<ParameterSpec> bodyOnly = signature.body().isPresent()
                    ? List.of(parameters.get(parameters.size() - 1)) : List.of();
            // Another method of the name may take exactly these arguments already (an overload of the call).
            if (declared.add(erasure(name, bodyOnly))) {
                String bodyArgument = signature.body().map(b -> ", " + b.name()).orElse("");
                type.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                        .addJavadoc("{@link $L} without any of its optional parameters.\n$L$L", link(name, parameters),
                                paramTags(signature, false), nothing ? "" : "\n@return " + returnDoc(signature))
                        .returns(nothing ? TypeName.VOID : result).addParameters(bodyOnly)
                        .addStatement((nothing ? "" : "return ") + "$L($T.builder().build()$L)", name,
                                signature.paramsType(), bodyArgument)
                        .build());
            }
        }
    }

    private static ClientMethod indexed(Operation operation, MethodSpec spec, List<Operation> examples) {
        return ClientMethod.of(operation.groupJavaName(), spec, operation.method() + " " + operation.path().toUriTemplate(),
                examples.stream().map(o -> o.location().itemPath()).toList());
    }

    /** {@code #get(String)}: a Javadoc link that tells overloads apart. */
    private static String link(String name, List<ParameterSpec> parameters) {
        return "#" + name + "(" + String.join(", ", parameters.stream().map(p -> simpleName(p.type())).toList()) + ")";
    }

    private static String erasure(String name, List<ParameterSpec> parameters) {
        return link(name, parameters);
    }

    private static String simpleName(TypeName type) {
        if (type instanceof ParameterizedTypeName generic) {
            return generic.rawType().simpleName();
        }
        if (type instanceof ClassName name) {
            return String.join(".", name.simpleNames());
        }
        return type.toString();
    }

    private CodeBlock javadoc(JavaMethod method) {
        Signatures.Signature signature = method.signature();
        Operation operation = signature.operation();
        CodeBlock.Builder doc = CodeBlock.builder();
        if (method.merged()) {
            doc.add("{@code $L $L}: the collection has $L examples of this call, which differ in their bodies:\n<ul>\n",
                    operation.method(), Javadocs.escape(operation.path().toString()), method.examples().size());
            for (Operation example : method.examples()) {
                doc.add("  <li>$L (request \"$L\")</li>\n", Javadocs.line(example.name()),
                        Javadocs.line(example.location().itemPath()));
            }
            doc.add("</ul>\n");
        } else {
            String prose = Javadocs.prose(operation.description());
            doc.add("$L", prose.isEmpty() ? Javadocs.line(operation.name()) + "." : prose);
            doc.add("\n\n<p>{@code $L $L} (request \"$L\").\n", operation.method(),
                    Javadocs.escape(operation.path().toString()), Javadocs.line(operation.location().itemPath()));
        }
        doc.add("$L", paramTags(signature, true));
        if (!signature.result().type().equals(TypeName.VOID.box())) {
            doc.add("\n@return $L", returnDoc(signature));
        }
        for (Response response : operation.responses()) {
            if (response.status() >= 400 && response.source() != ResponseSource.COLLECTION) {
                doc.add("\n@throws $T $L", exceptions.forStatus(response.status()),
                        response.status() + (response.reason().isEmpty() ? "" : ": " + Javadocs.line(response.reason())));
            }
        }
        if (signature.result().single()) {
            doc.add("\n@throws $T when the answer holds none (an empty list)", exceptions.forStatus(404));
        }
        doc.add("\n@throws $T for every other failed call, with its status, reason and body", exceptions.base());
        return doc.build();
    }

    /** The {@code @param} tags of a method of the call: its arguments (or {@code params}) if asked, and its body. */
    private static String paramTags(Signatures.Signature signature, boolean arguments) {
        StringBuilder tags = new StringBuilder();
        if (arguments && signature.paramsRecord()) {
            tags.append("\n@param params the request's parameters");
        } else if (arguments) {
            for (Signatures.Arg arg : signature.args()) {
                tags.append("\n@param ").append(arg.name()).append(' ').append(parameterDoc(arg.parameter()));
            }
        }
        signature.body().ifPresent(body -> tags.append("\n@param ").append(body.name()).append(" the request body"));
        return tags.toString();
    }

    private static String returnDoc(Signatures.Signature signature) {
        Response success = signature.operation().successResponse().orElseThrow();
        if (signature.result().rows()) {
            return "the rows of the answer, read one at a time; close them when done";
        }
        if (signature.result().single()) {
            return "the one element of the answer";
        }
        String reason = Javadocs.line(success.reason());
        return reason.isEmpty() ? "the answer" : "the answer (" + success.status() + ": " + reason + ")";
    }

    static String parameterDoc(Parameter parameter) {
        String text = Javadocs.line(parameter.description());
        String where = parameter.in().name().toLowerCase(java.util.Locale.ROOT) + " parameter {@code "
                + Javadocs.escape(parameter.name()) + "}";
        return text.isEmpty() ? "the " + where : text + " (" + where + ")";
    }
}
