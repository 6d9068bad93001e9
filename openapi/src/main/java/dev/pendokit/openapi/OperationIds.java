package dev.pendokit.openapi;

import dev.pendokit.collection.model.Operation;
import java.util.HashSet;
import java.util.Set;

/**
 * Operation ids from the client's names: group and method ({@code pagesList},
 * {@code aggregationsRun}), so code generated from the document names calls as pendokit's client
 * does. Overloads share a method name in Java but not an id here: later ones get a number.
 */
final class OperationIds {

    private final Set<String> taken = new HashSet<>();

    String of(Operation operation) {
        String method = operation.javaName().replaceAll("_+$", "");
        if (method.isEmpty()) {
            method = "call";
        }
        String base = operation.groupJavaName().isEmpty() ? method
                : operation.groupJavaName().replaceAll("_+$", "") + Character.toUpperCase(method.charAt(0))
                        + method.substring(1);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + n;
        }
        return id;
    }
}
