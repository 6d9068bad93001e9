package dev.pendokit.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import javax.lang.model.element.Modifier;

/**
 * The client's {@code ErrorFactory} ({@code PendoErrors}): how the transport makes the client's
 * exceptions, the class of each documented status, and the API's name in the advice of an answer
 * that did not decode. The messages themselves come from the runtime, which knows what happened.
 */
final class ErrorFactoryClass {

    private final Packages packages;
    private final ClientPlan plan;
    private final Exceptions exceptions;
    private final String apiName;

    ErrorFactoryClass(Packages packages, ClientPlan plan, Exceptions exceptions, String apiName) {
        this.packages = packages;
        this.plan = plan;
        this.exceptions = exceptions;
        this.apiName = apiName;
    }

    TypeSpec type() {
        return TypeSpec.classBuilder(exceptions.factory())
                .addModifiers(Modifier.FINAL)
                .addAnnotation(Generated.ANNOTATION)
                .addSuperinterface(packages.runtime("ErrorFactory"))
                .addJavadoc("Maps failed calls to this client's exceptions.")
                .addMethod(httpError())
                .addMethod(MethodSpec.methodBuilder("decodeError").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(exceptions.decode())
                        .addParameter(packages.runtime("DecodeError"), "error")
                        .addStatement("return new $T(error.message($S), error.operation(),$Werror.status(),"
                                + "$Werror.contentType(),$Werror.location(),$Werror.bodyExcerpt(),$Werror.rowsDelivered())",
                                exceptions.decode(), advised(apiName))
                        .build())
                .addMethod(MethodSpec.methodBuilder("ioError").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(exceptions.transport())
                        .addParameter(String.class, "operation").addParameter(String.class, "method")
                        .addParameter(String.class, "path").addParameter(IOException.class, "cause")
                        .addStatement("return new $T(operation + $S + method + $S + path + $S + cause,$Woperation,"
                                + "$W$T.empty(),$Wcause)", exceptions.transport(), ": ", " ", " got no answer: ",
                                OptionalLong.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("brokenOff").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(exceptions.transport())
                        .addParameter(String.class, "message").addParameter(String.class, "operation")
                        .addParameter(OptionalLong.class, "rowsDelivered").addParameter(IOException.class, "cause")
                        .addStatement("return new $T(message, operation, rowsDelivered, cause)", exceptions.transport())
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
                .addStatement("$T retryAfter = error.retryAfter()", Duration.class)
                .add("return switch (error.status()) {\n").indent();
        for (int status : plan.errorStatuses) {
            ClassName name = exceptions.forStatus(status);
            if (!name.equals(exceptions.clientError()) && !name.equals(exceptions.serverError())) {
                choose.add("case $L -> new $T(message, operation, reason, body, retryAfter);\n", status, name);
            }
        }
        choose.add("default -> error.status() >= 500\n").indent()
                .add("? new $T(message, operation, error.status(), reason, body, retryAfter)\n", exceptions.serverError())
                .add(": new $T(message, operation, error.status(), reason, body, retryAfter);\n", exceptions.clientError())
                .unindent().unindent().add("};\n");
        return MethodSpec.methodBuilder("httpError").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(exceptions.base()).addParameter(error, "error")
                .addCode(choose.build()).build();
    }

    /**
     * The API as a decode error's advice names it: "the Pendo API" for the collection "Pendo API" (a
     * name that says API already), "the Postman Echo API" for "Postman Echo".
     */
    static String advised(String apiName) {
        String name = apiName.strip();
        if (name.isEmpty()) {
            return "the API";
        }
        return "the " + (name.matches("(?i).*\\bAPI\\b.*") ? name : name + " API");
    }
}
