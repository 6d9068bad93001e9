package dev.pendokit.mock;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.runtime.StatusPhrases;
import dev.pendokit.stubs.ErrorBodies;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * A body that an operation documented as taking JSON cannot parse gets 400, naming where the
 * parse failed, as an API answers it:
 *
 * <pre>{@code
 * {"status": 400, "error": "Bad Request",
 *  "message": "The request body is not valid JSON at line 1, column 4: Unrecognized token 'not': ...",
 *  "line": 1, "column": 4}
 * }</pre>
 *
 * Without it, such a body matched no stub of the aggregation endpoint (the stubs match its
 * pipeline) and got the 404 of an undocumented request, and any stub of the other JSON endpoints.
 * A request that chooses its response ({@code Prefer}) is checked too: the aggregation's chosen
 * responses match the pipeline as well, and a test that sends a broken body wants to know. An
 * empty body, and a request without the operation's key (the stubs answer 401, as Pendo checks
 * the key first), go on to the stubs as before.
 */
final class JsonBodyCheck implements StubRequestFilterV2 {

    private static final JsonFactory JSON = new JsonFactory();

    /** Where Jackson cites another place in its message: "[Source: REDACTED (...); line: 2, column: 13]". */
    private static final Pattern CITED_LOCATION = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");

    private final CompletableFuture<OperationIndex> operations;

    /** @param operations the collection's operations by method and path, made while the server starts */
    JsonBodyCheck(CompletableFuture<OperationIndex> operations) {
        this.operations = operations;
    }

    @Override
    public String getName() {
        return "pendokit-json-body-check";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        byte[] body = request.getBody();
        if (body == null || body.length == 0) {
            return RequestFilterAction.continueWith(request);
        }
        Optional<Operation> operation = operations.join().find(request.getMethod().getName(),
                request.getUrl().split("\\?")[0]);
        if (operation.isEmpty() || !takesJson(operation.get()) || !carriesItsKey(request, operation.get())) {
            return RequestFilterAction.continueWith(request);
        }
        return syntaxError(request.getBodyAsString())
                .map(error -> RequestFilterAction.stopWith(ResponseDefinitionBuilder.responseDefinition().withStatus(400)
                        .withStatusMessage(StatusPhrases.of(400)).withHeader("Content-Type", JsonErrors.CONTENT_TYPE)
                        .withBody(error.toString()).build()))
                .orElseGet(() -> RequestFilterAction.continueWith(request));
    }

    private static boolean takesJson(Operation operation) {
        return operation.requestBody().map(body -> body.kind() == BodyKind.JSON).orElse(false);
    }

    private static boolean carriesItsKey(Request request, Operation operation) {
        return !(operation.auth() instanceof AuthScheme.ApiKey key) || request.header(key.name()).isPresent();
    }

    /**
     * The 400 body for text that is not one JSON value, or empty when it is. Read as a stream of
     * tokens, so that no tree of a large body is built; text after the value is an error too, as
     * it is to Pendo.
     */
    static Optional<ObjectNode> syntaxError(String body) {
        try (JsonParser parser = JSON.createParser(body)) {
            parser.nextToken();
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return Optional.of(error(parser.currentTokenLocation(), "Unexpected text after the JSON value"));
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            String problem = CITED_LOCATION.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2");
            return Optional.of(error(e.getLocation(), problem));
        } catch (IOException e) {
            throw new IllegalStateException("Reading a string cannot fail", e);
        }
    }

    private static ObjectNode error(JsonLocation at, String problem) {
        String message = "The request body is not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr()
                + ": " + problem;
        return ErrorBodies.of(400, message).put("line", at.getLineNr()).put("column", at.getColumnNr());
    }
}
