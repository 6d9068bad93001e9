package dev.pendokit.openapi;

import dev.pendokit.collection.model.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The requests of one method and path: OpenAPI has one operation there. Requests that differ only
 * in their bodies (Pendo's 50 aggregations) or in their query (a list and a lookup by id) are
 * examples of that operation; the first, in collection order, names it.
 */
record Call(List<Operation> requests) {

    Call {
        requests = List.copyOf(requests);
    }

    Operation first() {
        return requests.get(0);
    }

    String method() {
        return first().method().toLowerCase(Locale.ROOT);
    }

    /** The path as sent: a literal that a path cannot hold as written ({@code {{var}}}) is percent-encoded, so it never reads as a variable. */
    String path() {
        return first().path().toEncodedUriTemplate();
    }

    /** The model's operations as calls, in the order their first request comes. */
    static List<Call> of(List<Operation> operations) {
        Map<String, List<Operation>> byKey = new LinkedHashMap<>();
        for (Operation operation : operations) {
            byKey.computeIfAbsent(operation.method() + " " + operation.path().toEncodedUriTemplate(), k -> new ArrayList<>())
                    .add(operation);
        }
        return byKey.values().stream().map(Call::new).toList();
    }
}
