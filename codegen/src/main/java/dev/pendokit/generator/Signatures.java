package dev.pendokit.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.RequestBody;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.model.ScalarType;
import dev.pendokit.collection.model.Shape;
import dev.pendokit.collection.naming.UniqueNames;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How each operation looks in Java: which parameters are arguments and which go into a
 * {@code Params} record (when some are optional, or there are more than four), what the body
 * argument is (a record where the body is documented, {@code JsonNode} otherwise, text for XML),
 * and what it returns (a record, a list, text for CSV and XML, rows for aggregations).
 */
final class Signatures {

    /** Operations with more parameters than this take a {@code Params} record (the model's OperationNamer agrees). */
    static final int MAX_ARGUMENTS = 4;
    private static final Set<String> ONE = Set.of("a", "an", "one");
    private static final Set<String> MANY = Set.of("list", "all", "multiple", "many");

    /** A method argument (or {@code Params} component) for a parameter. */
    record Arg(Parameter parameter, TypeName type, String name) {}

    /** The body argument. */
    record Body(RequestBody body, TypeName type, String name) {}

    /**
     * What the operation returns and the expression that reads it.
     *
     * @param single whether the answer is a list of which the method returns the one element
     */
    record Result(TypeName type, CodeBlock reader, String accept, boolean rows, boolean single) {

        Result(TypeName type, CodeBlock reader, String accept, boolean rows) {
            this(type, reader, accept, rows, false);
        }
    }

    record Signature(Operation operation, List<Arg> args, boolean paramsRecord, ClassName paramsType,
                     Optional<Body> body, Result result) {

        boolean allOptional() {
            return args.stream().noneMatch(a -> a.parameter().required());
        }
    }

    private final TypeMapper types;
    private final Packages packages;

    Signatures(TypeMapper types, Packages packages) {
        this.types = types;
        this.packages = packages;
    }

    /** @param paramsName the name of the operation's {@code Params} record, should it take one */
    Signature of(Operation operation, ClassName enclosing, String paramsName) {
        UniqueNames names = new UniqueNames();
        // A Params record has builder(); a component with that name would clash with it. An argument
        // called transport would hide the field the method sends with.
        names.claimExactly("builder");
        names.claimExactly("transport");
        List<Arg> args = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>(operation.parameters());
        operation.requestBody().ifPresent(b -> parameters.addAll(b.formFields()));
        for (Parameter parameter : parameters) {
            if (parameter.constant()) {
                continue;
            }
            args.add(new Arg(parameter, parameterType(parameter), names.claim(parameter.javaName())));
        }
        boolean optional = args.stream().anyMatch(a -> !a.parameter().required());
        boolean paramsRecord = optional || args.size() > MAX_ARGUMENTS;
        ClassName paramsType = enclosing.nestedClass(paramsName);
        Optional<Body> body = operation.requestBody()
                .filter(b -> b.kind() != BodyKind.FORM_URLENCODED && b.kind() != BodyKind.MULTIPART_FORM)
                .map(b -> new Body(b, bodyType(b), names.claim("body")));
        return new Signature(operation, args, paramsRecord, paramsType, body, result(operation));
    }

    /**
     * One signature for the examples of one call (same arguments, other bodies): a body of the type
     * they all have, else {@code JsonNode}; a result of the type they all have, else rows or a tree
     * of JSON.
     */
    Signature merged(List<Signature> examples) {
        Signature first = examples.get(0);
        if (examples.size() == 1) {
            return first;
        }
        Optional<Body> body = first.body();
        Optional<TypeName> bodyType = body.map(Body::type);
        if (body.isPresent() && examples.stream().anyMatch(e -> !e.body().map(Body::type).equals(bodyType))) {
            body = Optional.of(new Body(body.get().body(), TypeMapper.JSON_NODE, body.get().name()));
        }
        Result result = first.result();
        if (examples.stream().anyMatch(e -> !e.result().type().equals(first.result().type()))) {
            boolean rows = examples.stream().allMatch(e -> e.result().rows());
            ClassName readers = packages.runtime("Readers");
            result = rows
                    ? new Result(ParameterizedTypeName.get(packages.runtime("RowStream"), TypeMapper.JSON_NODE),
                            CodeBlock.of("$T.rows(transport.mapper(), $T.class)", readers, TypeMapper.JSON_NODE),
                            "application/json", true)
                    : new Result(TypeMapper.JSON_NODE, CodeBlock.of("$T.tree(transport.mapper())", readers),
                            "application/json", false);
        }
        return new Signature(first.operation(), first.args(), first.paramsRecord(), first.paramsType(), body, result);
    }

    private static TypeName parameterType(Parameter parameter) {
        if (parameter.shape().type() == ScalarType.BINARY) {
            return ClassName.get(Path.class);
        }
        TypeName type = TypeMapper.scalar(parameter.shape().type());
        if (parameter.list()) {
            return ParameterizedTypeName.get(TypeMapper.LIST, type.box());
        }
        return parameter.required() ? type : type.box();
    }

    private TypeName bodyType(RequestBody body) {
        return switch (body.kind()) {
            case JSON -> TypeMapper.documented(body.shape()) ? types.type(body.shape()) : TypeMapper.JSON_NODE;
            case BINARY -> TypeName.get(byte[].class);
            default -> TypeMapper.STRING;
        };
    }

    private Result result(Operation operation) {
        Optional<Response> success = operation.successResponse();
        if (success.isEmpty()) {
            return new Result(TypeName.VOID.box(), CodeBlock.of("$T.discard()", packages.runtime("Readers")),
                    "application/json", false);
        }
        Response response = success.get();
        ClassName readers = packages.runtime("Readers");
        if (response.status() == 204) {
            return new Result(TypeName.VOID.box(), CodeBlock.of("$T.discard()", readers), "*/*", false);
        }
        switch (response.kind()) {
            case CSV, XML, TEXT:
                return new Result(TypeMapper.STRING, CodeBlock.of("$T.text()", readers), response.mediaType(), false);
            case BINARY:
                return new Result(ClassName.get(InputStream.class), CodeBlock.of("$T.stream()", readers),
                        response.mediaType(), false);
            default:
                break;
        }
        Optional<Shape> rows = rows(response);
        if (rows.isPresent()) {
            TypeName row = types.type(rows.get());
            return new Result(ParameterizedTypeName.get(packages.runtime("RowStream"), row),
                    CodeBlock.of("$T.rows(transport.mapper(), $T.class)", readers, rawType(row)), "application/json",
                    true);
        }
        if (namesOne(operation) && response.shape() instanceof ArrayShape array) {
            TypeName one = types.type(array.items());
            CodeBlock reader = one instanceof ParameterizedTypeName
                    ? CodeBlock.of("$T.first(transport.mapper(), new $T<$T>() {}, $S)", readers,
                            ClassName.get("com.fasterxml.jackson.core.type", "TypeReference"), one, thing(operation))
                    : CodeBlock.of("$T.first(transport.mapper(), $T.class, $S)", readers, one, thing(operation));
            return new Result(one, reader, "application/json", false, true);
        }
        TypeName type = types.type(response.shape());
        if (type.equals(TypeMapper.JSON_NODE)) {
            return new Result(type, CodeBlock.of("$T.tree(transport.mapper())", readers), "application/json", false);
        }
        if (type instanceof ParameterizedTypeName) {
            return new Result(type, CodeBlock.of("$T.json(transport.mapper(), new $T<$T>() {})", readers,
                    ClassName.get("com.fasterxml.jackson.core.type", "TypeReference"), type), "application/json",
                    false);
        }
        return new Result(type, CodeBlock.of("$T.json(transport.mapper(), $T.class)", readers, type),
                "application/json", false);
    }

    /**
     * Whether a GET that answers a list is asked for one thing: its title's second word is an
     * article ({@code Return a Specific Page}) and it says nothing of lists, and it takes no list of
     * values. Pendo answers such requests with a list of one; the method returns the one.
     */
    static boolean namesOne(Operation operation) {
        List<String> words = List.of(operation.name().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        return operation.method().equals("GET") && words.size() > 2 && ONE.contains(words.get(1))
                && words.stream().noneMatch(MANY::contains)
                && operation.parameters().stream().noneMatch(Parameter::list);
    }

    /** What the one thing is, for the message when the list is empty: {@code Return a Specific Page} → page. */
    private static String thing(Operation operation) {
        String[] words = operation.name().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        return words[words.length - 1];
    }

    /** The row shape when the response is an envelope of rows ({@code {"results": [...]}}). */
    static Optional<Shape> rows(Response response) {
        if (response.shape() instanceof ObjectShape object && object.origin() == ObjectShape.Origin.ENVELOPE) {
            return object.field("results").map(f -> f.shape())
                    .filter(ArrayShape.class::isInstance).map(s -> ((ArrayShape) s).items());
        }
        return Optional.empty();
    }

    /** The shape whose types a success response makes the client use: its rows, or itself. */
    static Shape rowOrResult(Response response) {
        return rows(response).orElse(response.shape());
    }

    private static TypeName rawType(TypeName type) {
        return type instanceof ParameterizedTypeName generic ? generic.rawType() : type;
    }

    static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Form fields (urlencoded or multipart) of an operation, which become arguments too. */
    static boolean isFormField(Parameter parameter) {
        return parameter.in() == ParameterIn.FORM;
    }
}
