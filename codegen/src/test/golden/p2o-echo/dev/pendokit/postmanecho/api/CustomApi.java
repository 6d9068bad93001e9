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
    public JsonNode pathVariables(String method) {
        return transport.send(pathVariablesCall(method), jsonReader);
    }

    /**
     * Like {@link #pathVariables}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> pathVariablesAsync(String method) {
        return transport.sendAsync(pathVariablesCall(method), jsonReader);
    }

    private Call pathVariablesCall(String method) {
        Objects.requireNonNull(method, "method");
        return Call.builder("custom.pathVariables", "GET", "baseUrl", "/{method}/%7B%7Bhello_%7B%7Bvar%7D%7D%7D%7D")
            .pathParam("method", method)
            .accept("application/json")
            .build();
    }

    /**
     * PUT Custom.
     *
     * <p>{@code PUT /put} (request "Custom/PUT Custom").
     *
     * @param body the request body
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode putCustom(JsonNode body) {
        return transport.send(putCustomCall(body), jsonReader);
    }

    /**
     * Like {@link #putCustom}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> putCustomAsync(JsonNode body) {
        return transport.sendAsync(putCustomCall(body), jsonReader);
    }

    private Call putCustomCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("custom.putCustom", "PUT", "baseUrl", "/put")
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * PUT Custom Copy.
     *
     * <p>{@code PUT /put} (request "Custom/PUT Custom Copy").
     *
     * @param body the request body
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode putCustomCopy(JsonNode body) {
        return transport.send(putCustomCopyCall(body), jsonReader);
    }

    /**
     * Like {@link #putCustomCopy}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> putCustomCopyAsync(JsonNode body) {
        return transport.sendAsync(putCustomCopyCall(body), jsonReader);
    }

    private Call putCustomCopyCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("custom.putCustomCopy", "PUT", "baseUrl", "/put")
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }
}
