package dev.pendokit.pendo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Documented in the collection as "Response attributes".
 *
 * @param id Unique identifier for the vote.
 * @param vocItemId The ID of the idea associated with the vote.
 * @param accountId The account ID associated with the vote.
 * @param onBehalfOfId The id that the vote was created for. Defaults to createdById if not supplied.
 * @param onBehalfOfType The type associated with the onBehalfOfId: 'Visitor', 'User' or 'IntegrationKey'.
 * @param createdById The visitor ID that created the vote.
 * @param createdByType The type associated with the createdById: 'Visitor', 'User' or 'IntegrationKey'.
 * @param strength A numeric representation of the vote.
 * @param revoked Returns true if the vote has been removed.
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VotesRow(@JsonProperty("id") String id, @JsonProperty("vocItemId") String vocItemId,
        @JsonProperty("accountId") String accountId,
        @JsonProperty("onBehalfOfId") String onBehalfOfId,
        @JsonProperty("onBehalfOfType") String onBehalfOfType,
        @JsonProperty("createdById") String createdById,
        @JsonProperty("createdByType") String createdByType,
        @JsonProperty("strength") BigDecimal strength, @JsonProperty("revoked") Boolean revoked,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param id Unique identifier for the vote.
     * @param vocItemId The ID of the idea associated with the vote.
     * @param accountId The account ID associated with the vote.
     * @param onBehalfOfId The id that the vote was created for. Defaults to createdById if not supplied.
     * @param onBehalfOfType The type associated with the onBehalfOfId: 'Visitor', 'User' or 'IntegrationKey'.
     * @param createdById The visitor ID that created the vote.
     * @param createdByType The type associated with the createdById: 'Visitor', 'User' or 'IntegrationKey'.
     * @param strength A numeric representation of the vote.
     * @param revoked Returns true if the vote has been removed.
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public VotesRow {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code VotesRow}, with no field set.
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
     * Builds a {@link VotesRow}; every field is optional.
     */
    public static final class Builder {
        private String id;

        private String vocItemId;

        private String accountId;

        private String onBehalfOfId;

        private String onBehalfOfType;

        private String createdById;

        private String createdByType;

        private BigDecimal strength;

        private Boolean revoked;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Unique identifier for the vote.
         *
         * @param id the value, or null to leave it out
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * The ID of the idea associated with the vote.
         *
         * @param vocItemId the value, or null to leave it out
         * @return this builder
         */
        public Builder vocItemId(String vocItemId) {
            this.vocItemId = vocItemId;
            return this;
        }

        /**
         * The account ID associated with the vote.
         *
         * @param accountId the value, or null to leave it out
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * The id that the vote was created for. Defaults to createdById if not supplied.
         *
         * @param onBehalfOfId the value, or null to leave it out
         * @return this builder
         */
        public Builder onBehalfOfId(String onBehalfOfId) {
            this.onBehalfOfId = onBehalfOfId;
            return this;
        }

        /**
         * The type associated with the onBehalfOfId: 'Visitor', 'User' or 'IntegrationKey'.
         *
         * @param onBehalfOfType the value, or null to leave it out
         * @return this builder
         */
        public Builder onBehalfOfType(String onBehalfOfType) {
            this.onBehalfOfType = onBehalfOfType;
            return this;
        }

        /**
         * The visitor ID that created the vote.
         *
         * @param createdById the value, or null to leave it out
         * @return this builder
         */
        public Builder createdById(String createdById) {
            this.createdById = createdById;
            return this;
        }

        /**
         * The type associated with the createdById: 'Visitor', 'User' or 'IntegrationKey'.
         *
         * @param createdByType the value, or null to leave it out
         * @return this builder
         */
        public Builder createdByType(String createdByType) {
            this.createdByType = createdByType;
            return this;
        }

        /**
         * A numeric representation of the vote.
         *
         * @param strength the value, or null to leave it out
         * @return this builder
         */
        public Builder strength(BigDecimal strength) {
            this.strength = strength;
            return this;
        }

        /**
         * Returns true if the vote has been removed.
         *
         * @param revoked the value, or null to leave it out
         * @return this builder
         */
        public Builder revoked(Boolean revoked) {
            this.revoked = revoked;
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
        public Builder from(VotesRow other) {
            this.id = other.id();
            this.vocItemId = other.vocItemId();
            this.accountId = other.accountId();
            this.onBehalfOfId = other.onBehalfOfId();
            this.onBehalfOfType = other.onBehalfOfType();
            this.createdById = other.createdById();
            this.createdByType = other.createdByType();
            this.strength = other.strength();
            this.revoked = other.revoked();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public VotesRow build() {
            return new VotesRow(id, vocItemId, accountId, onBehalfOfId, onBehalfOfType, createdById,
                    createdByType, strength, revoked, new LinkedHashMap<>(additionalProperties));
        }
    }
}
