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
 * Documented in the collection as "The Report Object".
 *
 * @param createdByUser The user that created the report.
 * @param createdAt The timestamp in milliseconds after the epoch when the report was created.
 * @param lastUpdatedByUser The user that last updated the report.
 * @param lastUpdatedAt The timestamp in milliseconds after the epoch when the report was last updated.
 * @param kind Returns the type of object. Report for example.
 * @param rootVersionId The unique identifier of the root entity, which nominally matches the public id field of the report.
 * @param stableVersionId The unique identifier for the current version of the report.
 * @param id Unique identifier for the report.
 * @param name Display name for the report.
 * @param shared Returns true or false dependent on the reports visibility setting.
 * @param definition Structure of the report, e.g., which columns were
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(@JsonProperty("createdByUser") Map<String, JsonNode> createdByUser,
        @JsonProperty("createdAt") Long createdAt,
        @JsonProperty("lastUpdatedByUser") Map<String, JsonNode> lastUpdatedByUser,
        @JsonProperty("lastUpdatedAt") Long lastUpdatedAt, @JsonProperty("kind") String kind,
        @JsonProperty("rootVersionId") String rootVersionId,
        @JsonProperty("stableVersionId") String stableVersionId, @JsonProperty("id") String id,
        @JsonProperty("name") String name, @JsonProperty("shared") Boolean shared,
        @JsonProperty("definition") List<Definition> definition,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param createdByUser The user that created the report.
     * @param createdAt The timestamp in milliseconds after the epoch when the report was created.
     * @param lastUpdatedByUser The user that last updated the report.
     * @param lastUpdatedAt The timestamp in milliseconds after the epoch when the report was last updated.
     * @param kind Returns the type of object. Report for example.
     * @param rootVersionId The unique identifier of the root entity, which nominally matches the public id field of the report.
     * @param stableVersionId The unique identifier for the current version of the report.
     * @param id Unique identifier for the report.
     * @param name Display name for the report.
     * @param shared Returns true or false dependent on the reports visibility setting.
     * @param definition Structure of the report, e.g., which columns were
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public Report {
        createdByUser = createdByUser == null ? null : Collections.unmodifiableMap(createdByUser);
        lastUpdatedByUser = lastUpdatedByUser == null ? null : Collections.unmodifiableMap(lastUpdatedByUser);
        definition = definition == null ? null : Collections.unmodifiableList(definition);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code Report}, with no field set.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder with this record's fields, to make a changed copy.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link Report}; every field is optional.
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

        private Boolean shared;

        private List<Definition> definition;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The user that created the report.
         *
         * @param createdByUser the value, or null to leave it out
         * @return this builder
         */
        public Builder createdByUser(Map<String, JsonNode> createdByUser) {
            this.createdByUser = createdByUser;
            return this;
        }

        /**
         * The timestamp in milliseconds after the epoch when the report was created.
         *
         * @param createdAt the value, or null to leave it out
         * @return this builder
         */
        public Builder createdAt(Long createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * The user that last updated the report.
         *
         * @param lastUpdatedByUser the value, or null to leave it out
         * @return this builder
         */
        public Builder lastUpdatedByUser(Map<String, JsonNode> lastUpdatedByUser) {
            this.lastUpdatedByUser = lastUpdatedByUser;
            return this;
        }

        /**
         * The timestamp in milliseconds after the epoch when the report was last updated.
         *
         * @param lastUpdatedAt the value, or null to leave it out
         * @return this builder
         */
        public Builder lastUpdatedAt(Long lastUpdatedAt) {
            this.lastUpdatedAt = lastUpdatedAt;
            return this;
        }

        /**
         * Returns the type of object. Report for example.
         *
         * @param kind the value, or null to leave it out
         * @return this builder
         */
        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * The unique identifier of the root entity, which nominally matches the public id field of the report.
         *
         * @param rootVersionId the value, or null to leave it out
         * @return this builder
         */
        public Builder rootVersionId(String rootVersionId) {
            this.rootVersionId = rootVersionId;
            return this;
        }

        /**
         * The unique identifier for the current version of the report.
         *
         * @param stableVersionId the value, or null to leave it out
         * @return this builder
         */
        public Builder stableVersionId(String stableVersionId) {
            this.stableVersionId = stableVersionId;
            return this;
        }

        /**
         * Unique identifier for the report.
         *
         * @param id the value, or null to leave it out
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Display name for the report.
         *
         * @param name the value, or null to leave it out
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Returns true or false dependent on the reports visibility setting.
         *
         * @param shared the value, or null to leave it out
         * @return this builder
         */
        public Builder shared(Boolean shared) {
            this.shared = shared;
            return this;
        }

        /**
         * Structure of the report, e.g., which columns were
         *
         * @param definition the value, or null to leave it out
         * @return this builder
         */
        public Builder definition(List<Definition> definition) {
            this.definition = definition;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         *
         * @param additionalProperties the fields by JSON name
         * @return this builder
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        /**
         * Sets every field as {@code other} has it.
         *
         * @param other the record to copy
         * @return this builder
         */
        public Builder from(Report other) {
            this.createdByUser = other.createdByUser();
            this.createdAt = other.createdAt();
            this.lastUpdatedByUser = other.lastUpdatedByUser();
            this.lastUpdatedAt = other.lastUpdatedAt();
            this.kind = other.kind();
            this.rootVersionId = other.rootVersionId();
            this.stableVersionId = other.stableVersionId();
            this.id = other.id();
            this.name = other.name();
            this.shared = other.shared();
            this.definition = other.definition();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public Report build() {
            return new Report(createdByUser == null ? null : new LinkedHashMap<>(createdByUser),
                    createdAt,
                    lastUpdatedByUser == null ? null : new LinkedHashMap<>(lastUpdatedByUser),
                    lastUpdatedAt, kind, rootVersionId, stableVersionId, id, name, shared,
                    definition == null ? null : new ArrayList<>(definition),
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
