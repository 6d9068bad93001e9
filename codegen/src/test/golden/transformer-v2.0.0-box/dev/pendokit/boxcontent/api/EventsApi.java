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
 * The requests of the collection's folder "Events".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class EventsApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code events()} accessor.
     */
    public EventsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/events} (request "Events/Get Events for a User").
     *
     * @param limit the query parameter {@code limit}
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getEventsForAUser(long limit, String authorization) {
        return transport.send(getEventsForAUserCall(limit, authorization), jsonReader);
    }

    /**
     * Like {@link #getEventsForAUser}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getEventsForAUserAsync(long limit, String authorization) {
        return transport.sendAsync(getEventsForAUserCall(limit, authorization), jsonReader);
    }

    private Call getEventsForAUserCall(long limit, String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("events.getEventsForAUser", "GET", "apiBoxComUrl", "/2.0/events")
            .query("limit", limit)
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/events} (request "Events/Get a Specific Event in an Enterprise").
     *
     * @param streamType the query parameter {@code stream_type}
     * @param eventType the query parameter {@code event_type}
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getASpecificEventInAnEnterprise(String streamType, String eventType,
            String authorization) {
        return transport.send(getASpecificEventInAnEnterpriseCall(streamType, eventType, authorization), jsonReader);
    }

    /**
     * Like {@link #getASpecificEventInAnEnterprise}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getASpecificEventInAnEnterpriseAsync(String streamType,
            String eventType, String authorization) {
        return transport.sendAsync(getASpecificEventInAnEnterpriseCall(streamType, eventType, authorization), jsonReader);
    }

    private Call getASpecificEventInAnEnterpriseCall(String streamType, String eventType,
            String authorization) {
        Objects.requireNonNull(streamType, "streamType");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("events.getASpecificEventInAnEnterprise", "GET", "apiBoxComUrl", "/2.0/events")
            .query("stream_type", streamType)
            .query("event_type", eventType)
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/events} (request "Events/Get Events in an Enterprise").
     *
     * @param streamType the query parameter {@code stream_type}
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getEventsInAnEnterprise(String streamType, String authorization) {
        return transport.send(getEventsInAnEnterpriseCall(streamType, authorization), jsonReader);
    }

    /**
     * Like {@link #getEventsInAnEnterprise}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getEventsInAnEnterpriseAsync(String streamType,
            String authorization) {
        return transport.sendAsync(getEventsInAnEnterpriseCall(streamType, authorization), jsonReader);
    }

    private Call getEventsInAnEnterpriseCall(String streamType, String authorization) {
        Objects.requireNonNull(streamType, "streamType");
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("events.getEventsInAnEnterprise", "GET", "apiBoxComUrl", "/2.0/events")
            .query("stream_type", streamType)
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }
}
