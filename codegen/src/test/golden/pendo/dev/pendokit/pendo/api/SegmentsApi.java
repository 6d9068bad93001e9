package dev.pendokit.pendo.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.pendo.PendoBadRequestException;
import dev.pendokit.pendo.PendoConflictException;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.PendoForbiddenException;
import dev.pendokit.pendo.PendoInternalServerErrorException;
import dev.pendokit.pendo.PendoNotFoundException;
import dev.pendokit.pendo.PendoPayloadTooLargeException;
import dev.pendokit.pendo.model.GetSegmentStatusResponse;
import dev.pendokit.pendo.model.Segment;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Segment".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class SegmentsApi {
    private final Transport transport;

    private final ResponseReader<List<Segment>> segmentListReader;

    private final ResponseReader<Segment> segmentReader;

    private final ResponseReader<JsonNode> jsonReader;

    private final ResponseReader<String> textReader;

    private final ResponseReader<GetSegmentStatusResponse> getSegmentStatusResponseReader;

    /**
     * Made by the client; use its {@code segments()} accessor.
     *
     * @param transport sends the calls
     */
    public SegmentsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.segmentListReader = Readers.json(transport.mapper(), new TypeReference<List<Segment>>() {});
        this.segmentReader = Readers.json(transport.mapper(), Segment.class);
        this.jsonReader = Readers.tree(transport.mapper());
        this.textReader = Readers.text();
        this.getSegmentStatusResponseReader = Readers.json(transport.mapper(), GetSegmentStatusResponse.class);
    }

    /**
     * Get All Shared (Everyone) Segments.
     *
     * <p>{@code GET /api/v1/segment} (request "Segment/Get All Shared (Everyone) Segments").
     *
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<Segment> listShared() {
        return transport.send(listSharedCall(), segmentListReader);
    }

    /**
     * Like {@link #listShared()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<Segment>> listSharedAsync() {
        return transport.sendAsync(listSharedCall(), segmentListReader);
    }

    private Call listSharedCall() {
        return Call.builder("segments.listShared", "GET", "baseUrl", "/api/v1/segment")
            .build();
    }

    /**
     * You may also retrieve a single segment's details by including its segmentId. This can be found at the end of the URL when viewing details for a specific segment within the Pendo UI.
     *
     * <p>{@code GET /api/v1/segment/:id} (request "Segment/Get Segment by segmentId").
     *
     * @param id Segment ID (path parameter {@code id})
     * @return the answer (200: Response is sent as body)
     * @throws PendoNotFoundException 404: Entity not found
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public Segment get(String id) {
        return transport.send(getCall(id), segmentReader);
    }

    /**
     * Like {@link #get(String)}, without blocking.
     *
     * @param id Segment ID (path parameter {@code id})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<Segment> getAsync(String id) {
        return transport.sendAsync(getCall(id), segmentReader);
    }

    private Call getCall(String id) {
        Objects.requireNonNull(id, "id");
        return Call.builder("segments.get", "GET", "baseUrl", "/api/v1/segment/{id}")
            .pathParam("id", id)
            .reason(404, "Entity not found")
            .build();
    }

    /**
     * Start an asynchronous export of the visitors in a Segment.
     *
     * <p>{@code POST /api/v1/segment/:segmentId/visitors} (request "Segment/Start export of segment visitors").
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @return the answer (200: Response is sent as body)
     * @throws PendoInternalServerErrorException 500: Internal Server Error
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode startExport(String segmentId) {
        return transport.send(startExportCall(segmentId), jsonReader);
    }

    /**
     * Like {@link #startExport(String)}, without blocking.
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> startExportAsync(String segmentId) {
        return transport.sendAsync(startExportCall(segmentId), jsonReader);
    }

    private Call startExportCall(String segmentId) {
        Objects.requireNonNull(segmentId, "segmentId");
        return Call.builder("segments.startExport", "POST", "baseUrl", "/api/v1/segment/{segmentId}/visitors")
            .pathParam("segmentId", segmentId)
            .reason(500, "Internal Server Error")
            .build();
    }

    /**
     * Retrieve the status of a segment export. The jobId is returned in the response of the "Start export of segment visitors" request above.
     *
     * <p>{@code GET /api/v1/segment/:segmentId/visitors/:jobId/status} (request "Segment/Check segment export status").
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @param jobId Job ID (from POST request) (path parameter {@code jobId})
     * @return the answer (200: Status is sent as body)
     * @throws PendoNotFoundException 404: Job ID not found
     * @throws PendoInternalServerErrorException 500: Internal Server Error
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode checkExportStatus(String segmentId, String jobId) {
        return transport.send(checkExportStatusCall(segmentId, jobId), jsonReader);
    }

    /**
     * Like {@link #checkExportStatus(String, String)}, without blocking.
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @param jobId Job ID (from POST request) (path parameter {@code jobId})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> checkExportStatusAsync(String segmentId, String jobId) {
        return transport.sendAsync(checkExportStatusCall(segmentId, jobId), jsonReader);
    }

    private Call checkExportStatusCall(String segmentId, String jobId) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(jobId, "jobId");
        return Call.builder("segments.checkExportStatus", "GET", "baseUrl", "/api/v1/segment/{segmentId}/visitors/{jobId}/status")
            .pathParam("segmentId", segmentId)
            .pathParam("jobId", jobId)
            .reason(404, "Job ID not found")
            .reason(500, "Internal Server Error")
            .build();
    }

    /**
     * Retrieve segment export results.
     *
     * <p>{@code GET /api/v1/segment/:segmentId/visitors/:jobId/results/:contentType} (request "Segment/Retrieve segment export results").
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @param jobId Job ID (from POST request) (path parameter {@code jobId})
     * @param contentType File type. Currently only supports csv (path parameter {@code contentType})
     * @return the answer (200: CSV file returned)
     * @throws PendoNotFoundException 404: Job ID not found
     * @throws PendoInternalServerErrorException 500: Internal Server Error
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public String getExportResults(String segmentId, String jobId, String contentType) {
        return transport.send(getExportResultsCall(segmentId, jobId, contentType), textReader);
    }

    /**
     * Like {@link #getExportResults(String, String, String)}, without blocking.
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @param jobId Job ID (from POST request) (path parameter {@code jobId})
     * @param contentType File type. Currently only supports csv (path parameter {@code contentType})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<String> getExportResultsAsync(String segmentId, String jobId,
            String contentType) {
        return transport.sendAsync(getExportResultsCall(segmentId, jobId, contentType), textReader);
    }

    private Call getExportResultsCall(String segmentId, String jobId, String contentType) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(contentType, "contentType");
        return Call.builder("segments.getExportResults", "GET", "baseUrl", "/api/v1/segment/{segmentId}/visitors/{jobId}/results/{contentType}")
            .pathParam("segmentId", segmentId)
            .pathParam("jobId", jobId)
            .pathParam("contentType", contentType)
            .accept("text/csv")
            .reason(404, "Job ID not found")
            .reason(500, "Internal Server Error")
            .build();
    }

    /**
     * Create a segment from a list of visitors. This action supports up to 10 million visitor IDs.
     *
     * <p>Segments are created instantly but adding visitors to the segment is done via an asynchronous job. Segments process one at a time (per subscription).
     *
     * <p>{@code POST /api/v1/segment/upload} (request "Segment/Create a segment").
     *
     * @param body the request body
     * @return the answer (200: Response is sent as body)
     * @throws PendoBadRequestException 400: Bad request
     * @throws PendoInternalServerErrorException 500: Internal Server Error
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode create(JsonNode body) {
        return transport.send(createCall(body), jsonReader);
    }

    /**
     * Like {@link #create(JsonNode)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> createAsync(JsonNode body) {
        return transport.sendAsync(createCall(body), jsonReader);
    }

    private Call createCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("segments.create", "POST", "baseUrl", "/api/v1/segment/upload")
            .body(transport.json(body), "application/json")
            .reason(400, "Bad request")
            .reason(500, "Internal Server Error")
            .build();
    }

    /**
     * Get the status of a segment. The segment status will be available for up to 4 hours after processing completes.
     *
     * <p>{@code GET /api/v1/segment/:segmentId/status} (request "Segment/Get segment status").
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @return the answer (200: Response is sent as body)
     * @throws PendoBadRequestException 400: Bad request
     * @throws PendoNotFoundException 404: Segment ID not found
     * @throws PendoInternalServerErrorException 500: Internal Server Error
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public GetSegmentStatusResponse getStatus(String segmentId) {
        return transport.send(getStatusCall(segmentId), getSegmentStatusResponseReader);
    }

    /**
     * Like {@link #getStatus(String)}, without blocking.
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<GetSegmentStatusResponse> getStatusAsync(String segmentId) {
        return transport.sendAsync(getStatusCall(segmentId), getSegmentStatusResponseReader);
    }

    private Call getStatusCall(String segmentId) {
        Objects.requireNonNull(segmentId, "segmentId");
        return Call.builder("segments.getStatus", "GET", "baseUrl", "/api/v1/segment/{segmentId}/status")
            .pathParam("segmentId", segmentId)
            .reason(400, "Bad request")
            .reason(404, "Segment ID not found")
            .reason(500, "Internal Server Error")
            .build();
    }

    /**
     * Update the name or visitor list for an existing segment. This can only be done for segments created via the API.
     *
     * <p>At least one value is required. Any value provided will overwrite the previous value.
     *
     * <p>Segments are created instantly but adding visitors to the segment is done via an asynchronous job. Segments process one at a time (per subscription).
     *
     * <p>{@code PUT /api/v1/segment/:segmentId} (request "Segment/Update a segment").
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @param body the request body
     * @return the answer (200: Response is sent as body)
     * @throws PendoBadRequestException 400: Bad request
     * @throws PendoInternalServerErrorException 500: Internal Server Error
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode update(String segmentId, JsonNode body) {
        return transport.send(updateCall(segmentId, body), jsonReader);
    }

    /**
     * Like {@link #update(String, JsonNode)}, without blocking.
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateAsync(String segmentId, JsonNode body) {
        return transport.sendAsync(updateCall(segmentId, body), jsonReader);
    }

    private Call updateCall(String segmentId, JsonNode body) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(body, "body");
        return Call.builder("segments.update", "PUT", "baseUrl", "/api/v1/segment/{segmentId}")
            .pathParam("segmentId", segmentId)
            .body(transport.json(body), "application/json")
            .reason(400, "Bad request")
            .reason(500, "Internal Server Error")
            .build();
    }

    /**
     * Delete an existing segment.
     *
     * <p>{@code DELETE /api/v1/segment/:segmentId} (request "Segment/Delete a segment").
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @param body the request body
     * @return the answer (200: Response is sent as body)
     * @throws PendoBadRequestException 400: Bad request
     * @throws PendoNotFoundException 404: Segment ID not found
     * @throws PendoInternalServerErrorException 500: Internal Server Error
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode delete(String segmentId, JsonNode body) {
        return transport.send(deleteCall(segmentId, body), jsonReader);
    }

    /**
     * Like {@link #delete(String, JsonNode)}, without blocking.
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deleteAsync(String segmentId, JsonNode body) {
        return transport.sendAsync(deleteCall(segmentId, body), jsonReader);
    }

    private Call deleteCall(String segmentId, JsonNode body) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(body, "body");
        return Call.builder("segments.delete", "DELETE", "baseUrl", "/api/v1/segment/{segmentId}")
            .pathParam("segmentId", segmentId)
            .body(transport.json(body), "application/json")
            .reason(400, "Bad request")
            .reason(404, "Segment ID not found")
            .reason(500, "Internal Server Error")
            .build();
    }

    /**
     * Add a single visitor to a segment. This can only be done for segments created via the API.
     *
     * <p>{@code PUT /api/v1/segment/:segmentId/visitor/:visitorId} (request "Segment/Add a visitor to a segment").
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @param visitorId Visitor ID (path parameter {@code visitorId})
     * @return the answer (200: Success)
     * @throws PendoBadRequestException 400: Error adding visitor to segment, API created segments can have at most 10000000 visitors
     * @throws PendoForbiddenException 403: Segment must be created by the API
     * @throws PendoNotFoundException 404: Entity not found
     * @throws PendoConflictException 409: Operation in progress
     * @throws PendoInternalServerErrorException 500: Internal Server Error
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode addVisitor(String segmentId, String visitorId) {
        return transport.send(addVisitorCall(segmentId, visitorId), jsonReader);
    }

    /**
     * Like {@link #addVisitor(String, String)}, without blocking.
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @param visitorId Visitor ID (path parameter {@code visitorId})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> addVisitorAsync(String segmentId, String visitorId) {
        return transport.sendAsync(addVisitorCall(segmentId, visitorId), jsonReader);
    }

    private Call addVisitorCall(String segmentId, String visitorId) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(visitorId, "visitorId");
        return Call.builder("segments.addVisitor", "PUT", "baseUrl", "/api/v1/segment/{segmentId}/visitor/{visitorId}")
            .pathParam("segmentId", segmentId)
            .pathParam("visitorId", visitorId)
            .reason(400, "Error adding visitor to segment, API created segments can have at most 10000000 visitors")
            .reason(403, "Segment must be created by the API")
            .reason(404, "Entity not found")
            .reason(409, "Operation in progress")
            .reason(500, "Internal Server Error")
            .build();
    }

    /**
     * Delete a single visitor from a segment. This can only be done for segments created via the API.
     *
     * <p>{@code DELETE /api/v1/segment/:segmentId/visitor/:visitorId} (request "Segment/Remove a visitor from a segment").
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @param visitorId Visitor ID (path parameter {@code visitorId})
     * @return the answer (200: Success)
     * @throws PendoBadRequestException 400: Error adding visitor to segment, API created segments can have at most 10000000 visitors
     * @throws PendoForbiddenException 403: Segment must be created by the API
     * @throws PendoNotFoundException 404: Entity not found
     * @throws PendoConflictException 409: Operation in progress
     * @throws PendoInternalServerErrorException 500: Internal Server Error
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode removeVisitor(String segmentId, String visitorId) {
        return transport.send(removeVisitorCall(segmentId, visitorId), jsonReader);
    }

    /**
     * Like {@link #removeVisitor(String, String)}, without blocking.
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @param visitorId Visitor ID (path parameter {@code visitorId})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> removeVisitorAsync(String segmentId, String visitorId) {
        return transport.sendAsync(removeVisitorCall(segmentId, visitorId), jsonReader);
    }

    private Call removeVisitorCall(String segmentId, String visitorId) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(visitorId, "visitorId");
        return Call.builder("segments.removeVisitor", "DELETE", "baseUrl", "/api/v1/segment/{segmentId}/visitor/{visitorId}")
            .pathParam("segmentId", segmentId)
            .pathParam("visitorId", visitorId)
            .reason(400, "Error adding visitor to segment, API created segments can have at most 10000000 visitors")
            .reason(403, "Segment must be created by the API")
            .reason(404, "Entity not found")
            .reason(409, "Operation in progress")
            .reason(500, "Internal Server Error")
            .build();
    }

    /**
     * Add or remove a small batch of visitors in a segment. This can only be done for segments created via the API.
     *
     * <p>Limits for this endpoint are:
     *
     * <p>- 10 operations max per patch call - 1000 visitors max per patch call
     *
     * <p>{@code PATCH /api/v1/segment/:segmentId/visitor} (request "Segment/Add/remove small batches of visitors to a segment").
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @param body the request body
     * @return the answer (200: Success)
     * @throws PendoBadRequestException 400: Error adding visitor to segment, API created segments can have at most 10000000 visitors
     * @throws PendoForbiddenException 403: Segment must be created by the API
     * @throws PendoNotFoundException 404: Entity not found
     * @throws PendoConflictException 409: Operation in progress
     * @throws PendoPayloadTooLargeException 413: Segment patch requests can have at most X operations/visitors
     * @throws PendoInternalServerErrorException 500: Internal Server Error
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode updateVisitors(String segmentId, JsonNode body) {
        return transport.send(updateVisitorsCall(segmentId, body), jsonReader);
    }

    /**
     * Like {@link #updateVisitors(String, JsonNode)}, without blocking.
     *
     * @param segmentId Segment ID (path parameter {@code segmentId})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateVisitorsAsync(String segmentId, JsonNode body) {
        return transport.sendAsync(updateVisitorsCall(segmentId, body), jsonReader);
    }

    private Call updateVisitorsCall(String segmentId, JsonNode body) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(body, "body");
        return Call.builder("segments.updateVisitors", "PATCH", "baseUrl", "/api/v1/segment/{segmentId}/visitor")
            .pathParam("segmentId", segmentId)
            .body(transport.json(body), "application/json")
            .reason(400, "Error adding visitor to segment, API created segments can have at most 10000000 visitors")
            .reason(403, "Segment must be created by the API")
            .reason(404, "Entity not found")
            .reason(409, "Operation in progress")
            .reason(413, "Segment patch requests can have at most X operations/visitors")
            .reason(500, "Internal Server Error")
            .build();
    }
}
