package dev.pendokit.drift.live;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import java.util.List;

/**
 * The operations a live check may call: those that only read. A nightly run against a customer's
 * subscription must change nothing in it, so everything else (POST, PUT, PATCH, DELETE: segments
 * created, guides reset, visitors deleted) is left alone and not counted as checked.
 */
final class ReadOnlyOperations {

    /** Pendo's aggregation takes its query as a POST body, but only reads. */
    static final String AGGREGATION = "/api/v1/aggregation";

    private ReadOnlyOperations() {}

    static List<Operation> of(ApiModel model) {
        return model.operations().stream().filter(ReadOnlyOperations::isReadOnly).toList();
    }

    static boolean isReadOnly(Operation operation) {
        return operation.method().equals("GET")
                || (operation.method().equals("POST") && operation.path().toString().equals(AGGREGATION));
    }
}
