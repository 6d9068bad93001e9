package dev.pendokit.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pendokit.runtime.StatusPhrases;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * The client's exceptions: {@code PendoException} with status, reason, operation, body excerpt
 * and the wait a {@code Retry-After} asked for; {@code PendoClientErrorException} and
 * {@code PendoServerErrorException} under it; one class per documented error status
 * ({@code PendoNotFoundException}); {@code PendoDecodeException} for answers that did not decode;
 * and {@code PendoTransportException} for calls that got no answer or whose rows broke off. The
 * hierarchy is sealed, and its public constructors take plain values (no runtime type), so a test
 * can make any of them. The factory the transport makes them with is {@link ErrorFactoryClass}.
 */
final class Exceptions {

    private final Packages packages;
    private final ClientPlan plan;
    private final String stem;
    private final String apiName;

    /**
     * @param apiName the collection's name ({@code Pendo API}), which the advice of a decode error names
     */
    Exceptions(Packages packages, ClientPlan plan, String stem, String apiName) {
        this.packages = packages;
        this.plan = plan;
        this.stem = stem;
        this.apiName = apiName;
    }

    ClassName base() {
        return packages.root(stem + "Exception");
    }

    ClassName clientError() {
        return packages.root(stem + "ClientErrorException");
    }

    ClassName serverError() {
        return packages.root(stem + "ServerErrorException");
    }

    ClassName transport() {
        return packages.root(stem + "TransportException");
    }

    ClassName decode() {
        return packages.root(stem + "DecodeException");
    }

    /**
     * The exception thrown for {@code status}: a class of its own, named by its reason phrase
     * ({@code NotFound}), where the status is documented and has a standard phrase; else the family's.
     */
    ClassName forStatus(int status) {
        String name = StatusPhrases.of(status).replaceAll("[^A-Za-z]", "");
        if (status >= 400 && !name.isEmpty() && plan.errorStatuses.contains(status)) {
            return packages.root(stem + name + "Exception");
        }
        return status >= 500 ? serverError() : clientError();
    }

    /** The factory the transport uses to make these exceptions. */
    ClassName factory() {
        return packages.root(stem + "Errors");
    }

    Stream<JavaFile> generate() {
        List<ClassName> clientErrors = new ArrayList<>();
        List<ClassName> serverErrors = new ArrayList<>();
        List<TypeSpec> statuses = new ArrayList<>();
        for (int status : plan.errorStatuses) {
            ClassName name = forStatus(status);
            if (!name.equals(clientError()) && !name.equals(serverError())) {
                statuses.add(statusType(name, status));
                (status >= 500 ? serverErrors : clientErrors).add(name);
            }
        }
        List<TypeSpec> types = new ArrayList<>();
        types.add(baseType());
        types.add(family(clientError(), clientErrors, "An answer in the 4xx range: the request was not acceptable as sent."));
        types.add(family(serverError(), serverErrors,
                "An answer in the 5xx range: the server failed; retrying later may succeed."));
        types.add(transportType());
        types.add(decodeType());
        types.addAll(statuses);
        types.add(new ErrorFactoryClass(packages, plan, this, apiName).type());
        return types.stream().map(type -> JavaFile.builder(packages.base(), type).skipJavaLangImports(true)
                .indent("    ").build());
    }

    /**
     * The root of the hierarchy: abstract and sealed, so a {@code switch} over a caught exception
     * knows every kind there is (an error answer of either family, an answer that did not decode,
     * or no answer at all).
     */
    private TypeSpec baseType() {
        return TypeSpec.classBuilder(base())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.SEALED)
                .addAnnotation(Generated.ANNOTATION)
                .superclass(RuntimeException.class)
                .addPermittedSubclasses(List.of(clientError(), serverError(), decode(), transport()))
                .addJavadoc("A call of the $L client failed: an error answer ({@link $T}, {@link $T}), an answer that did\n"
                        + "not decode ({@link $T}) or none ({@link $T}, whose {@link #status()} is 0).", stem, clientError(),
                        serverError(), decode(), transport())
                .addField(serial())
                // Serialized with the exception, so documented as its serialized form.
                .addField(field(String.class, "operation", "The operation that failed, as {@code group.method}."))
                .addField(field(int.class, "status", "The HTTP status of the answer, 0 when there was none."))
                .addField(field(String.class, "reason", "What the documentation says the status means here."))
                .addField(field(String.class, "bodyExcerpt", "The start of the answer's body, on one line."))
                .addField(field(Duration.class, "retryAfter",
                        "The wait the answer's {@code Retry-After} asked for; null when it asked none."))
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("An answer.\n\n$L", answerParams(true, true))
                        .addParameters(answerParameters(true, true))
                        .addStatement("super(message)")
                        .addStatement("this.operation = operation")
                        .addStatement("this.status = status")
                        .addStatement("this.reason = reason")
                        .addStatement("this.bodyExcerpt = bodyExcerpt")
                        .addStatement("this.retryAfter = retryAfter")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("No answer.\n\n@param message what failed, for people\n"
                                + "@param operation the operation that failed, as {@code group.method}\n"
                                + "@param cause why no answer came")
                        .addParameter(String.class, "message").addParameter(String.class, "operation")
                        .addParameter(Throwable.class, "cause")
                        .addStatement("super(message, cause)")
                        .addStatement("this.operation = operation")
                        .addStatement("this.status = 0")
                        .addStatement("this.reason = $S", "")
                        .addStatement("this.bodyExcerpt = $S", "")
                        .addStatement("this.retryAfter = null")
                        .build())
                .addMethod(getter("operation", String.class, "The operation that failed.",
                        "the operation, as {@code group.method} ({@code visitors.get})"))
                .addMethod(getter("status", int.class, "The HTTP status of the answer.", "the status, 0 when there was none"))
                .addMethod(getter("reason", String.class, "What the documentation says this status means here.",
                        "the documented reason, empty when there is none"))
                .addMethod(getter("bodyExcerpt", String.class, "The start of the answer's body, on one line.",
                        "the excerpt, empty when there was no body"))
                .addMethod(MethodSpec.methodBuilder("retryAfter").addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(Optional.class, Duration.class))
                        .addJavadoc("How long the server asked to wait before calling again ({@code Retry-After}). When it\n"
                                + "asked for longer than the retry policy waits, the call failed at once rather than\n"
                                + "retrying, and this says when to call again.\n\n"
                                + "@return the wait; empty when the answer asked none, or there was no answer")
                        .addStatement("return $T.ofNullable(retryAfter)", Optional.class).build())
                .build();
    }

    /**
     * A family of error answers: sealed over the documented statuses it has classes for, and
     * itself the exception of the family's other statuses; final when none is documented.
     */
    private TypeSpec family(ClassName name, List<ClassName> statuses, String javadoc) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, statuses.isEmpty() ? Modifier.FINAL : Modifier.SEALED)
                .addAnnotation(Generated.ANNOTATION)
                .superclass(base())
                .addJavadoc("$L", javadoc)
                .addField(serial())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("An answer with this status.\n\n$L", answerParams(true, true))
                        .addParameters(answerParameters(true, true))
                        .addStatement("super(message, operation, status, reason, bodyExcerpt, retryAfter)").build());
        if (!statuses.isEmpty()) {
            type.addPermittedSubclasses(statuses);
        }
        return type.build();
    }

    private TypeSpec statusType(ClassName name, int status) {
        return TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Generated.ANNOTATION)
                .superclass(status >= 500 ? serverError() : clientError())
                .addJavadoc("The answer was $L ($L).", status, StatusPhrases.of(status))
                .addField(serial())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("An answer with status $L.\n\n$L", status, answerParams(false, true))
                        .addParameters(answerParameters(false, true))
                        .addStatement("super(message, operation, $L, reason, bodyExcerpt, retryAfter)", status).build())
                .build();
    }

    private static List<ParameterSpec> answerParameters(boolean withStatus, boolean withRetryAfter) {
        List<ParameterSpec> parameters = new ArrayList<>();
        parameters.add(ParameterSpec.builder(String.class, "message").build());
        parameters.add(ParameterSpec.builder(String.class, "operation").build());
        if (withStatus) {
            parameters.add(ParameterSpec.builder(int.class, "status").build());
        }
        parameters.add(ParameterSpec.builder(String.class, "reason").build());
        parameters.add(ParameterSpec.builder(String.class, "bodyExcerpt").build());
        if (withRetryAfter) {
            parameters.add(ParameterSpec.builder(Duration.class, "retryAfter").build());
        }
        return parameters;
    }

    private static String answerParams(boolean withStatus, boolean withRetryAfter) {
        return "@param message what failed, for people\n"
                + "@param operation the operation that failed, as {@code group.method}\n"
                + (withStatus ? "@param status the HTTP status of the answer\n" : "")
                + "@param reason what the documentation says the status means here\n"
                + "@param bodyExcerpt the start of the answer's body, on one line"
                + (withRetryAfter ? "\n@param retryAfter the wait the answer's {@code Retry-After} asked for; null when none" : "");
    }

    private TypeSpec transportType() {
        return TypeSpec.classBuilder(transport())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Generated.ANNOTATION)
                .superclass(base())
                .addJavadoc("A call got no answer: the connection failed, was reset, or the request timed out. Or the answer\n"
                        + "broke off after its status came; if its rows were streaming, {@link #rowsDelivered()} says after\n"
                        + "how many, so a job that stored them can resume after the last.")
                .addField(serial())
                .addField(rowsDeliveredField())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("No answer, or one that broke off.\n\n@param message what failed, for people\n"
                                + "@param operation the operation that failed, as {@code group.method}\n"
                                + "@param rowsDelivered the rows handed over before the answer broke off; empty when no"
                                + " rows were streaming\n"
                                + "@param cause why no answer came")
                        .addParameter(String.class, "message").addParameter(String.class, "operation")
                        .addParameter(OptionalLong.class, "rowsDelivered")
                        .addParameter(IOException.class, "cause")
                        .addStatement("super(message, operation, cause)")
                        .addStatement("this.rowsDelivered = rowsDelivered.orElse(-1)").build())
                .addMethod(rowsDeliveredGetter("broke off"))
                .build();
    }

    /**
     * A 2xx answer whose body did not decode: not a network fault, and never retried, since the
     * same answer would fail the same way.
     */
    private TypeSpec decodeType() {
        return TypeSpec.classBuilder(decode())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Generated.ANNOTATION)
                .superclass(base())
                .addJavadoc("A call got an answer, but its body did not decode into what the call returns: HTML from a proxy\n"
                        + "or a login page, JSON cut short, or JSON of other types than documented. It is not retried: the\n"
                        + "same answer would fail the same way. Check the base URL, and that the server serves the API\n"
                        + "version this client was generated from.")
                .addField(serial())
                .addField(field(String.class, "contentType", "The answer's Content-Type, empty when it had none."))
                .addField(field(String.class, "location", "Where decoding failed: a JSON path, line and column."))
                .addField(rowsDeliveredField())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("An answer that did not decode.\n\n@param message what failed, for people\n"
                                + "@param operation the operation that failed, as {@code group.method}\n"
                                + "@param status the HTTP status of the answer\n"
                                + "@param contentType the answer's Content-Type, empty when it had none\n"
                                + "@param location where decoding failed: a JSON path, line and column\n"
                                + "@param bodyExcerpt the start of the answer's body, on one line\n"
                                + "@param rowsDelivered the rows handed over before the one that failed, for rows read one"
                                + " at a time; else empty")
                        .addParameter(String.class, "message").addParameter(String.class, "operation")
                        .addParameter(int.class, "status").addParameter(String.class, "contentType")
                        .addParameter(String.class, "location").addParameter(String.class, "bodyExcerpt")
                        .addParameter(OptionalLong.class, "rowsDelivered")
                        .addStatement("super(message, operation, status, $S, bodyExcerpt, null)", "")
                        .addStatement("this.contentType = contentType")
                        .addStatement("this.location = location")
                        .addStatement("this.rowsDelivered = rowsDelivered.orElse(-1)").build())
                .addMethod(getter("contentType", String.class, "The answer's Content-Type: {@code text/html} tells a web page"
                        + " from the API.", "the Content-Type, empty when the answer had none"))
                .addMethod(getter("location", String.class, "Where decoding failed.",
                        "a JSON path with line and column ({@code $.results[2].count (line 1, column 70)}), or the line"
                                + " and column alone"))
                .addMethod(rowsDeliveredGetter("failed"))
                .build();
    }

    /** Stored as a long (-1 for none), since an {@code OptionalLong} field would not serialize. */
    private static FieldSpec rowsDeliveredField() {
        return field(long.class, "rowsDelivered", "The rows handed over before the failure, -1 when none were streaming.");
    }

    private static MethodSpec rowsDeliveredGetter(String failed) {
        return MethodSpec.methodBuilder("rowsDelivered").addModifiers(Modifier.PUBLIC).returns(OptionalLong.class)
                .addJavadoc("For rows read one at a time, how many were handed over before the answer $L: a job that\n"
                        + "stored them resumes after the last.\n\n"
                        + "@return the rows delivered; empty when the call returned no rows", failed)
                .addStatement("return rowsDelivered < 0 ? $T.empty() : $T.of(rowsDelivered)", OptionalLong.class,
                        OptionalLong.class)
                .build();
    }

    private static FieldSpec field(Class<?> type, String name, String javadoc) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL).addJavadoc("$L", javadoc).build();
    }

    private static FieldSpec serial() {
        return FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("1L").build();
    }

    private static MethodSpec getter(String name, Class<?> type, String javadoc, String returns) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type)
                .addJavadoc("$L\n\n@return $L", javadoc, returns).addStatement("return $L", name).build();
    }
}
