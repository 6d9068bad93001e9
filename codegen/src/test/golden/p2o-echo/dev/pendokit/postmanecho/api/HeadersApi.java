package dev.pendokit.postmanecho.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.postmanecho.PostmanEchoException;
import dev.pendokit.postmanecho.runtime.Call;
import dev.pendokit.postmanecho.runtime.Readers;
import dev.pendokit.postmanecho.runtime.ResponseReader;
import dev.pendokit.postmanecho.runtime.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Headers".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class HeadersApi {
    private final Transport transport;

    private final ResponseReader<List<JsonNode>> jsonListReader;

    private final ResponseReader<String> textReader;

    /**
     * Made by the client; use its {@code headers()} accessor.
     *
     * @param transport sends the calls
     */
    public HeadersApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonListReader = Readers.json(transport.mapper(), new TypeReference<List<JsonNode>>() {});
        this.textReader = Readers.text();
    }

    /**
     * A {@code GET} request to this endpoint returns the list of all request headers as part of the response JSON. In Postman, sending your own set of headers through the [Headers tab](https://www.getpostman.com/docs/requests#headers?source=echo-collection-app-onboarding) will reveal the headers as part of the response.
     *
     * <p>{@code GET /headers} (request "Headers/Request Headers").
     *
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public List<JsonNode> list() {
        return transport.send(listCall(), jsonListReader);
    }

    /**
     * Like {@link #list()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<JsonNode>> listAsync() {
        return transport.sendAsync(listCall(), jsonListReader);
    }

    private Call listCall() {
        return Call.builder("headers.list", "GET", "baseUrl", "/headers")
            .header("my-sample-header", "Lorem ipsum dolor sit amet")
            .build();
    }

    /**
     * This endpoint causes the server to send custom set of response headers. Providing header values as part of the URL parameters of a {@code GET} request to this endpoint returns the same as part of response header.
     *
     * <p>To send your own set of headers, simply add or replace the the URL parameters with your own set.
     *
     * <p>{@code GET /response-headers} (request "Headers/Response Headers").
     *
     * @param foo1 the query parameter {@code foo1}
     * @param foo2 the query parameter {@code foo2}
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public String getResponse(String foo1, String foo2) {
        return transport.send(getResponseCall(foo1, foo2), textReader);
    }

    /**
     * Like {@link #getResponse(String, String)}, without blocking.
     *
     * @param foo1 the query parameter {@code foo1}
     * @param foo2 the query parameter {@code foo2}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<String> getResponseAsync(String foo1, String foo2) {
        return transport.sendAsync(getResponseCall(foo1, foo2), textReader);
    }

    private Call getResponseCall(String foo1, String foo2) {
        Objects.requireNonNull(foo1, "foo1");
        Objects.requireNonNull(foo2, "foo2");
        return Call.builder("headers.getResponse", "GET", "baseUrl", "/response-headers")
            .query("foo1", foo1)
            .query("foo2", foo2)
            .accept("text/html; charset=utf-8")
            .build();
    }
}
