package dev.pendokit.pendo.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.pendo.PendoBadRequestException;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Bulk Deletion (GDPR/CCPA)".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class BulkDeletionApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    private final ResponseReader<List<JsonNode>> jsonListReader;

    /**
     * Made by the client; use its {@code bulkDeletion()} accessor.
     *
     * @param transport sends the calls
     */
    public BulkDeletionApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
        this.jsonListReader = Readers.json(transport.mapper(), new TypeReference<List<JsonNode>>() {});
    }

    /**
     * Bulk Delete Visitors.
     *
     * <p>{@code POST /api/v1/bulkdelete/visitor} (request "Bulk Deletion (GDPR/CCPA)/Bulk Delete Visitors").
     *
     * @param body the request body
     * @return the answer (200: Response is sent as body)
     * @throws PendoBadRequestException 400: No IDs in payload
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode deleteVisitors(JsonNode body) {
        return transport.send(deleteVisitorsCall(body), jsonReader);
    }

    /**
     * Like {@link #deleteVisitors(JsonNode)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deleteVisitorsAsync(JsonNode body) {
        return transport.sendAsync(deleteVisitorsCall(body), jsonReader);
    }

    private Call deleteVisitorsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("bulkDeletion.deleteVisitors", "POST", "baseUrl", "/api/v1/bulkdelete/visitor")
            .body(transport.json(body), "application/json")
            .reason(400, "No IDs in payload")
            .build();
    }

    /**
     * Bulk Delete Accounts.
     *
     * <p>{@code POST /api/v1/bulkdelete/account} (request "Bulk Deletion (GDPR/CCPA)/Bulk Delete Accounts").
     *
     * @param body the request body
     * @return the answer (200: Response is sent as body)
     * @throws PendoBadRequestException 400: No IDs in payload
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode deleteAccounts(JsonNode body) {
        return transport.send(deleteAccountsCall(body), jsonReader);
    }

    /**
     * Like {@link #deleteAccounts(JsonNode)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deleteAccountsAsync(JsonNode body) {
        return transport.sendAsync(deleteAccountsCall(body), jsonReader);
    }

    private Call deleteAccountsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("bulkDeletion.deleteAccounts", "POST", "baseUrl", "/api/v1/bulkdelete/account")
            .body(transport.json(body), "application/json")
            .reason(400, "No IDs in payload")
            .build();
    }

    /**
     * Returns a list of all bulk deletion requests not yet completed.
     *
     * <p>{@code GET /api/v1/bulkdelete} (request "Bulk Deletion (GDPR/CCPA)/Get all outstanding bulk deletion requests").
     *
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<JsonNode> listOutstandingRequests() {
        return transport.send(listOutstandingRequestsCall(), jsonListReader);
    }

    /**
     * Like {@link #listOutstandingRequests()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<JsonNode>> listOutstandingRequestsAsync() {
        return transport.sendAsync(listOutstandingRequestsCall(), jsonListReader);
    }

    private Call listOutstandingRequestsCall() {
        return Call.builder("bulkDeletion.listOutstandingRequests", "GET", "baseUrl", "/api/v1/bulkdelete")
            .build();
    }

    /**
     * Returns information on a specific bulk deletion request. These are available even after a deletion is complete. Every bulk delete request and its completion status is preserved for all time and serves as a receipt of the request and a record of its completion.
     *
     * <p>{@code GET /api/v1/bulkdelete/:id} (request "Bulk Deletion (GDPR/CCPA)/Get one bulk deletion status").
     *
     * @param id Id of the deletion request (path parameter {@code id})
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode getStatus(String id) {
        return transport.send(getStatusCall(id), jsonReader);
    }

    /**
     * Like {@link #getStatus(String)}, without blocking.
     *
     * @param id Id of the deletion request (path parameter {@code id})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getStatusAsync(String id) {
        return transport.sendAsync(getStatusCall(id), jsonReader);
    }

    private Call getStatusCall(String id) {
        Objects.requireNonNull(id, "id");
        return Call.builder("bulkDeletion.getStatus", "GET", "baseUrl", "/api/v1/bulkdelete/{id}")
            .pathParam("id", id)
            .build();
    }
}
