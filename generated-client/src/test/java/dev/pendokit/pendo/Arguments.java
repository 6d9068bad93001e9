package dev.pendokit.pendo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.request.DocumentedRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The arguments of a generated method that make the client send an operation's documented
 * request ({@link DocumentedRequest}): each parameter with the value the request carries (none
 * for an optional one it leaves out), in the model's order, a {@code Params} record built through
 * its builder when the method takes one, then the body as the method's body type.
 */
public final class Arguments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Arguments() {}

    public static Object[] of(DocumentedRequest request, Method method) throws Exception {
        Operation operation = request.operation();
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.constant()) {
                parameters.add(parameter);
            }
        }
        operation.requestBody().ifPresent(b -> parameters.addAll(b.formFields()));
        Class<?>[] types = method.getParameterTypes();
        Object[] arguments = new Object[types.length];
        int next = 0;
        if (types.length > 0 && types[0].getSimpleName().endsWith("Params")) {
            arguments[next++] = params(types[0], parameters, request);
        } else {
            for (Parameter parameter : parameters) {
                arguments[next] = value(request.values().get(parameter), parameter, types[next]);
                next++;
            }
        }
        if (next < types.length) {
            arguments[next] = body(request.body().orElseThrow(), types[next]);
        }
        return arguments;
    }

    /**
     * The generated method that sends the operation's request: of the methods of its name (overloads
     * and the examples of one call share one), the one whose arguments are the operation's: one
     * {@code Params} record where some are optional or there are many, else each in order, a
     * {@code List} for a list parameter; then the body.
     */
    public static Method method(Class<?> api, Operation operation) {
        List<Parameter> arguments = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.constant()) {
                arguments.add(parameter);
            }
        }
        operation.requestBody().ifPresent(b -> arguments.addAll(b.formFields()));
        boolean record = arguments.size() > 4 || arguments.stream().anyMatch(p -> !p.required());
        boolean body = operation.requestBody().map(b -> b.formFields().isEmpty()).orElse(false);
        // The typed aggregation methods (generic: run(Aggregation<R>)) send a built query, not the documented body.
        List<Method> matching = Arrays.stream(api.getMethods()).filter(m -> m.getName().equals(operation.javaName()))
                .filter(m -> m.getTypeParameters().length == 0).filter(m -> takes(m, arguments, record, body)).toList();
        if (matching.size() != 1) {
            throw new AssertionError(api.getSimpleName() + " has " + matching.size() + " methods "
                    + operation.javaName() + " taking the arguments of " + operation.location().itemPath());
        }
        return matching.get(0);
    }

    private static boolean takes(Method method, List<Parameter> arguments, boolean record, boolean body) {
        Class<?>[] types = method.getParameterTypes();
        int expected = (record ? 1 : arguments.size()) + (body ? 1 : 0);
        if (types.length != expected) {
            return false;
        }
        if (record) {
            return types[0].getSimpleName().endsWith("Params");
        }
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).list() != List.class.isAssignableFrom(types[i])) {
                return false;
            }
        }
        return true;
    }

    private static Object params(Class<?> type, List<Parameter> parameters, DocumentedRequest request)
            throws Exception {
        Object builder = type.getMethod("builder").invoke(null);
        for (Parameter parameter : parameters) {
            String value = request.values().get(parameter);
            if (value != null) {
                Method setter = setter(builder.getClass(), parameter.javaName());
                setter.invoke(builder, value(value, parameter, setter.getParameterTypes()[0]));
            }
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Method setter(Class<?> builder, String name) {
        for (Method method : builder.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1) {
                return method;
            }
        }
        throw new AssertionError("no setter " + name + " on " + builder.getName());
    }

    private static Object body(DocumentedRequest.Body body, Class<?> type) throws Exception {
        if (type == String.class) {
            // A JSON string body ("YES") is the string; a text body (XLIFF) is its text.
            return body.json().filter(JsonNode::isTextual).map(JsonNode::asText).orElse(body.text());
        }
        JsonNode json = body.json().orElseThrow(() -> new AssertionError("a " + type.getSimpleName()
                + " body from a body that is not JSON: " + body.text()));
        return type == JsonNode.class ? json : JSON.treeToValue(json, type);
    }

    private static Object value(String value, Parameter parameter, Class<?> type) {
        if (value != null && parameter.list()) {
            return List.of(value.split(","));
        }
        if (value == null || type == String.class) {
            return value;
        }
        if (type == long.class || type == Long.class) {
            return Long.parseLong(value);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.parseBoolean(value);
        }
        if (type == double.class || type == Double.class) {
            return Double.parseDouble(value);
        }
        throw new AssertionError("no value for a " + type);
    }
}
