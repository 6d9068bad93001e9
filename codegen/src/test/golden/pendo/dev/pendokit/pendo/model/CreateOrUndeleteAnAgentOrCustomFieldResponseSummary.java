package dev.pendokit.pendo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Documented in the collection as "Response Attributes".
 *
 * @param created Number of net new fields created
 * @param failed Number of fields that failed. See individual results above for specific error.
 * @param undeleted Number of fields undeleted. This will not appear if no fields were undeleted.
 * @param total Total number of fields included in the update attempt.
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateOrUndeleteAnAgentOrCustomFieldResponseSummary(
        @JsonProperty("created") JsonNode created, @JsonProperty("failed") JsonNode failed,
        @JsonProperty("undeleted") JsonNode undeleted, @JsonProperty("total") JsonNode total,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param created Number of net new fields created
     * @param failed Number of fields that failed. See individual results above for specific error.
     * @param undeleted Number of fields undeleted. This will not appear if no fields were undeleted.
     * @param total Total number of fields included in the update attempt.
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public CreateOrUndeleteAnAgentOrCustomFieldResponseSummary {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code CreateOrUndeleteAnAgentOrCustomFieldResponseSummary}, with no field set.
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
     * Builds a {@link CreateOrUndeleteAnAgentOrCustomFieldResponseSummary}; every field is optional.
     */
    public static final class Builder {
        private JsonNode created;

        private JsonNode failed;

        private JsonNode undeleted;

        private JsonNode total;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Number of net new fields created
         *
         * @param created the value, or null to leave it out
         * @return this builder
         */
        public Builder created(JsonNode created) {
            this.created = created;
            return this;
        }

        /**
         * Number of fields that failed. See individual results above for specific error.
         *
         * @param failed the value, or null to leave it out
         * @return this builder
         */
        public Builder failed(JsonNode failed) {
            this.failed = failed;
            return this;
        }

        /**
         * Number of fields undeleted. This will not appear if no fields were undeleted.
         *
         * @param undeleted the value, or null to leave it out
         * @return this builder
         */
        public Builder undeleted(JsonNode undeleted) {
            this.undeleted = undeleted;
            return this;
        }

        /**
         * Total number of fields included in the update attempt.
         *
         * @param total the value, or null to leave it out
         * @return this builder
         */
        public Builder total(JsonNode total) {
            this.total = total;
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
        public Builder from(CreateOrUndeleteAnAgentOrCustomFieldResponseSummary other) {
            this.created = other.created();
            this.failed = other.failed();
            this.undeleted = other.undeleted();
            this.total = other.total();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public CreateOrUndeleteAnAgentOrCustomFieldResponseSummary build() {
            return new CreateOrUndeleteAnAgentOrCustomFieldResponseSummary(created, failed,
                    undeleted, total, new LinkedHashMap<>(additionalProperties));
        }
    }
}
