package dev.pendokit.pendo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Documented in the collection as "Response Attributes".
 *
 * @param createdByUser Object containing information related to the user that created the group.
 * @param createdAt The timestamp in milliseconds after the epoch when the group was created.
 * @param lastUpdatedByUser Object containing information related to the user that last updated the group.
 * @param lastUpdatedAt The timestamp in milliseconds after the epoch when the group was last updated.
 * @param color The color assigned to the group in the UI.
 * @param description The description added to the group in the UI.
 * @param id Unique identifier for the group.
 * @param length The number of items (pages, features, etc.) associated with the group.
 * @param name Display name for the group.
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupsRow(@JsonProperty("createdByUser") Map<String, JsonNode> createdByUser,
        @JsonProperty("createdAt") Long createdAt,
        @JsonProperty("lastUpdatedByUser") Map<String, JsonNode> lastUpdatedByUser,
        @JsonProperty("lastUpdatedAt") Long lastUpdatedAt, @JsonProperty("color") String color,
        @JsonProperty("description") String description, @JsonProperty("id") String id,
        @JsonProperty("length") BigDecimal length, @JsonProperty("name") String name,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param createdByUser Object containing information related to the user that created the group.
     * @param createdAt The timestamp in milliseconds after the epoch when the group was created.
     * @param lastUpdatedByUser Object containing information related to the user that last updated the group.
     * @param lastUpdatedAt The timestamp in milliseconds after the epoch when the group was last updated.
     * @param color The color assigned to the group in the UI.
     * @param description The description added to the group in the UI.
     * @param id Unique identifier for the group.
     * @param length The number of items (pages, features, etc.) associated with the group.
     * @param name Display name for the group.
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public GroupsRow {
        createdByUser = createdByUser == null ? null : Collections.unmodifiableMap(createdByUser);
        lastUpdatedByUser = lastUpdatedByUser == null ? null : Collections.unmodifiableMap(lastUpdatedByUser);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code GroupsRow}, with no field set.
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
     * Builds a {@link GroupsRow}; every field is optional.
     */
    public static final class Builder {
        private Map<String, JsonNode> createdByUser;

        private Long createdAt;

        private Map<String, JsonNode> lastUpdatedByUser;

        private Long lastUpdatedAt;

        private String color;

        private String description;

        private String id;

        private BigDecimal length;

        private String name;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Object containing information related to the user that created the group.
         *
         * @param createdByUser the value, or null to leave it out
         * @return this builder
         */
        public Builder createdByUser(Map<String, JsonNode> createdByUser) {
            this.createdByUser = createdByUser;
            return this;
        }

        /**
         * The timestamp in milliseconds after the epoch when the group was created.
         *
         * @param createdAt the value, or null to leave it out
         * @return this builder
         */
        public Builder createdAt(Long createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Object containing information related to the user that last updated the group.
         *
         * @param lastUpdatedByUser the value, or null to leave it out
         * @return this builder
         */
        public Builder lastUpdatedByUser(Map<String, JsonNode> lastUpdatedByUser) {
            this.lastUpdatedByUser = lastUpdatedByUser;
            return this;
        }

        /**
         * The timestamp in milliseconds after the epoch when the group was last updated.
         *
         * @param lastUpdatedAt the value, or null to leave it out
         * @return this builder
         */
        public Builder lastUpdatedAt(Long lastUpdatedAt) {
            this.lastUpdatedAt = lastUpdatedAt;
            return this;
        }

        /**
         * The color assigned to the group in the UI.
         *
         * @param color the value, or null to leave it out
         * @return this builder
         */
        public Builder color(String color) {
            this.color = color;
            return this;
        }

        /**
         * The description added to the group in the UI.
         *
         * @param description the value, or null to leave it out
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Unique identifier for the group.
         *
         * @param id the value, or null to leave it out
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * The number of items (pages, features, etc.) associated with the group.
         *
         * @param length the value, or null to leave it out
         * @return this builder
         */
        public Builder length(BigDecimal length) {
            this.length = length;
            return this;
        }

        /**
         * Display name for the group.
         *
         * @param name the value, or null to leave it out
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
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
        public Builder from(GroupsRow other) {
            this.createdByUser = other.createdByUser();
            this.createdAt = other.createdAt();
            this.lastUpdatedByUser = other.lastUpdatedByUser();
            this.lastUpdatedAt = other.lastUpdatedAt();
            this.color = other.color();
            this.description = other.description();
            this.id = other.id();
            this.length = other.length();
            this.name = other.name();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public GroupsRow build() {
            return new GroupsRow(createdByUser == null ? null : new LinkedHashMap<>(createdByUser),
                    createdAt,
                    lastUpdatedByUser == null ? null : new LinkedHashMap<>(lastUpdatedByUser),
                    lastUpdatedAt, color, description, id, length, name,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
