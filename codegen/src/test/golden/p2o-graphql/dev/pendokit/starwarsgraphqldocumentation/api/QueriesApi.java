package dev.pendokit.starwarsgraphqldocumentation.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.starwarsgraphqldocumentation.StarWarsGraphQlDocumentationException;
import dev.pendokit.starwarsgraphqldocumentation.runtime.Call;
import dev.pendokit.starwarsgraphqldocumentation.runtime.Readers;
import dev.pendokit.starwarsgraphqldocumentation.runtime.ResponseReader;
import dev.pendokit.starwarsgraphqldocumentation.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "queries".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class QueriesApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code queries()} accessor.
     */
    public QueriesApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * hero.
     *
     * <p>{@code POST /} (request "queries/hero").
     *
     * @param body the request body
     * @return the answer
     * @throws StarWarsGraphQlDocumentationException for every other failed call, with its status, reason and body
     */
    public JsonNode hero(String body) {
        return transport.send(heroCall(body), jsonReader);
    }

    /**
     * Like {@link #hero}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> heroAsync(String body) {
        return transport.sendAsync(heroCall(body), jsonReader);
    }

    private Call heroCall(String body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("queries.hero", "POST", "url", "/")
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * human.
     *
     * <p>{@code POST /} (request "queries/human").
     *
     * @param body the request body
     * @return the answer
     * @throws StarWarsGraphQlDocumentationException for every other failed call, with its status, reason and body
     */
    public JsonNode human(String body) {
        return transport.send(humanCall(body), jsonReader);
    }

    /**
     * Like {@link #human}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> humanAsync(String body) {
        return transport.sendAsync(humanCall(body), jsonReader);
    }

    private Call humanCall(String body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("queries.human", "POST", "url", "/")
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * humans.
     *
     * <p>{@code POST /} (request "queries/humans").
     *
     * @param body the request body
     * @return the answer
     * @throws StarWarsGraphQlDocumentationException for every other failed call, with its status, reason and body
     */
    public JsonNode humans(String body) {
        return transport.send(humansCall(body), jsonReader);
    }

    /**
     * Like {@link #humans}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> humansAsync(String body) {
        return transport.sendAsync(humansCall(body), jsonReader);
    }

    private Call humansCall(String body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("queries.humans", "POST", "url", "/")
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * droid.
     *
     * <p>{@code POST /} (request "queries/droid").
     *
     * @param body the request body
     * @return the answer
     * @throws StarWarsGraphQlDocumentationException for every other failed call, with its status, reason and body
     */
    public JsonNode droid(String body) {
        return transport.send(droidCall(body), jsonReader);
    }

    /**
     * Like {@link #droid}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> droidAsync(String body) {
        return transport.sendAsync(droidCall(body), jsonReader);
    }

    private Call droidCall(String body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("queries.droid", "POST", "url", "/")
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * droids.
     *
     * <p>{@code POST /} (request "queries/droids").
     *
     * @param body the request body
     * @return the answer
     * @throws StarWarsGraphQlDocumentationException for every other failed call, with its status, reason and body
     */
    public JsonNode droids(String body) {
        return transport.send(droidsCall(body), jsonReader);
    }

    /**
     * Like {@link #droids}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> droidsAsync(String body) {
        return transport.sendAsync(droidsCall(body), jsonReader);
    }

    private Call droidsCall(String body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("queries.droids", "POST", "url", "/")
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }
}
