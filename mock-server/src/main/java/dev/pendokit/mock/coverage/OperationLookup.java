package dev.pendokit.mock.coverage;

import dev.pendokit.collection.model.Operation;
import java.util.Optional;

/** Which documented operation a request is for, by method and path (the mock's own operation index). */
@FunctionalInterface
public interface OperationLookup {

    Optional<Operation> find(String method, String path);
}
