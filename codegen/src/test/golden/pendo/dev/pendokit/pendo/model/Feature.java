package dev.pendokit.pendo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Documented in the collection as "The Feature Object".
 *
 * @param createdByUser Object containing information related to the user that created the feature.
 * @param createdAt The timestamp in milliseconds after the epoch when the feature was created.
 * @param lastUpdatedByUser Object containing information related to the user that last updated the feature.
 * @param lastUpdatedAt The timestamp in milliseconds after the epoch when the feature was last updated.
 * @param kind Returns the type of object. Feature for example.
 * @param rootVersionId The unique identifier of the root entity, which nominally matches the public id field of the feature.
 * @param stableVersionId The unique identifier for the current version of the feature.
 * @param id The unique identifier for the feature.
 * @param name Display name for the feature.
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Feature(@JsonProperty("createdByUser") Map<String, JsonNode> createdByUser,
        @JsonProperty("createdAt") Long createdAt,
        @JsonProperty("lastUpdatedByUser") Map<String, JsonNode> lastUpdatedByUser,
        @JsonProperty("lastUpdatedAt") Long lastUpdatedAt, @JsonProperty("kind") String kind,
        @JsonProperty("rootVersionId") String rootVersionId,
        @JsonProperty("stableVersionId") String stableVersionId, @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Feature {
        createdByUser = createdByUser == null ? null : Collections.unmodifiableMap(createdByUser);
        lastUpdatedByUser = lastUpdatedByUser == null ? null : Collections.unmodifiableMap(lastUpdatedByUser);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link Feature}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private Map<String, JsonNode> createdByUser;

        private Long createdAt;

        private Map<String, JsonNode> lastUpdatedByUser;

        private Long lastUpdatedAt;

        private String kind;

        private String rootVersionId;

        private String stableVersionId;

        private String id;

        private String name;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Object containing information related to the user that created the feature.
         */
        public Builder createdByUser(Map<String, JsonNode> createdByUser) {
            this.createdByUser = createdByUser;
            return this;
        }

        /**
         * The timestamp in milliseconds after the epoch when the feature was created.
         */
        public Builder createdAt(Long createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Object containing information related to the user that last updated the feature.
         */
        public Builder lastUpdatedByUser(Map<String, JsonNode> lastUpdatedByUser) {
            this.lastUpdatedByUser = lastUpdatedByUser;
            return this;
        }

        /**
         * The timestamp in milliseconds after the epoch when the feature was last updated.
         */
        public Builder lastUpdatedAt(Long lastUpdatedAt) {
            this.lastUpdatedAt = lastUpdatedAt;
            return this;
        }

        /**
         * Returns the type of object. Feature for example.
         */
        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * The unique identifier of the root entity, which nominally matches the public id field of the feature.
         */
        public Builder rootVersionId(String rootVersionId) {
            this.rootVersionId = rootVersionId;
            return this;
        }

        /**
         * The unique identifier for the current version of the feature.
         */
        public Builder stableVersionId(String stableVersionId) {
            this.stableVersionId = stableVersionId;
            return this;
        }

        /**
         * The unique identifier for the feature.
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Display name for the feature.
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(Feature other) {
            this.createdByUser = other.createdByUser();
            this.createdAt = other.createdAt();
            this.lastUpdatedByUser = other.lastUpdatedByUser();
            this.lastUpdatedAt = other.lastUpdatedAt();
            this.kind = other.kind();
            this.rootVersionId = other.rootVersionId();
            this.stableVersionId = other.stableVersionId();
            this.id = other.id();
            this.name = other.name();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public Feature build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Feature is missing required fields: " + missing);
            }
            return new Feature(createdByUser == null ? null : new LinkedHashMap<>(createdByUser), createdAt, lastUpdatedByUser == null ? null : new LinkedHashMap<>(lastUpdatedByUser), lastUpdatedAt, kind, rootVersionId, stableVersionId, id, name, new LinkedHashMap<>(additionalProperties));
        }
    }
}
