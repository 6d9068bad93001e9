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
     *
     * @param transport sends the calls
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
    public JsonNode get(long limit, String authorization) {
        return transport.send(getCall(limit, authorization), jsonReader);
    }

    /**
     * Like {@link #get(long, String)}, without blocking.
     *
     * @param limit the query parameter {@code limit}
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getAsync(long limit, String authorization) {
        return transport.sendAsync(getCall(limit, authorization), jsonReader);
    }

    private Call getCall(long limit, String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("events.get", "GET", "apiBoxComUrl", "/2.0/events")
            .query("limit", limit)
            .header("Authorization", authorization)
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
    public JsonNode get(String streamType, String eventType, String authorization) {
        return transport.send(getCall(streamType, eventType, authorization), jsonReader);
    }

    /**
     * Like {@link #get(String, String, String)}, without blocking.
     *
     * @param streamType the query parameter {@code stream_type}
     * @param eventType the query parameter {@code event_type}
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getAsync(String streamType, String eventType,
            String authorization) {
        return transport.sendAsync(getCall(streamType, eventType, authorization), jsonReader);
    }

    private Call getCall(String streamType, String eventType, String authorization) {
        Objects.requireNonNull(streamType, "streamType");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("events.get", "GET", "apiBoxComUrl", "/2.0/events")
            .query("stream_type", streamType)
            .query("event_type", eventType)
            .header("Authorization", authorization)
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
    public JsonNode get(String streamType, String authorization) {
        return transport.send(getCall(streamType, authorization), jsonReader);
    }

    /**
     * Like {@link #get(String, String)}, without blocking.
     *
     * @param streamType the query parameter {@code stream_type}
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getAsync(String streamType, String authorization) {
        return transport.sendAsync(getCall(streamType, authorization), jsonReader);
    }

    private Call getCall(String streamType, String authorization) {
        Objects.requireNonNull(streamType, "streamType");
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("events.get", "GET", "apiBoxComUrl", "/2.0/events")
            .query("stream_type", streamType)
            .header("Authorization", authorization)
            .build();
    }
}
