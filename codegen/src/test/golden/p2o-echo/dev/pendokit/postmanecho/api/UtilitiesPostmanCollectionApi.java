package dev.pendokit.postmanecho.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.postmanecho.PostmanEchoException;
import dev.pendokit.postmanecho.runtime.Call;
import dev.pendokit.postmanecho.runtime.Readers;
import dev.pendokit.postmanecho.runtime.ResponseReader;
import dev.pendokit.postmanecho.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Utilities / Postman Collection".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class UtilitiesPostmanCollectionApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code utilitiesPostmanCollection()} accessor.
     *
     * @param transport sends the calls
     */
    public UtilitiesPostmanCollectionApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * {@code POST /transform/collection}: the collection has 2 examples of this call, which differ in their bodies:
     * <ul>
     *   <li>Transform collection from format v1 to v2 (request "Utilities / Postman Collection/Transform collection from format v1 to v2")</li>
     *   <li>Transform collection from format v2 to v1 (request "Utilities / Postman Collection/Transform collection from format v2 to v1")</li>
     * </ul>
     *
     * @param from the query parameter {@code from}
     * @param to the query parameter {@code to}
     * @param body the request body
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode send(long from, long to, JsonNode body) {
        return transport.send(sendCall(from, to, body), jsonReader);
    }

    /**
     * Like {@link #send(long, long, JsonNode)}, without blocking.
     *
     * @param from the query parameter {@code from}
     * @param to the query parameter {@code to}
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> sendAsync(long from, long to, JsonNode body) {
        return transport.sendAsync(sendCall(from, to, body), jsonReader);
    }

    private Call sendCall(long from, long to, JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("utilitiesPostmanCollection.send", "POST", "baseUrl", "/transform/collection")
            .query("from", from)
            .query("to", to)
            .body(transport.json(body), "application/json")
            .build();
    }
}
