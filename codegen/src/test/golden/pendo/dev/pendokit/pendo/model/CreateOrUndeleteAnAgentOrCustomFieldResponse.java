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
 * @param schema Contains the data submitted for each field
 * @param status Status of the attempt: created, failed, or undeleted
 * @param error JSON field {@code error}
 * @param summary JSON field {@code summary}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateOrUndeleteAnAgentOrCustomFieldResponse(@JsonProperty("schema") JsonNode schema,
        @JsonProperty("status") JsonNode status,
        @JsonProperty("error") CreateOrUndeleteAnAgentOrCustomFieldResponseError error,
        @JsonProperty("summary") CreateOrUndeleteAnAgentOrCustomFieldResponseSummary summary,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param schema Contains the data submitted for each field
     * @param status Status of the attempt: created, failed, or undeleted
     * @param error JSON field {@code error}
     * @param summary JSON field {@code summary}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public CreateOrUndeleteAnAgentOrCustomFieldResponse {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code CreateOrUndeleteAnAgentOrCustomFieldResponse}, with no field set.
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
     * Builds a {@link CreateOrUndeleteAnAgentOrCustomFieldResponse}; every field is optional.
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
         *
         * @param schema the value, or null to leave it out
         * @return this builder
         */
        public Builder schema(JsonNode schema) {
            this.schema = schema;
            return this;
        }

        /**
         * Status of the attempt: created, failed, or undeleted
         *
         * @param status the value, or null to leave it out
         * @return this builder
         */
        public Builder status(JsonNode status) {
            this.status = status;
            return this;
        }

        /**
         * JSON field {@code error}
         *
         * @param error the value, or null to leave it out
         * @return this builder
         */
        public Builder error(CreateOrUndeleteAnAgentOrCustomFieldResponseError error) {
            this.error = error;
            return this;
        }

        /**
         * JSON field {@code summary}
         *
         * @param summary the value, or null to leave it out
         * @return this builder
         */
        public Builder summary(CreateOrUndeleteAnAgentOrCustomFieldResponseSummary summary) {
            this.summary = summary;
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
        public Builder from(CreateOrUndeleteAnAgentOrCustomFieldResponse other) {
            this.schema = other.schema();
            this.status = other.status();
            this.error = other.error();
            this.summary = other.summary();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public CreateOrUndeleteAnAgentOrCustomFieldResponse build() {
            return new CreateOrUndeleteAnAgentOrCustomFieldResponse(schema, status, error, summary,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
