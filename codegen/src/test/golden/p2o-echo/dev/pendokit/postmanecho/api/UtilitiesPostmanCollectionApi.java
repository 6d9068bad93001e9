package dev.pendokit.postmanecho.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.postmanecho.PostmanEchoException;
import dev.pendokit.postmanecho.model.TransformCollectionFromFormatV1ToV2Response;
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

    private final ResponseReader<TransformCollectionFromFormatV1ToV2Response> transformCollectionFromFormatV1ToV2ResponseReader;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code utilitiesPostmanCollection()} accessor.
     */
    public UtilitiesPostmanCollectionApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.transformCollectionFromFormatV1ToV2ResponseReader = Readers.json(transport.mapper(), TransformCollectionFromFormatV1ToV2Response.class);
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Transform collection from format v1 to v2.
     *
     * <p>{@code POST /transform/collection} (request "Utilities / Postman Collection/Transform collection from format v1 to v2").
     *
     * @param from the query parameter {@code from}
     * @param to the query parameter {@code to}
     * @param body the request body
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public TransformCollectionFromFormatV1ToV2Response transformCollectionFromFormatV1ToV2(
            long from, long to, JsonNode body) {
        return transport.send(transformCollectionFromFormatV1ToV2Call(from, to, body), transformCollectionFromFormatV1ToV2ResponseReader);
    }

    /**
     * Like {@link #transformCollectionFromFormatV1ToV2}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<TransformCollectionFromFormatV1ToV2Response> transformCollectionFromFormatV1ToV2Async(
            long from, long to, JsonNode body) {
        return transport.sendAsync(transformCollectionFromFormatV1ToV2Call(from, to, body), transformCollectionFromFormatV1ToV2ResponseReader);
    }

    private Call transformCollectionFromFormatV1ToV2Call(long from, long to, JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("utilitiesPostmanCollection.transformCollectionFromFormatV1ToV2", "POST", "baseUrl", "/transform/collection")
            .query("from", from)
            .query("to", to)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Transform collection from format v2 to v1.
     *
     * <p>{@code POST /transform/collection} (request "Utilities / Postman Collection/Transform collection from format v2 to v1").
     *
     * @param from the query parameter {@code from}
     * @param to the query parameter {@code to}
     * @param body the request body
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode transformCollectionFromFormatV2ToV1(long from, long to, JsonNode body) {
        return transport.send(transformCollectionFromFormatV2ToV1Call(from, to, body), jsonReader);
    }

    /**
     * Like {@link #transformCollectionFromFormatV2ToV1}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> transformCollectionFromFormatV2ToV1Async(long from, long to,
            JsonNode body) {
        return transport.sendAsync(transformCollectionFromFormatV2ToV1Call(from, to, body), jsonReader);
    }

    private Call transformCollectionFromFormatV2ToV1Call(long from, long to, JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("utilitiesPostmanCollection.transformCollectionFromFormatV2ToV1", "POST", "baseUrl", "/transform/collection")
            .query("from", from)
            .query("to", to)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }
}
