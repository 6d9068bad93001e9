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
import java.util.Optional;

/**
 * How each operation looks in Java: which parameters are arguments and which go into a
 * {@code Params} record (when some are optional, or there are more than four), what the body
 * argument is (a record where the body is documented, {@code JsonNode} otherwise, text for XML),
 * and what it returns (a record, a list, text for CSV and XML, rows for aggregations).
 */
final class Signatures {

    /** Operations with more parameters than this take a {@code Params} record. */
    static final int MAX_ARGUMENTS = 4;

    /** A method argument (or {@code Params} component) for a parameter. */
    record Arg(Parameter parameter, TypeName type, String name) {}

    /** The body argument. */
    record Body(RequestBody body, TypeName type, String name) {}

    /** What the operation returns and the expression that reads it. */
    record Result(TypeName type, CodeBlock reader, String accept, boolean rows) {}

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

    Signature of(Operation operation, ClassName enclosing) {
        UniqueNames names = new UniqueNames();
        // A Params record has builder(); a component with that name would clash with it.
        names.claimExactly("builder");
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
        ClassName paramsType = enclosing.nestedClass(capitalize(operation.javaName()) + "Params");
        Optional<Body> body = operation.requestBody()
                .filter(b -> b.kind() != BodyKind.FORM_URLENCODED && b.kind() != BodyKind.MULTIPART_FORM)
                .map(b -> new Body(b, bodyType(b), names.claim("body")));
        return new Signature(operation, args, paramsRecord, paramsType, body, result(operation));
    }

    private static TypeName parameterType(Parameter parameter) {
        if (parameter.shape().type() == ScalarType.BINARY) {
            return ClassName.get(Path.class);
        }
        TypeName type = TypeMapper.scalar(parameter.shape().type());
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
