package dev.pendokit.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.pendokit.runtime.StatusPhrases;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * The client's exceptions: {@code PendoException} with status, reason, operation and body
 * excerpt; {@code PendoClientErrorException} and {@code PendoServerErrorException} under it;
 * one class per documented error status ({@code PendoNotFoundException}); and
 * {@code PendoTransportException} for calls that got no answer.
 */
final class Exceptions {

    private final Packages packages;
    private final ClientPlan plan;
    private final String stem;

    Exceptions(Packages packages, ClientPlan plan, String stem) {
        this.packages = packages;
        this.plan = plan;
        this.stem = stem;
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
        List<TypeSpec> types = new ArrayList<>();
        types.add(baseType());
        types.add(family(clientError(), "An answer in the 4xx range: the request was not acceptable as sent."));
        types.add(family(serverError(), "An answer in the 5xx range: the server failed; retrying later may succeed."));
        types.add(transportType());
        for (int status : plan.errorStatuses) {
            ClassName name = forStatus(status);
            if (!name.equals(clientError()) && !name.equals(serverError())) {
                types.add(statusType(name, status));
            }
        }
        types.add(factoryType());
        return types.stream().map(type -> JavaFile.builder(packages.base(), type).skipJavaLangImports(true)
                .indent("    ").build());
    }

    private TypeSpec baseType() {
        ClassName error = packages.runtime("ApiError");
        return TypeSpec.classBuilder(base())
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Generated.ANNOTATION)
                .superclass(RuntimeException.class)
                .addJavadoc("A call of the $L client failed. {@link #status()} is 0 when no answer came.", stem)
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addField(String.class, "operation", Modifier.PRIVATE, Modifier.FINAL)
                .addField(int.class, "status", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "reason", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "bodyExcerpt", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addParameter(error, "error")
                        .addStatement("super(error.message())")
                        .addStatement("this.operation = error.operation()")
                        .addStatement("this.status = error.status()")
                        .addStatement("this.reason = error.reason()")
                        .addStatement("this.bodyExcerpt = error.bodyExcerpt()")
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED)
                        .addParameter(String.class, "operation").addParameter(String.class, "message")
                        .addParameter(Throwable.class, "cause")
                        .addStatement("super(message, cause)")
                        .addStatement("this.operation = operation")
                        .addStatement("this.status = 0")
                        .addStatement("this.reason = $S", "")
                        .addStatement("this.bodyExcerpt = $S", "")
                        .build())
                .addMethod(getter("operation", String.class, "The operation that failed, as {@code group.method}."))
                .addMethod(getter("status", int.class, "The HTTP status of the answer, 0 when there was none."))
                .addMethod(getter("reason", String.class, "What the documentation says this status means here."))
                .addMethod(getter("bodyExcerpt", String.class, "The start of the answer's body, on one line."))
                .build();
    }

    private TypeSpec family(ClassName name, String javadoc) {
        return TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Generated.ANNOTATION)
                .superclass(base())
                .addJavadoc("$L", javadoc)
                .addField(serial())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addParameter(packages.runtime("ApiError"), "error").addStatement("super(error)").build())
                .build();
    }

    private TypeSpec statusType(ClassName name, int status) {
        return TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Generated.ANNOTATION)
                .superclass(status >= 500 ? serverError() : clientError())
                .addJavadoc("The answer was $L.", status)
                .addField(serial())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addParameter(packages.runtime("ApiError"), "error").addStatement("super(error)").build())
                .build();
    }

    private TypeSpec transportType() {
        return TypeSpec.classBuilder(transport())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Generated.ANNOTATION)
                .superclass(base())
                .addJavadoc("A call got no answer: the connection failed, was reset, or the request timed out.")
                .addField(serial())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addParameter(String.class, "operation").addParameter(String.class, "message")
                        .addParameter(IOException.class, "cause")
                        .addStatement("super(operation, message, cause)").build())
                .build();
    }

    private TypeSpec factoryType() {
        ClassName error = packages.runtime("ApiError");
        CodeBlock.Builder choose = CodeBlock.builder().beginControlFlow("return switch (error.status())");
        for (int status : plan.errorStatuses) {
            ClassName name = forStatus(status);
            if (!name.equals(clientError()) && !name.equals(serverError())) {
                choose.addStatement("case $L -> new $T(error)", status, name);
            }
        }
        choose.addStatement("default -> error.status() >= 500 ? new $T(error) : new $T(error)", serverError(),
                clientError());
        choose.endControlFlow("");
        return TypeSpec.classBuilder(factory())
                .addModifiers(Modifier.FINAL)
                .addAnnotation(Generated.ANNOTATION)
                .addSuperinterface(packages.runtime("ErrorFactory"))
                .addJavadoc("Maps failed calls to this client's exceptions.")
                .addMethod(MethodSpec.methodBuilder("httpError").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(base()).addParameter(error, "error")
                        .addCode(choose.build()).build())
                .addMethod(MethodSpec.methodBuilder("ioError").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(transport())
                        .addParameter(String.class, "operation").addParameter(String.class, "method")
                        .addParameter(String.class, "path").addParameter(IOException.class, "cause")
                        .addStatement("return new $T(operation, operation + $S + method + $S + path + $S + cause, cause)",
                                transport(), ": ", " ", " got no answer: ")
                        .build())
                .addMethod(MethodSpec.methodBuilder("misconfigured").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(IllegalStateException.class)
                        .addParameter(String.class, "message")
                        .addStatement("return new $T(message)", IllegalStateException.class).build())
                .build();
    }

    private static FieldSpec serial() {
        return FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("1L").build();
    }

    private static MethodSpec getter(String name, Class<?> type, String javadoc) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type).addJavadoc("$L", javadoc)
                .addStatement("return $L", name).build();
    }
}
