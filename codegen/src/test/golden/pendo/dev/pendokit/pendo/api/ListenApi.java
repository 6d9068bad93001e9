package dev.pendokit.pendo.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.pendo.PendoBadRequestException;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.PendoNotFoundException;
import dev.pendokit.pendo.model.CreateNewFeedbackRequest;
import dev.pendokit.pendo.model.UpdateExistingFeedbackRequest;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Listen".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class ListenApi {
    private final Transport transport;

    private final ResponseReader<List<JsonNode>> jsonListReader;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code listen()} accessor.
     *
     * @param transport sends the calls
     */
    public ListenApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonListReader = Readers.json(transport.mapper(), new TypeReference<List<JsonNode>>() {});
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * This endpoint returns a list of options required for submitting feedback.
     *
     * <p>{@code GET /api/v1/feedback/options} (request "Listen/Get feedback options").
     *
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<JsonNode> getFeedbackOptions() {
        return transport.send(getFeedbackOptionsCall(), jsonListReader);
    }

    /**
     * Like {@link #getFeedbackOptions()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<JsonNode>> getFeedbackOptionsAsync() {
        return transport.sendAsync(getFeedbackOptionsCall(), jsonListReader);
    }

    private Call getFeedbackOptionsCall() {
        return Call.builder("listen.getFeedbackOptions", "GET", "baseUrl", "/api/v1/feedback/options")
            .build();
    }

    /**
     * This endpoint allows you to create new feedback.
     *
     * <p>{@code POST /api/v1/feedback} (request "Listen/Create new feedback").
     *
     * @param body the request body
     * @return the answer (200: Everything worked as expected.)
     * @throws PendoBadRequestException 400: AccountId, title, appIds, importance are missing or values passed are invalid/blank in request.
     * @throws PendoNotFoundException 404: The appId, accountId, or visitorId provided do not exist.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode createFeedback(CreateNewFeedbackRequest body) {
        return transport.send(createFeedbackCall(body), jsonReader);
    }

    /**
     * Like {@link #createFeedback(CreateNewFeedbackRequest)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> createFeedbackAsync(CreateNewFeedbackRequest body) {
        return transport.sendAsync(createFeedbackCall(body), jsonReader);
    }

    private Call createFeedbackCall(CreateNewFeedbackRequest body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("listen.createFeedback", "POST", "baseUrl", "/api/v1/feedback")
            .body(transport.json(body), "application/json")
            .reason(400, "AccountId, title, appIds, importance are missing or values passed are invalid/blank in request.")
            .reason(404, "The appId, accountId, or visitorId provided do not exist.")
            .build();
    }

    /**
     * This endpoint allows you to update an existing feedback request.
     *
     * <p>{@code PATCH /api/v1/feedback/:id} (request "Listen/Update existing feedback").
     *
     * @param id the unique identifier of the feedback request (path parameter {@code id})
     * @param body the request body
     * @return the answer (200: Everything worked as expected.)
     * @throws PendoBadRequestException 400: AccountId, title, appIds, importance are missing or values passed are invalid/blank in request.
     * @throws PendoNotFoundException 404: The appId, accountId, or visitorId provided do not exist.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode updateFeedback(String id, UpdateExistingFeedbackRequest body) {
        return transport.send(updateFeedbackCall(id, body), jsonReader);
    }

    /**
     * Like {@link #updateFeedback(String, UpdateExistingFeedbackRequest)}, without blocking.
     *
     * @param id the unique identifier of the feedback request (path parameter {@code id})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateFeedbackAsync(String id,
            UpdateExistingFeedbackRequest body) {
        return transport.sendAsync(updateFeedbackCall(id, body), jsonReader);
    }

    private Call updateFeedbackCall(String id, UpdateExistingFeedbackRequest body) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        return Call.builder("listen.updateFeedback", "PATCH", "baseUrl", "/api/v1/feedback/{id}")
            .pathParam("id", id)
            .body(transport.json(body), "application/json")
            .reason(400, "AccountId, title, appIds, importance are missing or values passed are invalid/blank in request.")
            .reason(404, "The appId, accountId, or visitorId provided do not exist.")
            .build();
    }
}
