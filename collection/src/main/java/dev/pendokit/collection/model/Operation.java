package dev.pendokit.collection.model;

import java.util.List;
import java.util.Optional;

/**
 * One request of the collection, resolved: the unit every generator works on.
 *
 * @param name the request's name in the collection
 * @param javaName the method name the naming strategy gave it, unique within its group
 * @param folders the folders that lead to the request, outermost first
 * @param group the outermost folder's name ("" for requests at the top of the collection)
 * @param groupJavaName the accessor name for the group ({@code pages}, {@code aggregations}; "" for none)
 * @param readOnly whether the request changes nothing: GET, HEAD and OPTIONS; a query sent as POST
 *     (Pendo's aggregation); POST and PATCH requests named by
 *     {@link dev.pendokit.collection.resolve.ResolveOptions#readOnlyOperations()}. Clients retry
 *     such requests, and live checks call only them.
 */
public record Operation(
        String name,
        String javaName,
        List<String> folders,
        String group,
        String groupJavaName,
        String method,
        boolean readOnly,
        Server server,
        PathTemplate path,
        List<Parameter> parameters,
        Optional<RequestBody> requestBody,
        List<Response> responses,
        AuthScheme auth,
        String description,
        Location location) {

    public Operation {
        folders = List.copyOf(folders);
        parameters = List.copyOf(parameters);
        responses = List.copyOf(responses);
    }

    public List<Parameter> parameters(ParameterIn in) {
        return parameters.stream().filter(p -> p.in() == in).toList();
    }

    public Optional<Response> response(int status) {
        return responses.stream().filter(r -> r.status() == status).findFirst();
    }

    /** The first documented 2xx response (responses are sorted by status). */
    public Optional<Response> successResponse() {
        return responses.stream().filter(Response::isSuccess).findFirst();
    }
}
