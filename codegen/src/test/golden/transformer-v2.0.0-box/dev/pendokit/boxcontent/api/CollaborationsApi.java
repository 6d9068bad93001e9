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
    public JsonNode getPendingCollaborations(String status, String authorization) {
        return transport.send(getPendingCollaborationsCall(status, authorization), jsonReader);
    }

    /**
     * Like {@link #getPendingCollaborations}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getPendingCollaborationsAsync(String status,
            String authorization) {
        return transport.sendAsync(getPendingCollaborationsCall(status, authorization), jsonReader);
    }

    private Call getPendingCollaborationsCall(String status, String authorization) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("collaborations.getPendingCollaborations", "GET", "apiBoxComUrl", "/2.0/collaborations")
            .query("status", status)
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode retrieveACollaboration(String authorization) {
        return transport.send(retrieveACollaborationCall(authorization), jsonReader);
    }

    /**
     * Like {@link #retrieveACollaboration}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> retrieveACollaborationAsync(String authorization) {
        return transport.sendAsync(retrieveACollaborationCall(authorization), jsonReader);
    }

    private Call retrieveACollaborationCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("collaborations.retrieveACollaboration", "GET", "apiBoxComUrl", "/2.0/collaborations/28503997")
            .header("Authorization", authorization)
            .accept("application/json")
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
     * Like {@link #retrieveAllCollaborations}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> retrieveAllCollaborationsAsync(String authorization) {
        return transport.sendAsync(retrieveAllCollaborationsCall(authorization), jsonReader);
    }

    private Call retrieveAllCollaborationsCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("collaborations.retrieveAllCollaborations", "GET", "apiBoxComUrl", "/2.0/folders/300065354/collaborations")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode addACollaboration(String authorization, JsonNode body) {
        return transport.send(addACollaborationCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #addACollaboration}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> addACollaborationAsync(String authorization, JsonNode body) {
        return transport.sendAsync(addACollaborationCall(authorization, body), jsonReader);
    }

    private Call addACollaborationCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("collaborations.addACollaboration", "POST", "apiBoxComUrl", "/2.0/collaborations")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode editACollaboration(String authorization, JsonNode body) {
        return transport.send(editACollaborationCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #editACollaboration}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> editACollaborationAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(editACollaborationCall(authorization, body), jsonReader);
    }

    private Call editACollaborationCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("collaborations.editACollaboration", "PUT", "apiBoxComUrl", "/2.0/collaborations/28503997")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode removeACollaboration(String authorization) {
        return transport.send(removeACollaborationCall(authorization), jsonReader);
    }

    /**
     * Like {@link #removeACollaboration}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> removeACollaborationAsync(String authorization) {
        return transport.sendAsync(removeACollaborationCall(authorization), jsonReader);
    }

    private Call removeACollaborationCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("collaborations.removeACollaboration", "DELETE", "apiBoxComUrl", "/2.0/collaborations/28504189")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }
}
