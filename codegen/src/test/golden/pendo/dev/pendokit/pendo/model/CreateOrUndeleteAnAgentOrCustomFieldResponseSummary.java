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
 * Documented in the collection as "Response Attributes".
 *
 * @param created Number of net new fields created
 * @param failed Number of fields that failed. See individual results above for specific error.
 * @param undeleted Number of fields undeleted. This will not appear if no fields were undeleted.
 * @param total Total number of fields included in the update attempt.
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateOrUndeleteAnAgentOrCustomFieldResponseSummary(
        @JsonProperty("created") JsonNode created, @JsonProperty("failed") JsonNode failed,
        @JsonProperty("undeleted") JsonNode undeleted, @JsonProperty("total") JsonNode total,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateOrUndeleteAnAgentOrCustomFieldResponseSummary {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link CreateOrUndeleteAnAgentOrCustomFieldResponseSummary}; {@link #build()} names every required field that is missing.
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
         */
        public Builder created(JsonNode created) {
            this.created = created;
            return this;
        }

        /**
         * Number of fields that failed. See individual results above for specific error.
         */
        public Builder failed(JsonNode failed) {
            this.failed = failed;
            return this;
        }

        /**
         * Number of fields undeleted. This will not appear if no fields were undeleted.
         */
        public Builder undeleted(JsonNode undeleted) {
            this.undeleted = undeleted;
            return this;
        }

        /**
         * Total number of fields included in the update attempt.
         */
        public Builder total(JsonNode total) {
            this.total = total;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(CreateOrUndeleteAnAgentOrCustomFieldResponseSummary other) {
            this.created = other.created();
            this.failed = other.failed();
            this.undeleted = other.undeleted();
            this.total = other.total();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public CreateOrUndeleteAnAgentOrCustomFieldResponseSummary build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("CreateOrUndeleteAnAgentOrCustomFieldResponseSummary is missing required fields: " + missing);
            }
            return new CreateOrUndeleteAnAgentOrCustomFieldResponseSummary(created, failed, undeleted, total, new LinkedHashMap<>(additionalProperties));
        }
    }
}
