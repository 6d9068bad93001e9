package dev.pendokit.contract;

import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.request.DocumentedRequest;
import dev.pendokit.pendo.Arguments;
import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.runtime.RetryPolicy;
import dev.pendokit.pendo.runtime.RowStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;

/**
 * Calls the generated client's method for an operation, with the arguments that make it send the
 * documented request: the consumer side of every contract is the real client.
 */
final class ClientCalls {

    /** The key the consumer tests send; the pact records {@link Contracts#KEY_EXAMPLE} instead. */
    static final String CONSUMER_TEST_KEY = "consumer-test-key-0b4f";

    private ClientCalls() {}

    /** A client of the server at {@code base}, that never retries (a contract is one request). */
    static PendoClient client(String base) {
        URI uri = URI.create(base);
        return PendoClient.builder().baseUrl(uri).dataHost(uri).integrationKey(CONSUMER_TEST_KEY)
                .trackEventSecret(CONSUMER_TEST_KEY).retryPolicy(RetryPolicy.NONE).build();
    }

    /**
     * Calls the operation's method and reads the whole answer (row streams included).
     *
     * @return what the method returned
     * @throws RuntimeException what the method threw (a {@code PendoException} for an error status)
     */
    static Object call(PendoClient client, Operation operation) throws Exception {
        Object api = PendoClient.class.getMethod(operation.groupJavaName()).invoke(client);
        Method method = Arguments.method(api.getClass(), operation);
        Object result;
        try {
            result = method.invoke(api, Arguments.of(DocumentedRequest.of(operation), method));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
        if (result instanceof RowStream<?> rows) {
            try (rows) {
                rows.forEach(row -> {});
            }
        }
        return result;
    }
}
