package dev.pendokit.contract;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contracts, read from the collection: for every operation, one for its documented success
 * and one for each documented error status the client maps to an exception. A new request in
 * the collection gets its contracts here, without new test code.
 */
final class Contracts {

    /** The consumer and provider names in the pact file. */
    static final String CONSUMER = "pendo-client";
    static final String PROVIDER = "Pendo API";

    /** The error statuses that have contracts, where an operation documents them. */
    static final List<Integer> ERROR_STATUSES = List.of(400, 401, 404, 429, 500);

    /** What the pact holds in place of the integration key: a placeholder, never a key. */
    static final String KEY_EXAMPLE = "example-integration-key";

    static final ApiModel MODEL = ApiModels.loadBundled(ResolveOptions.DEFAULTS);

    /** The success response of one operation, or one of its documented errors. */
    record Contract(Operation operation, Response response) {

        int status() {
            return response.status();
        }

        /** Unique within the pact: the request's place in the collection and the status. */
        String description() {
            return name(operation) + " answers " + status();
        }

        /** What must be true of the provider for the answer to be this one. */
        ProviderState state() {
            return ProviderState.of(operation, status());
        }
    }

    private Contracts() {}

    /** Every operation's success contract, in the collection's order. */
    static List<Contract> successes() {
        List<Contract> contracts = new ArrayList<>();
        for (Operation operation : MODEL.operations()) {
            contracts.add(new Contract(operation, operation.successResponse().orElseThrow(() -> new IllegalStateException(
                    name(operation) + " documents no 2xx response: a contract needs one"))));
        }
        return contracts;
    }

    /** The contracts for one error status: every operation that documents it. */
    static List<Contract> errors(int status) {
        List<Contract> contracts = new ArrayList<>();
        for (Operation operation : MODEL.operations()) {
            operation.response(status).ifPresent(response -> contracts.add(new Contract(operation, response)));
        }
        return contracts;
    }

    /** The operation an interaction of the pact is a contract of, by its description. */
    static Operation operation(String description) {
        int at = description.lastIndexOf(" answers ");
        String itemPath = at < 0 ? description : description.substring(0, at);
        return MODEL.operation(itemPath).orElseThrow(() -> new IllegalStateException("The pact's interaction '"
                + description + "' is no request of the collection; write the pact again from this collection"));
    }

    static int operationCount() {
        return MODEL.operations().size();
    }

    /** The request's place in the collection, as people find it there. */
    static String name(Operation operation) {
        return operation.location().itemPath();
    }

    /** The header that carries the credential, if the operation takes one in a header. */
    static Optional<String> keyHeader(Operation operation) {
        return operation.auth() instanceof AuthScheme.ApiKey key && key.in() == AuthScheme.In.HEADER
                ? Optional.of(key.name()) : Optional.empty();
    }
}
