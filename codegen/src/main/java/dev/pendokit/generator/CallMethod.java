package dev.pendokit.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.model.ResponseSource;
import dev.pendokit.collection.model.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The private method of an API class that turns a method's arguments into a {@code Call}: the
 * path, query, headers and body of the request, its authentication where it differs from the
 * client's, whether it may be retried, and the documented reasons of its error statuses.
 */
final class CallMethod {

    private final Packages packages;
    private final ClientPlan plan;

    CallMethod(Packages packages, ClientPlan plan) {
        this.packages = packages;
        this.plan = plan;
    }

    MethodSpec of(Signatures.Signature signature) {
        Operation operation = signature.operation();
        ClassName callType = packages.runtime("Call");
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.javaName() + "Call")
                .addModifiers(Modifier.PRIVATE).returns(callType);
        if (signature.paramsRecord()) {
            method.addParameter(signature.paramsType(), "params");
            method.addStatement("$T.requireNonNull(params, $S)", Objects.class, "params");
        } else {
            for (Signatures.Arg arg : signature.args()) {
                method.addParameter(arg.type(), arg.name());
                if (!arg.type().isPrimitive()) {
                    method.addStatement("$T.requireNonNull($L, $S)", Objects.class, arg.name(), arg.name());
                }
            }
        }
        signature.body().ifPresent(body -> {
            method.addParameter(body.type(), body.name());
            method.addStatement("$T.requireNonNull($L, $S)", Objects.class, body.name(), body.name());
        });
        CodeBlock.Builder code = CodeBlock.builder().add("return $T.builder($S, $S, $S, $S)", callType,
                operation.groupJavaName().isEmpty() ? operation.javaName()
                        : operation.groupJavaName() + "." + operation.javaName(),
                operation.method(), plan.server(operation.server()).key(), operation.path().toEncodedUriTemplate());
        code.indent();
        List<Signatures.Arg> formFields = new ArrayList<>();
        for (Signatures.Arg arg : signature.args()) {
            String value = signature.paramsRecord() ? "params." + arg.name() + "()" : arg.name();
            switch (arg.parameter().in()) {
                case PATH -> code.add("\n.pathParam($S, $L)", arg.parameter().name(), value);
                case QUERY -> code.add(arg.parameter().list() ? "\n.queryList($S, $L)" : "\n.query($S, $L)",
                        arg.parameter().name(), value);
                case HEADER -> code.add("\n.header($S, $L)", arg.parameter().name(), value);
                case FORM -> formFields.add(arg);
            }
        }
        for (Parameter constant : operation.parameters()) {
            if (constant.constant() && constant.in() == ParameterIn.HEADER) {
                code.add("\n.header($S, $S)", constant.name(), constant.example());
            } else if (constant.constant() && constant.in() == ParameterIn.QUERY) {
                code.add("\n.query($S, $S)", constant.name(), constant.example());
            }
        }
        addBody(code, signature, formFields);
        addCredential(code, operation.auth());
        // Call asks for JSON unless told otherwise.
        if (!signature.result().accept().equals("application/json")) {
            code.add("\n.accept($S)", signature.result().accept());
        }
        if (retryable(operation)) {
            code.add("\n.idempotent(true)");
        }
        for (Response response : operation.responses()) {
            if (response.status() >= 400 && response.source() == ResponseSource.DOCUMENTED) {
                code.add("\n.reason($L, $S)", response.status(), response.reason());
            }
        }
        code.add("\n.build();\n").unindent();
        return method.addCode(code.build()).build();
    }

    private void addBody(CodeBlock.Builder code, Signatures.Signature signature, List<Signatures.Arg> formFields) {
        ClassName forms = packages.runtime("Forms");
        if (!formFields.isEmpty()) {
            CodeBlock.Builder form = CodeBlock.builder().add("$T.builder()", forms);
            for (Signatures.Arg arg : formFields) {
                String value = signature.paramsRecord() ? "params." + arg.name() + "()" : arg.name();
                boolean file = arg.parameter().shape().type() == ScalarType.BINARY;
                form.add(file ? ".file($S, $L)" : ".field($S, $L)", arg.parameter().name(), value);
            }
            boolean multipart = signature.operation().requestBody().map(b -> b.kind() == BodyKind.MULTIPART_FORM)
                    .orElse(false);
            code.add("\n.body($L.$L())", form.build(), multipart ? "multipart" : "urlencoded");
            return;
        }
        signature.body().ifPresent(body -> {
            String mediaType = body.body().mediaType();
            switch (body.body().kind()) {
                case JSON, GRAPHQL -> code.add("\n.body(transport.json($L), $S)", body.name(), mediaType);
                case BINARY -> code.add("\n.body($L, $S)", body.name(), mediaType);
                default -> code.add("\n.textBody($L, $S)", body.name(), mediaType);
            }
        });
    }

    /** The call's authentication, where it differs from the client's default (set once, on the transport). */
    private void addCredential(CodeBlock.Builder code, AuthScheme auth) {
        if (!auth.equals(plan.defaultAuth())) {
            code.add("\n.authentication($L)", authentication(packages, plan, auth));
        }
    }

    /** {@code Authentication.apiKey("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)}. */
    static CodeBlock authentication(Packages packages, ClientPlan plan, AuthScheme auth) {
        ClassName authentication = packages.runtime("Authentication");
        List<String> keys = ClientPlan.credentialKeys(auth);
        if (auth instanceof AuthScheme.ApiKey key) {
            return CodeBlock.of("$T.apiKey($S, $S, $T.$L)", authentication, plan.credential(keys.get(0)).javaName(),
                    key.name(), packages.runtime("Call").nestedClass("KeyIn"),
                    key.in() == AuthScheme.In.QUERY ? "QUERY" : "HEADER");
        }
        if (auth instanceof AuthScheme.Bearer) {
            return CodeBlock.of("$T.bearer($S)", authentication, plan.credential(keys.get(0)).javaName());
        }
        if (auth instanceof AuthScheme.Basic) {
            return CodeBlock.of("$T.basic($S, $S)", authentication, plan.credential(keys.get(0)).javaName(),
                    plan.credential(keys.get(1)).javaName());
        }
        return CodeBlock.of("$T.NONE", authentication);
    }

    /**
     * GET, PUT and DELETE are retried for their method; a POST or PATCH only when the model says it
     * only reads (an aggregation query, or a request the user named).
     */
    private static boolean retryable(Operation operation) {
        return (operation.method().equals("POST") || operation.method().equals("PATCH")) && operation.readOnly();
    }
}
