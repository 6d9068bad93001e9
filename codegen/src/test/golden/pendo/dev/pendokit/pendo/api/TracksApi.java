package dev.pendokit.pendo.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.pendo.PendoBadRequestException;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.model.SendATrackEventRequest;
import dev.pendokit.pendo.runtime.Authentication;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Track".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class TracksApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    private final ResponseReader<List<JsonNode>> jsonListReader;

    /**
     * Made by the client; use its {@code tracks()} accessor.
     *
     * @param transport sends the calls
     */
    public TracksApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
        this.jsonListReader = Readers.json(transport.mapper(), new TypeReference<List<JsonNode>>() {});
    }

    /**
     * The track endpoint allows you record any actions your users perform, along with any properties that describe the action. Each action is known as an event. Each event has a name and properties.
     *
     * <p>Note: Your Pendo_trackEventSecret_Key is different from your x-pendo-integration-key or your Pendo Subscription API Key (which is embedded in your install snippet). To find your Pendo_trackEventSecret_Key, navigate to your Subscription Settings and choose your app. Under the "App Details," click on "Show" next to "Track Event Shared Secret."
     *
     * <p>{@code POST /data/track} (request "Track/Send a Track Event").
     *
     * @param body the request body
     * @return the answer (200: Response is sent as body)
     * @throws PendoBadRequestException 400: Error unmarshalling track event data
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode sendEvent(SendATrackEventRequest body) {
        return transport.send(sendEventCall(body), jsonReader);
    }

    /**
     * Like {@link #sendEvent(SendATrackEventRequest)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> sendEventAsync(SendATrackEventRequest body) {
        return transport.sendAsync(sendEventCall(body), jsonReader);
    }

    private Call sendEventCall(SendATrackEventRequest body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("tracks.sendEvent", "POST", "dataHost", "/data/track")
            .body(transport.json(body), "application/json")
            .authentication(Authentication.apiKey("trackEventSecret", "x-pendo-integration-key", Call.KeyIn.HEADER))
            .reason(400, "Error unmarshalling track event data")
            .build();
    }

    /**
     * Returns full list of track events
     *
     * <p>{@code GET /api/v1/tracktype} (request "Track/Return a List of All Track Types").
     *
     * @param params the request's parameters
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<JsonNode> listTypes(ListTypesParams params) {
        return transport.send(listTypesCall(params), jsonListReader);
    }

    /**
     * Like {@link #listTypes(TracksApi.ListTypesParams)}, without blocking.
     *
     * @param params the request's parameters
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<JsonNode>> listTypesAsync(ListTypesParams params) {
        return transport.sendAsync(listTypesCall(params), jsonListReader);
    }

    /**
     * {@link #listTypes(TracksApi.ListTypesParams)} without any of its optional parameters.
     *
     * @return the answer (200: Response is sent as body)
     */
    public List<JsonNode> listTypes() {
        return listTypes(ListTypesParams.builder().build());
    }

    private Call listTypesCall(ListTypesParams params) {
        Objects.requireNonNull(params, "params");
        return Call.builder("tracks.listTypes", "GET", "baseUrl", "/api/v1/tracktype")
            .query("expand", params.expand())
            .query("appId", params.appId())
            .build();
    }

    /**
     * The trackTypeId referenced below can be found at the end of the URL when viewing details for a specific track event within the app. You can view your list of available track events here.
     *
     * <p>{@code GET /api/v1/tracktype} (request "Track/Return a Specific Track Type").
     *
     * @param id ID of the track type to return (query parameter {@code id})
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode getType(String id) {
        return transport.send(getTypeCall(id), jsonReader);
    }

    /**
     * Like {@link #getType(String)}, without blocking.
     *
     * @param id ID of the track type to return (query parameter {@code id})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getTypeAsync(String id) {
        return transport.sendAsync(getTypeCall(id), jsonReader);
    }

    private Call getTypeCall(String id) {
        Objects.requireNonNull(id, "id");
        return Call.builder("tracks.getType", "GET", "baseUrl", "/api/v1/tracktype")
            .query("id", id)
            .build();
    }

    /**
     * The parameters of {@code listTypes}.
     *
     * @param expand Return all track types from all applications within the subscription (query parameter {@code expand})
     * @param appId Return all track types from a single application within the subscription. This ID can be found at the end of the URL when viewing app details in subscription settings (query parameter {@code appId})
     */
    public record ListTypesParams(String expand, Long appId) {
        /**
         * A builder with no parameter set.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Builds a {@link ListTypesParams}; every parameter is optional.
         */
        public static final class Builder {
            private String expand;

            private Long appId;

            private Builder() {
            }

            /**
             * Return all track types from all applications within the subscription (query parameter {@code expand})
             *
             * @param expand the value, or null to leave it out
             * @return this builder
             */
            public Builder expand(String expand) {
                this.expand = expand;
                return this;
            }

            /**
             * Return all track types from a single application within the subscription. This ID can be found at the end of the URL when viewing app details in subscription settings (query parameter {@code appId})
             *
             * @param appId the value, or null to leave it out
             * @return this builder
             */
            public Builder appId(Long appId) {
                this.appId = appId;
                return this;
            }

            /**
             * The parameters as set.
             *
             * @return the parameters
             */
            public ListTypesParams build() {
                return new ListTypesParams(expand, appId);
            }
        }
    }
}
