package dev.pendokit.pendo.api;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.PendoNotFoundException;
import dev.pendokit.pendo.model.GetVisitorHistoryForATimePeriodItem;
import dev.pendokit.pendo.model.Visitor;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Visitor".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class VisitorsApi {
    private final Transport transport;

    private final ResponseReader<Visitor> visitorReader;

    private final ResponseReader<List<GetVisitorHistoryForATimePeriodItem>> getVisitorHistoryForATimePeriodItemListReader;

    /**
     * Made by the client; use its {@code visitors()} accessor.
     *
     * @param transport sends the calls
     */
    public VisitorsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.visitorReader = Readers.json(transport.mapper(), Visitor.class);
        this.getVisitorHistoryForATimePeriodItemListReader = Readers.json(transport.mapper(), new TypeReference<List<GetVisitorHistoryForATimePeriodItem>>() {});
    }

    /**
     * Gets a visitor object using a Visitor ID.
     *
     * <p>{@code GET /api/v1/visitor/:visitorId} (request "Visitor/Get Visitor by ID").
     *
     * @param visitorId Visitor ID (path parameter {@code visitorId})
     * @return the answer (200: Response is sent as body)
     * @throws PendoNotFoundException 404: Error while getting visitor, no such entity found
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public Visitor get(String visitorId) {
        return transport.send(getCall(visitorId), visitorReader);
    }

    /**
     * Like {@link #get(String)}, without blocking.
     *
     * @param visitorId Visitor ID (path parameter {@code visitorId})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<Visitor> getAsync(String visitorId) {
        return transport.sendAsync(getCall(visitorId), visitorReader);
    }

    private Call getCall(String visitorId) {
        Objects.requireNonNull(visitorId, "visitorId");
        return Call.builder("visitors.get", "GET", "baseUrl", "/api/v1/visitor/{visitorId}")
            .pathParam("visitorId", visitorId)
            .reason(404, "Error while getting visitor, no such entity found")
            .build();
    }

    /**
     * You may also retrieve visitor information by using a base64-encoded Visitor ID.
     *
     * <p>{@code GET /api/v1/visitor/:b64_id} (request "Visitor/Get Visitor by base64 encoded ID").
     *
     * @param b64Id "b64_" + your encoded ID (path parameter {@code b64_id})
     * @return the answer (200: Response is sent as body)
     * @throws PendoNotFoundException 404: Error while getting visitor, no such entity found
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public Visitor getByBase64Id(String b64Id) {
        return transport.send(getByBase64IdCall(b64Id), visitorReader);
    }

    /**
     * Like {@link #getByBase64Id(String)}, without blocking.
     *
     * @param b64Id "b64_" + your encoded ID (path parameter {@code b64_id})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<Visitor> getByBase64IdAsync(String b64Id) {
        return transport.sendAsync(getByBase64IdCall(b64Id), visitorReader);
    }

    private Call getByBase64IdCall(String b64Id) {
        Objects.requireNonNull(b64Id, "b64Id");
        return Call.builder("visitors.getByBase64Id", "GET", "baseUrl", "/api/v1/visitor/{b64_id}")
            .pathParam("b64_id", b64Id)
            .header("x-pendo-base64-encoded-params", "true")
            .reason(404, "Error while getting visitor, no such entity found")
            .build();
    }

    /**
     * Returns a <b>summary</b> of visitor activity for a 24 hour time period. For specific event counts, use the aggregation endpoint and queries below.
     *
     * <p><b>Note</b>: Visitor history is limited to the last 180 days.
     *
     * <p>{@code GET /api/v1/visitor/:visitorId/history} (request "Visitor/Get Visitor History for a Time Period").
     *
     * @param visitorId Visitor ID (path parameter {@code visitorId})
     * @param starttime Start time for historical data, in milliseconds since the epoch (query parameter {@code starttime})
     * @return the answer (200: The visitor history is returned in the body as a JSON list of objects. An empty list means there was no activity in that time period)
     * @throws PendoNotFoundException 404: The visitor is unknown
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<GetVisitorHistoryForATimePeriodItem> getHistory(String visitorId, long starttime) {
        return transport.send(getHistoryCall(visitorId, starttime), getVisitorHistoryForATimePeriodItemListReader);
    }

    /**
     * Like {@link #getHistory(String, long)}, without blocking.
     *
     * @param visitorId Visitor ID (path parameter {@code visitorId})
     * @param starttime Start time for historical data, in milliseconds since the epoch (query parameter {@code starttime})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<GetVisitorHistoryForATimePeriodItem>> getHistoryAsync(
            String visitorId, long starttime) {
        return transport.sendAsync(getHistoryCall(visitorId, starttime), getVisitorHistoryForATimePeriodItemListReader);
    }

    private Call getHistoryCall(String visitorId, long starttime) {
        Objects.requireNonNull(visitorId, "visitorId");
        return Call.builder("visitors.getHistory", "GET", "baseUrl", "/api/v1/visitor/{visitorId}/history")
            .pathParam("visitorId", visitorId)
            .query("starttime", starttime)
            .reason(404, "The visitor is unknown")
            .build();
    }
}
