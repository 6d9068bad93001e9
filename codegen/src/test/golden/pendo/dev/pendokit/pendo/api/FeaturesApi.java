package dev.pendokit.pendo.api;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.model.Feature;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.Transport;
import java.util.ArrayList;
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

    /**
     * Made by the client; use its {@code features()} accessor.
     */
    public FeaturesApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.featureListReader = Readers.json(transport.mapper(), new TypeReference<List<Feature>>() {});
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
    public List<Feature> returnListOfAllFeatures(ReturnListOfAllFeaturesParams params) {
        return transport.send(returnListOfAllFeaturesCall(params), featureListReader);
    }

    /**
     * Like {@link #returnListOfAllFeatures}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<List<Feature>> returnListOfAllFeaturesAsync(
            ReturnListOfAllFeaturesParams params) {
        return transport.sendAsync(returnListOfAllFeaturesCall(params), featureListReader);
    }

    /**
     * {@link #returnListOfAllFeatures} without any of its optional parameters.
     */
    public List<Feature> returnListOfAllFeatures() {
        return returnListOfAllFeatures(ReturnListOfAllFeaturesParams.builder().build());
    }

    private Call returnListOfAllFeaturesCall(ReturnListOfAllFeaturesParams params) {
        Objects.requireNonNull(params, "params");
        return Call.builder("features.returnListOfAllFeatures", "GET", "baseUrl", "/api/v1/feature")
            .query("expand", params.expand())
            .query("appId", params.appId())
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .build();
    }

    /**
     * The featureId referenced below can be found at the end of the URL when viewing details for a specific feature within the app. You can view a comprehensive list of all tagged features here.
     *
     * <p>{@code GET /api/v1/feature} (request "Feature/Return a Specific Feature").
     *
     * @param id id of the feature to return (query parameter {@code id})
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<Feature> returnASpecificFeature(String id) {
        return transport.send(returnASpecificFeatureCall(id), featureListReader);
    }

    /**
     * Like {@link #returnASpecificFeature}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<List<Feature>> returnASpecificFeatureAsync(String id) {
        return transport.sendAsync(returnASpecificFeatureCall(id), featureListReader);
    }

    private Call returnASpecificFeatureCall(String id) {
        Objects.requireNonNull(id, "id");
        return Call.builder("features.returnASpecificFeature", "GET", "baseUrl", "/api/v1/feature")
            .query("id", id)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .build();
    }

    /**
     * Return List of Specific Features.
     *
     * <p>{@code GET /api/v1/feature} (request "Feature/Return List of Specific Features").
     *
     * @param id Comma-separated featureIds (query parameter {@code id})
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<Feature> returnListOfSpecificFeatures(String id) {
        return transport.send(returnListOfSpecificFeaturesCall(id), featureListReader);
    }

    /**
     * Like {@link #returnListOfSpecificFeatures}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<List<Feature>> returnListOfSpecificFeaturesAsync(String id) {
        return transport.sendAsync(returnListOfSpecificFeaturesCall(id), featureListReader);
    }

    private Call returnListOfSpecificFeaturesCall(String id) {
        Objects.requireNonNull(id, "id");
        return Call.builder("features.returnListOfSpecificFeatures", "GET", "baseUrl", "/api/v1/feature")
            .query("id", id)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .build();
    }

    /**
     * The parameters of {@code returnListOfAllFeatures}.
     *
     * @param expand Return all features from all applications within the subscription (query parameter {@code expand})
     * @param appId Return all features from a single application within the subscription. This ID can be found at the end of the URL when viewing app details in subscription settings (query parameter {@code appId})
     */
    public record ReturnListOfAllFeaturesParams(String expand, Long appId) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String expand;

            private Long appId;

            private Builder() {
            }

            /**
             * Return all features from all applications within the subscription (query parameter {@code expand})
             */
            public Builder expand(String expand) {
                this.expand = expand;
                return this;
            }

            /**
             * Return all features from a single application within the subscription. This ID can be found at the end of the URL when viewing app details in subscription settings (query parameter {@code appId})
             */
            public Builder appId(Long appId) {
                this.appId = appId;
                return this;
            }

            public ReturnListOfAllFeaturesParams build() {
                List<String> missing = new ArrayList<>();
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("ReturnListOfAllFeaturesParams is missing required parameters: " + missing);
                }
                return new ReturnListOfAllFeaturesParams(expand, appId);
            }
        }
    }
}
