package dev.pendokit.boxcontent.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.boxcontent.BoxContentException;
import dev.pendokit.boxcontent.runtime.Call;
import dev.pendokit.boxcontent.runtime.Readers;
import dev.pendokit.boxcontent.runtime.ResponseReader;
import dev.pendokit.boxcontent.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Collaborations".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class CollaborationsApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code collaborations()} accessor.
     *
     * @param transport sends the calls
     */
    public CollaborationsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/collaborations} (request "Collaborations/Get Pending Collaborations").
     *
     * @param status the query parameter {@code status}
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getPending(String status, String authorization) {
        return transport.send(getPendingCall(status, authorization), jsonReader);
    }

    /**
     * Like {@link #getPending(String, String)}, without blocking.
     *
     * @param status the query parameter {@code status}
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getPendingAsync(String status, String authorization) {
        return transport.sendAsync(getPendingCall(status, authorization), jsonReader);
    }

    private Call getPendingCall(String status, String authorization) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("collaborations.getPending", "GET", "apiBoxComUrl", "/2.0/collaborations")
            .query("status", status)
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/collaborations/28503997} (request "Collaborations/Retrieve a Collaboration").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode get(String authorization) {
        return transport.send(getCall(authorization), jsonReader);
    }

    /**
     * Like {@link #get(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getAsync(String authorization) {
        return transport.sendAsync(getCall(authorization), jsonReader);
    }

    private Call getCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("collaborations.get", "GET", "apiBoxComUrl", "/2.0/collaborations/28503997")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/folders/300065354/collaborations} (request "Collaborations/Retrieve all Collaborations").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode retrieveAllCollaborations(String authorization) {
        return transport.send(retrieveAllCollaborationsCall(authorization), jsonReader);
    }

    /**
     * Like {@link #retrieveAllCollaborations(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> retrieveAllCollaborationsAsync(String authorization) {
        return transport.sendAsync(retrieveAllCollaborationsCall(authorization), jsonReader);
    }

    private Call retrieveAllCollaborationsCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("collaborations.retrieveAllCollaborations", "GET", "apiBoxComUrl", "/2.0/folders/300065354/collaborations")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/collaborations} (request "Collaborations/Add a Collaboration").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode add(String authorization, JsonNode body) {
        return transport.send(addCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #add(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> addAsync(String authorization, JsonNode body) {
        return transport.sendAsync(addCall(authorization, body), jsonReader);
    }

    private Call addCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("collaborations.add", "POST", "apiBoxComUrl", "/2.0/collaborations")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/collaborations/28503997} (request "Collaborations/Edit a Collaboration").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode update(String authorization, JsonNode body) {
        return transport.send(updateCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #update(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateAsync(String authorization, JsonNode body) {
        return transport.sendAsync(updateCall(authorization, body), jsonReader);
    }

    private Call updateCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("collaborations.update", "PUT", "apiBoxComUrl", "/2.0/collaborations/28503997")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/collaborations/28504189} (request "Collaborations/Remove a Collaboration").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode remove(String authorization) {
        return transport.send(removeCall(authorization), jsonReader);
    }

    /**
     * Like {@link #remove(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> removeAsync(String authorization) {
        return transport.sendAsync(removeCall(authorization), jsonReader);
    }

    private Call removeCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("collaborations.remove", "DELETE", "apiBoxComUrl", "/2.0/collaborations/28504189")
            .header("Authorization", authorization)
            .build();
    }
}
