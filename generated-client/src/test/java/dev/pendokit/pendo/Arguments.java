package dev.pendokit.pendo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.json.LenientJson;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.RequestBody;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The arguments of a generated method, from the examples the collection gives: parameters in
 * the model's order (a {@code Params} record built through its builder when the method takes
 * one), then the body, read from the example as the method's body type.
 */
public final class Arguments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Arguments() {}

    public static Object[] of(Operation operation, Method method) throws Exception {
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
            arguments[next++] = params(types[0], parameters);
        } else {
            for (Parameter parameter : parameters) {
                arguments[next] = value(parameter.example(), types[next]);
                next++;
            }
        }
        if (next < types.length) {
            arguments[next] = body(operation.requestBody().orElseThrow(), types[next]);
        }
        return arguments;
    }

    /** The overload with the most parameters: the one that takes them all. */
    public static Method widest(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name))
                .max(Comparator.comparingInt(Method::getParameterCount))
                .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " has no method " + name));
    }

    /** The body the example gives, as JSON (what the client must send for a JSON body). */
    public static JsonNode exampleBody(Operation operation) throws Exception {
        RequestBody body = operation.requestBody().orElseThrow();
        return body.exampleJson().orElseGet(() -> parse(body.example()));
    }

    private static Object params(Class<?> type, List<Parameter> parameters) throws Exception {
        Object builder = type.getMethod("builder").invoke(null);
        for (Parameter parameter : parameters) {
            Method setter = setter(builder.getClass(), parameter.javaName());
            setter.invoke(builder, value(parameter.example(), setter.getParameterTypes()[0]));
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

    private static Object body(RequestBody body, Class<?> type) throws Exception {
        if (type == String.class) {
            return body.example();
        }
        JsonNode example = body.exampleJson().orElseGet(() -> parse(body.example()));
        return type == JsonNode.class ? example : JSON.treeToValue(example, type);
    }

    private static Object value(String example, Class<?> type) {
        if (type == String.class) {
            return example;
        }
        if (type == long.class || type == Long.class) {
            return Long.parseLong(example);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.parseBoolean(example);
        }
        if (type == double.class || type == Double.class) {
            return Double.parseDouble(example);
        }
        throw new AssertionError("no example value for a " + type);
    }

    private static JsonNode parse(String text) {
        try {
            return LenientJson.parse(text).value();
        } catch (LenientJson.SyntaxError e) {
            throw new AssertionError(e);
        }
    }
}
