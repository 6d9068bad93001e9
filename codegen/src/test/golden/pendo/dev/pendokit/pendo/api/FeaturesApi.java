package dev.pendokit.pendo.api;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.PendoNotFoundException;
import dev.pendokit.pendo.model.Feature;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Feature".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class FeaturesApi {
    private final Transport transport;

    private final ResponseReader<List<Feature>> featureListReader;

    private final ResponseReader<Feature> featureReader;

    /**
     * Made by the client; use its {@code features()} accessor.
     *
     * @param transport sends the calls
     */
    public FeaturesApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.featureListReader = Readers.json(transport.mapper(), new TypeReference<List<Feature>>() {});
        this.featureReader = Readers.first(transport.mapper(), Feature.class, "feature");
    }

    /**
     * Return List of All Features.
     *
     * <p>{@code GET /api/v1/feature} (request "Feature/Return List of All Features").
     *
     * @param params the request's parameters
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<Feature> list(ListParams params) {
        return transport.send(listCall(params), featureListReader);
    }

    /**
     * Like {@link #list(FeaturesApi.ListParams)}, without blocking.
     *
     * @param params the request's parameters
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<Feature>> listAsync(ListParams params) {
        return transport.sendAsync(listCall(params), featureListReader);
    }

    /**
     * {@link #list(FeaturesApi.ListParams)} without any of its optional parameters.
     *
     * @return the answer (200: Response is sent as body)
     */
    public List<Feature> list() {
        return list(ListParams.builder().build());
    }

    private Call listCall(ListParams params) {
        Objects.requireNonNull(params, "params");
        return Call.builder("features.list", "GET", "baseUrl", "/api/v1/feature")
            .query("expand", params.expand())
            .query("appId", params.appId())
            .build();
    }

    /**
     * The featureId referenced below can be found at the end of the URL when viewing details for a specific feature within the app. You can view a comprehensive list of all tagged features here.
     *
     * <p>{@code GET /api/v1/feature} (request "Feature/Return a Specific Feature").
     *
     * @param id id of the feature to return (query parameter {@code id})
     * @return the one element of the answer
     * @throws PendoNotFoundException when the answer holds none (an empty list)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public Feature get(String id) {
        return transport.send(getCall(id), featureReader);
    }

    /**
     * Like {@link #get(String)}, without blocking.
     *
     * @param id id of the feature to return (query parameter {@code id})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<Feature> getAsync(String id) {
        return transport.sendAsync(getCall(id), featureReader);
    }

    private Call getCall(String id) {
        Objects.requireNonNull(id, "id");
        return Call.builder("features.get", "GET", "baseUrl", "/api/v1/feature")
            .query("id", id)
            .build();
    }

    /**
     * Return List of Specific Features.
     *
     * <p>{@code GET /api/v1/feature} (request "Feature/Return List of Specific Features").
     *
     * @param ids Comma-separated featureIds (query parameter {@code id})
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<Feature> get(List<String> ids) {
        return transport.send(getCall(ids), featureListReader);
    }

    /**
     * Like {@link #get(List)}, without blocking.
     *
     * @param ids Comma-separated featureIds (query parameter {@code id})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<Feature>> getAsync(List<String> ids) {
        return transport.sendAsync(getCall(ids), featureListReader);
    }

    private Call getCall(List<String> ids) {
        Objects.requireNonNull(ids, "ids");
        return Call.builder("features.get", "GET", "baseUrl", "/api/v1/feature")
            .queryList("id", ids)
            .build();
    }

    /**
     * The parameters of {@code list}.
     *
     * @param expand Return all features from all applications within the subscription (query parameter {@code expand})
     * @param appId Return all features from a single application within the subscription. This ID can be found at the end of the URL when viewing app details in subscription settings (query parameter {@code appId})
     */
    public record ListParams(String expand, Long appId) {
        /**
         * A builder with no parameter set.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Builds a {@link ListParams}; every parameter is optional.
         */
        public static final class Builder {
            private String expand;

            private Long appId;

            private Builder() {
            }

            /**
             * Return all features from all applications within the subscription (query parameter {@code expand})
             *
             * @param expand the value, or null to leave it out
             * @return this builder
             */
            public Builder expand(String expand) {
                this.expand = expand;
                return this;
            }

            /**
             * Return all features from a single application within the subscription. This ID can be found at the end of the URL when viewing app details in subscription settings (query parameter {@code appId})
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
            public ListParams build() {
                return new ListParams(expand, appId);
            }
        }
    }
}
