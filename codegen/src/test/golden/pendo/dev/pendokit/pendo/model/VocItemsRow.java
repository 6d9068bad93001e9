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
 * @param id Unique identifier for the Listen object
 * @param statusId The current status of the Listen object
 * @param effort Numeric representation of effort (1-5). Available for ideas only.
 * @param impact Numeric representation of impact (1-5). Available for ideas only.
 * @param type The type of Listen object (feedback or idea)
 * @param accountId The account ID associated with the submission.
 * @param onBehalfOfId The id that the Listen object was created for. Defaults to createdById if not supplied.
 * @param onBehalfOfType The type associated with the onBehalfOfId: 'Visitor', 'User' or 'IntegrationKey'.
 * @param ownedByUserId The internal Pendo user ID that owns the Listen object.
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VocItemsRow(@JsonProperty("id") String id, @JsonProperty("statusId") String statusId,
        @JsonProperty("effort") BigDecimal effort, @JsonProperty("impact") BigDecimal impact,
        @JsonProperty("type") String type, @JsonProperty("accountId") String accountId,
        @JsonProperty("onBehalfOfId") String onBehalfOfId,
        @JsonProperty("onBehalfOfType") String onBehalfOfType,
        @JsonProperty("ownedByUserId") String ownedByUserId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param id Unique identifier for the Listen object
     * @param statusId The current status of the Listen object
     * @param effort Numeric representation of effort (1-5). Available for ideas only.
     * @param impact Numeric representation of impact (1-5). Available for ideas only.
     * @param type The type of Listen object (feedback or idea)
     * @param accountId The account ID associated with the submission.
     * @param onBehalfOfId The id that the Listen object was created for. Defaults to createdById if not supplied.
     * @param onBehalfOfType The type associated with the onBehalfOfId: 'Visitor', 'User' or 'IntegrationKey'.
     * @param ownedByUserId The internal Pendo user ID that owns the Listen object.
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public VocItemsRow {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code VocItemsRow}, with no field set.
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
     * Builds a {@link VocItemsRow}; every field is optional.
     */
    public static final class Builder {
        private String id;

        private String statusId;

        private BigDecimal effort;

        private BigDecimal impact;

        private String type;

        private String accountId;

        private String onBehalfOfId;

        private String onBehalfOfType;

        private String ownedByUserId;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Unique identifier for the Listen object
         *
         * @param id the value, or null to leave it out
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * The current status of the Listen object
         *
         * @param statusId the value, or null to leave it out
         * @return this builder
         */
        public Builder statusId(String statusId) {
            this.statusId = statusId;
            return this;
        }

        /**
         * Numeric representation of effort (1-5). Available for ideas only.
         *
         * @param effort the value, or null to leave it out
         * @return this builder
         */
        public Builder effort(BigDecimal effort) {
            this.effort = effort;
            return this;
        }

        /**
         * Numeric representation of impact (1-5). Available for ideas only.
         *
         * @param impact the value, or null to leave it out
         * @return this builder
         */
        public Builder impact(BigDecimal impact) {
            this.impact = impact;
            return this;
        }

        /**
         * The type of Listen object (feedback or idea)
         *
         * @param type the value, or null to leave it out
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * The account ID associated with the submission.
         *
         * @param accountId the value, or null to leave it out
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * The id that the Listen object was created for. Defaults to createdById if not supplied.
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
         * The internal Pendo user ID that owns the Listen object.
         *
         * @param ownedByUserId the value, or null to leave it out
         * @return this builder
         */
        public Builder ownedByUserId(String ownedByUserId) {
            this.ownedByUserId = ownedByUserId;
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
        public Builder from(VocItemsRow other) {
            this.id = other.id();
            this.statusId = other.statusId();
            this.effort = other.effort();
            this.impact = other.impact();
            this.type = other.type();
            this.accountId = other.accountId();
            this.onBehalfOfId = other.onBehalfOfId();
            this.onBehalfOfType = other.onBehalfOfType();
            this.ownedByUserId = other.ownedByUserId();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public VocItemsRow build() {
            return new VocItemsRow(id, statusId, effort, impact, type, accountId, onBehalfOfId,
                    onBehalfOfType, ownedByUserId, new LinkedHashMap<>(additionalProperties));
        }
    }
}
