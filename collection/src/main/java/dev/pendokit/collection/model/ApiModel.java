package dev.pendokit.collection.model;

import java.util.List;
import java.util.Optional;

/**
 * A collection resolved into what an API is: operations with their parameters, bodies and
 * documented responses, the object types those use, and what was found wrong on the way. It holds
 * no Postman JSON: generators read only this.
 *
 * @param source the file or resource the model was read from
 * @param collectionResponses the statuses the collection documents for every request
 * @param types every named object shape, sorted by name
 */
public record ApiModel(
        String source,
        String name,
        String description,
        List<Variable> variables,
        List<Response> collectionResponses,
        List<Operation> operations,
        List<ObjectShape> types,
        List<Diagnostic> diagnostics) {

    public ApiModel {
        variables = List.copyOf(variables);
        collectionResponses = List.copyOf(collectionResponses);
        operations = List.copyOf(operations);
        types = List.copyOf(types);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<Operation> operation(String itemPath) {
        return operations.stream().filter(o -> o.location().itemPath().equals(itemPath)).findFirst();
    }

    public Optional<ObjectShape> type(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).toList();
    }
}
