package dev.pendokit.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One public method of a generated client, as a line of the index of its API: what a reviewer
 * needs to see the whole API at a glance. The {@code Async} twin of each method and the overload
 * without optional parameters are left out: they follow from the method.
 *
 * @param accessor the client's accessor of the method's class ({@code pages}), "" for a method on the client
 * @param declaration the method with its types' simple names ({@code Page get(String id)})
 * @param call the HTTP call it makes ({@code GET /api/v1/visitor/{visitorId}})
 * @param requests the collection's requests it sends ("Page/Return a Specific Page"), several for
 *     the examples of one call, none for a method that sends what it is given (a typed aggregation)
 */
public record ClientMethod(String accessor, String declaration, String call, List<String> requests) {

    public ClientMethod {
        requests = List.copyOf(requests);
    }

    static ClientMethod of(String accessor, MethodSpec method, String call, List<String> requests) {
        String typeVariables = method.typeVariables().isEmpty() ? ""
                : method.typeVariables().stream().map(ClientMethod::simple).collect(Collectors.joining(", ", "<", "> "));
        String parameters = method.parameters().stream().map(p -> simple(p.type()) + " " + p.name())
                .collect(Collectors.joining(", "));
        return new ClientMethod(accessor,
                typeVariables + simple(method.returnType()) + " " + method.name() + "(" + parameters + ")", call,
                requests);
    }

    /** {@code java.util.List<dev.pendokit.pendo.model.Page>} → {@code List<Page>}. */
    private static String simple(TypeName type) {
        if (type instanceof ParameterizedTypeName generic) {
            return generic.rawType().simpleName() + generic.typeArguments().stream().map(ClientMethod::simple)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof ClassName name) {
            return name.simpleName();
        }
        if (type instanceof WildcardTypeName wildcard) {
            return wildcard.upperBounds().get(0).equals(ClassName.OBJECT) ? "?"
                    : "? extends " + simple(wildcard.upperBounds().get(0));
        }
        if (type instanceof TypeVariableName variable) {
            return variable.name();
        }
        return type.toString();
    }
}
