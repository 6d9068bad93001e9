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
    public List<Segment> getAllSharedEveryoneSegments() {
        return transport.send(getAllSharedEveryoneSegmentsCall(), segmentListReader);
    }

    /**
     * Like {@link #getAllSharedEveryoneSegments}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<List<Segment>> getAllSharedEveryoneSegmentsAsync() {
        return transport.sendAsync(getAllSharedEveryoneSegmentsCall(), segmentListReader);
    }

    private Call getAllSharedEveryoneSegmentsCall() {
        return Call.builder("segments.getAllSharedEveryoneSegments", "GET", "baseUrl", "/api/v1/segment")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public Segment getSegmentBySegmentId(String id) {
        return transport.send(getSegmentBySegmentIdCall(id), segmentReader);
    }

    /**
     * Like {@link #getSegmentBySegmentId}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<Segment> getSegmentBySegmentIdAsync(String id) {
        return transport.sendAsync(getSegmentBySegmentIdCall(id), segmentReader);
    }

    private Call getSegmentBySegmentIdCall(String id) {
        Objects.requireNonNull(id, "id");
        return Call.builder("segments.getSegmentBySegmentId", "GET", "baseUrl", "/api/v1/segment/{id}")
            .pathParam("id", id)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public JsonNode startExportOfSegmentVisitors(String segmentId) {
        return transport.send(startExportOfSegmentVisitorsCall(segmentId), jsonReader);
    }

    /**
     * Like {@link #startExportOfSegmentVisitors}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> startExportOfSegmentVisitorsAsync(String segmentId) {
        return transport.sendAsync(startExportOfSegmentVisitorsCall(segmentId), jsonReader);
    }

    private Call startExportOfSegmentVisitorsCall(String segmentId) {
        Objects.requireNonNull(segmentId, "segmentId");
        return Call.builder("segments.startExportOfSegmentVisitors", "POST", "baseUrl", "/api/v1/segment/{segmentId}/visitors")
            .pathParam("segmentId", segmentId)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public JsonNode checkSegmentExportStatus(String segmentId, String jobId) {
        return transport.send(checkSegmentExportStatusCall(segmentId, jobId), jsonReader);
    }

    /**
     * Like {@link #checkSegmentExportStatus}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> checkSegmentExportStatusAsync(String segmentId,
            String jobId) {
        return transport.sendAsync(checkSegmentExportStatusCall(segmentId, jobId), jsonReader);
    }

    private Call checkSegmentExportStatusCall(String segmentId, String jobId) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(jobId, "jobId");
        return Call.builder("segments.checkSegmentExportStatus", "GET", "baseUrl", "/api/v1/segment/{segmentId}/visitors/{jobId}/status")
            .pathParam("segmentId", segmentId)
            .pathParam("jobId", jobId)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public String retrieveSegmentExportResults(String segmentId, String jobId, String contentType) {
        return transport.send(retrieveSegmentExportResultsCall(segmentId, jobId, contentType), textReader);
    }

    /**
     * Like {@link #retrieveSegmentExportResults}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<String> retrieveSegmentExportResultsAsync(String segmentId,
            String jobId, String contentType) {
        return transport.sendAsync(retrieveSegmentExportResultsCall(segmentId, jobId, contentType), textReader);
    }

    private Call retrieveSegmentExportResultsCall(String segmentId, String jobId,
            String contentType) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(contentType, "contentType");
        return Call.builder("segments.retrieveSegmentExportResults", "GET", "baseUrl", "/api/v1/segment/{segmentId}/visitors/{jobId}/results/{contentType}")
            .pathParam("segmentId", segmentId)
            .pathParam("jobId", jobId)
            .pathParam("contentType", contentType)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
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
    public JsonNode createASegment(JsonNode body) {
        return transport.send(createASegmentCall(body), jsonReader);
    }

    /**
     * Like {@link #createASegment}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> createASegmentAsync(JsonNode body) {
        return transport.sendAsync(createASegmentCall(body), jsonReader);
    }

    private Call createASegmentCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("segments.createASegment", "POST", "baseUrl", "/api/v1/segment/upload")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public GetSegmentStatusResponse getSegmentStatus(String segmentId) {
        return transport.send(getSegmentStatusCall(segmentId), getSegmentStatusResponseReader);
    }

    /**
     * Like {@link #getSegmentStatus}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<GetSegmentStatusResponse> getSegmentStatusAsync(String segmentId) {
        return transport.sendAsync(getSegmentStatusCall(segmentId), getSegmentStatusResponseReader);
    }

    private Call getSegmentStatusCall(String segmentId) {
        Objects.requireNonNull(segmentId, "segmentId");
        return Call.builder("segments.getSegmentStatus", "GET", "baseUrl", "/api/v1/segment/{segmentId}/status")
            .pathParam("segmentId", segmentId)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public JsonNode updateASegment(String segmentId, JsonNode body) {
        return transport.send(updateASegmentCall(segmentId, body), jsonReader);
    }

    /**
     * Like {@link #updateASegment}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> updateASegmentAsync(String segmentId, JsonNode body) {
        return transport.sendAsync(updateASegmentCall(segmentId, body), jsonReader);
    }

    private Call updateASegmentCall(String segmentId, JsonNode body) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(body, "body");
        return Call.builder("segments.updateASegment", "PUT", "baseUrl", "/api/v1/segment/{segmentId}")
            .pathParam("segmentId", segmentId)
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public JsonNode deleteASegment(String segmentId, JsonNode body) {
        return transport.send(deleteASegmentCall(segmentId, body), jsonReader);
    }

    /**
     * Like {@link #deleteASegment}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> deleteASegmentAsync(String segmentId, JsonNode body) {
        return transport.sendAsync(deleteASegmentCall(segmentId, body), jsonReader);
    }

    private Call deleteASegmentCall(String segmentId, JsonNode body) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(body, "body");
        return Call.builder("segments.deleteASegment", "DELETE", "baseUrl", "/api/v1/segment/{segmentId}")
            .pathParam("segmentId", segmentId)
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public JsonNode addAVisitorToASegment(String segmentId, String visitorId) {
        return transport.send(addAVisitorToASegmentCall(segmentId, visitorId), jsonReader);
    }

    /**
     * Like {@link #addAVisitorToASegment}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> addAVisitorToASegmentAsync(String segmentId,
            String visitorId) {
        return transport.sendAsync(addAVisitorToASegmentCall(segmentId, visitorId), jsonReader);
    }

    private Call addAVisitorToASegmentCall(String segmentId, String visitorId) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(visitorId, "visitorId");
        return Call.builder("segments.addAVisitorToASegment", "PUT", "baseUrl", "/api/v1/segment/{segmentId}/visitor/{visitorId}")
            .pathParam("segmentId", segmentId)
            .pathParam("visitorId", visitorId)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public JsonNode removeAVisitorFromASegment(String segmentId, String visitorId) {
        return transport.send(removeAVisitorFromASegmentCall(segmentId, visitorId), jsonReader);
    }

    /**
     * Like {@link #removeAVisitorFromASegment}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> removeAVisitorFromASegmentAsync(String segmentId,
            String visitorId) {
        return transport.sendAsync(removeAVisitorFromASegmentCall(segmentId, visitorId), jsonReader);
    }

    private Call removeAVisitorFromASegmentCall(String segmentId, String visitorId) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(visitorId, "visitorId");
        return Call.builder("segments.removeAVisitorFromASegment", "DELETE", "baseUrl", "/api/v1/segment/{segmentId}/visitor/{visitorId}")
            .pathParam("segmentId", segmentId)
            .pathParam("visitorId", visitorId)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public JsonNode addRemoveSmallBatchesOfVisitorsToASegment(String segmentId, JsonNode body) {
        return transport.send(addRemoveSmallBatchesOfVisitorsToASegmentCall(segmentId, body), jsonReader);
    }

    /**
     * Like {@link #addRemoveSmallBatchesOfVisitorsToASegment}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> addRemoveSmallBatchesOfVisitorsToASegmentAsync(
            String segmentId, JsonNode body) {
        return transport.sendAsync(addRemoveSmallBatchesOfVisitorsToASegmentCall(segmentId, body), jsonReader);
    }

    private Call addRemoveSmallBatchesOfVisitorsToASegmentCall(String segmentId, JsonNode body) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(body, "body");
        return Call.builder("segments.addRemoveSmallBatchesOfVisitorsToASegment", "PATCH", "baseUrl", "/api/v1/segment/{segmentId}/visitor")
            .pathParam("segmentId", segmentId)
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .reason(400, "Error adding visitor to segment, API created segments can have at most 10000000 visitors")
            .reason(403, "Segment must be created by the API")
            .reason(404, "Entity not found")
            .reason(409, "Operation in progress")
            .reason(413, "Segment patch requests can have at most X operations/visitors")
            .reason(500, "Internal Server Error")
            .build();
    }
}
