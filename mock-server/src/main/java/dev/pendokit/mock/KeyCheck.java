package dev.pendokit.mock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.pendokit.collection.Secrets;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.runtime.StatusPhrases;
import dev.pendokit.stubs.ErrorBodies;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Checks and hides credentials before any stub sees a request.
 *
 * <p>With an integration key configured, only that key opens the mock, as only a valid key opens
 * Pendo: another key gets 401, or 403 where the operation documents 403 for an invalid key
 * ({@code /api/v1/token/verify}). Only operations that authenticate with the collection's own
 * key are checked (Pendo's track event sends its shared secret instead). A request without any
 * key goes on to the stubs, which answer it 401.
 *
 * <p>Every credential header is masked in what goes on, so neither the request journal, the
 * admin API nor a near-miss report ever holds a key.
 */
final class KeyCheck implements StubRequestFilterV2 {

    static final String MASK = "****";
    static final String NAME = "pendokit-key-check";

    /** The operations, and the variable that holds the collection's own key. */
    private record Operations(OperationIndex index, String keyVariable) {}

    private final byte[] key;
    private final CompletableFuture<Operations> operations;

    /**
     * @param key the only key accepted, or null to accept any
     * @param model the collection's model, read while the server starts
     * @param index its operations by method and path, made with it
     */
    KeyCheck(String key, CompletableFuture<ApiModel> model, CompletableFuture<OperationIndex> index) {
        this.key = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
        this.operations = model.thenCombine(index, (m, operationIndex) -> new Operations(operationIndex,
                m.operations().stream().map(Operation::auth).filter(AuthScheme.ApiKey.class::isInstance)
                        .map(a -> ((AuthScheme.ApiKey) a).variable()).findFirst().orElse("")));
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        if (key != null) {
            Optional<ResponseDefinition> refusal = refusal(request);
            if (refusal.isPresent()) {
                return RequestFilterAction.stopWith(refusal.get());
            }
        }
        return RequestFilterAction.continueWith(masked(request));
    }

    private Optional<ResponseDefinition> refusal(Request request) {
        Operations known = operations.join();
        Optional<Operation> operation = known.index().find(request.getMethod().getName(), request.getUrl().split("\\?")[0]);
        if (operation.isEmpty() || !(operation.get().auth() instanceof AuthScheme.ApiKey auth)
                || !auth.variable().equals(known.keyVariable())) {
            return Optional.empty();
        }
        String sent = Headers.firstValue(request, auth.name());
        if (sent == null || MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), key)) {
            return Optional.empty();
        }
        boolean forbidden = documentsInvalidKey(operation.get());
        int status = forbidden ? 403 : 401;
        String message = forbidden ? "Key is invalid." : "The integration key is not valid for this subscription.";
        return Optional.of(ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withStatusMessage(StatusPhrases.of(status)).withHeader("Content-Type", "application/json")
                .withBody(ErrorBodies.of(status, message).toString()).build());
    }

    /** The request with the value of every header that looks like a credential replaced by {@link #MASK}. */
    private static Request masked(Request request) {
        RequestWrapper.Builder wrapper = null;
        for (String name : request.getAllHeaderKeys()) {
            if (Secrets.looksSecret(name)) {
                wrapper = (wrapper == null ? RequestWrapper.create() : wrapper)
                        .transformHeader(name, values -> values.stream().map(v -> MASK).toList());
            }
        }
        return wrapper == null ? request : wrapper.wrap(request);
    }

    /** Whether the operation documents 403 for a key that is not valid (Pendo's token/verify). */
    private static boolean documentsInvalidKey(Operation operation) {
        return operation.response(403).map(Response::reason).map(r -> r.toLowerCase(Locale.ROOT).contains("key"))
                .orElse(false);
    }
}
