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
 * @param schema Contains the data submitted for each field
 * @param status Status of the attempt: created, failed, or undeleted
 * @param error JSON field {@code error}
 * @param summary JSON field {@code summary}
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateOrUndeleteAnAgentOrCustomFieldResponse(@JsonProperty("schema") JsonNode schema,
        @JsonProperty("status") JsonNode status,
        @JsonProperty("error") CreateOrUndeleteAnAgentOrCustomFieldResponseError error,
        @JsonProperty("summary") CreateOrUndeleteAnAgentOrCustomFieldResponseSummary summary,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateOrUndeleteAnAgentOrCustomFieldResponse {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link CreateOrUndeleteAnAgentOrCustomFieldResponse}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private JsonNode schema;

        private JsonNode status;

        private CreateOrUndeleteAnAgentOrCustomFieldResponseError error;

        private CreateOrUndeleteAnAgentOrCustomFieldResponseSummary summary;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Contains the data submitted for each field
         */
        public Builder schema(JsonNode schema) {
            this.schema = schema;
            return this;
        }

        /**
         * Status of the attempt: created, failed, or undeleted
         */
        public Builder status(JsonNode status) {
            this.status = status;
            return this;
        }

        /**
         * JSON field {@code error}
         */
        public Builder error(CreateOrUndeleteAnAgentOrCustomFieldResponseError error) {
            this.error = error;
            return this;
        }

        /**
         * JSON field {@code summary}
         */
        public Builder summary(CreateOrUndeleteAnAgentOrCustomFieldResponseSummary summary) {
            this.summary = summary;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(CreateOrUndeleteAnAgentOrCustomFieldResponse other) {
            this.schema = other.schema();
            this.status = other.status();
            this.error = other.error();
            this.summary = other.summary();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public CreateOrUndeleteAnAgentOrCustomFieldResponse build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("CreateOrUndeleteAnAgentOrCustomFieldResponse is missing required fields: " + missing);
            }
            return new CreateOrUndeleteAnAgentOrCustomFieldResponse(schema, status, error, summary, new LinkedHashMap<>(additionalProperties));
        }
    }
}
