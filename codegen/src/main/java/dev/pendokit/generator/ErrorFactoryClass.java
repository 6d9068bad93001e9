package dev.pendokit.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/**
 * The client's {@code ErrorFactory} ({@code PendoErrors}): how the transport makes the client's
 * exceptions, and the class of each documented status.
 */
final class ErrorFactoryClass {

    private final Packages packages;
    private final ClientPlan plan;
    private final Exceptions exceptions;

    ErrorFactoryClass(Packages packages, ClientPlan plan, Exceptions exceptions) {
        this.packages = packages;
        this.plan = plan;
        this.exceptions = exceptions;
    }

    TypeSpec type() {
        return TypeSpec.classBuilder(exceptions.factory())
                .addModifiers(Modifier.FINAL)
                .addAnnotation(Generated.ANNOTATION)
                .addSuperinterface(packages.runtime("ErrorFactory"))
                .addJavadoc("Maps failed calls to this client's exceptions.")
                .addMethod(httpError())
                .addMethod(MethodSpec.methodBuilder("ioError").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(exceptions.transport())
                        .addParameter(String.class, "operation").addParameter(String.class, "method")
                        .addParameter(String.class, "path").addParameter(IOException.class, "cause")
                        .addStatement("return new $T(operation + $S + method + $S + path + $S + cause, operation, cause)",
                                exceptions.transport(), ": ", " ", " got no answer: ")
                        .build())
                .addMethod(MethodSpec.methodBuilder("misconfigured").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(IllegalStateException.class)
                        .addParameter(String.class, "message")
                        .addStatement("return new $T(message)", IllegalStateException.class).build())
                .build();
    }

    private MethodSpec httpError() {
        ClassName error = packages.runtime("ApiError");
        CodeBlock.Builder choose = CodeBlock.builder()
                .addStatement("String message = error.message()")
                .addStatement("String operation = error.operation()")
                .addStatement("String reason = error.reason()")
                .addStatement("String body = error.bodyExcerpt()")
                .add("return switch (error.status()) {\n").indent();
        for (int status : plan.errorStatuses) {
            ClassName name = exceptions.forStatus(status);
            if (!name.equals(exceptions.clientError()) && !name.equals(exceptions.serverError())) {
                choose.add("case $L -> new $T(message, operation, reason, body);\n", status, name);
            }
        }
        choose.add("default -> error.status() >= 500\n").indent()
                .add("? new $T(message, operation, error.status(), reason, body)\n", exceptions.serverError())
                .add(": new $T(message, operation, error.status(), reason, body);\n", exceptions.clientError())
                .unindent().unindent().add("};\n");
        return MethodSpec.methodBuilder("httpError").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(exceptions.base()).addParameter(error, "error")
                .addCode(choose.build()).build();
    }
}
