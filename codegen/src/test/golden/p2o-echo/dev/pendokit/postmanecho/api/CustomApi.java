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
 * The requests of the collection's folder "Custom".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class CustomApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code custom()} accessor.
     *
     * @param transport sends the calls
     */
    public CustomApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Path variables.
     *
     * <p>{@code GET /:method/{{hello_{{var}}}}} (request "Custom/Path variables").
     *
     * @param method An HTTP method. (path parameter {@code method})
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode getPathVariables(String method) {
        return transport.send(getPathVariablesCall(method), jsonReader);
    }

    /**
     * Like {@link #getPathVariables(String)}, without blocking.
     *
     * @param method An HTTP method. (path parameter {@code method})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getPathVariablesAsync(String method) {
        return transport.sendAsync(getPathVariablesCall(method), jsonReader);
    }

    private Call getPathVariablesCall(String method) {
        Objects.requireNonNull(method, "method");
        return Call.builder("custom.getPathVariables", "GET", "baseUrl", "/{method}/%7B%7Bhello_%7B%7Bvar%7D%7D%7D%7D")
            .pathParam("method", method)
            .build();
    }

    /**
     * {@code PUT /put}: the collection has 2 examples of this call, which differ in their bodies:
     * <ul>
     *   <li>PUT Custom (request "Custom/PUT Custom")</li>
     *   <li>PUT Custom Copy (request "Custom/PUT Custom Copy")</li>
     * </ul>
     *
     * @param body the request body
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode updatePut(JsonNode body) {
        return transport.send(updatePutCall(body), jsonReader);
    }

    /**
     * Like {@link #updatePut(JsonNode)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updatePutAsync(JsonNode body) {
        return transport.sendAsync(updatePutCall(body), jsonReader);
    }

    private Call updatePutCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("custom.updatePut", "PUT", "baseUrl", "/put")
            .body(transport.json(body), "application/json")
            .build();
    }
}
