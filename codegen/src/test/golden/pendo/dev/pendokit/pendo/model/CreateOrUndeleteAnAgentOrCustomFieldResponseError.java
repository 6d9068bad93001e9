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
 * @param message If status was failed, this will indicate why
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateOrUndeleteAnAgentOrCustomFieldResponseError(
        @JsonProperty("message") JsonNode message,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param message If status was failed, this will indicate why
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public CreateOrUndeleteAnAgentOrCustomFieldResponseError {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code CreateOrUndeleteAnAgentOrCustomFieldResponseError}, with no field set.
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
     * Builds a {@link CreateOrUndeleteAnAgentOrCustomFieldResponseError}; every field is optional.
     */
    public static final class Builder {
        private JsonNode message;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * If status was failed, this will indicate why
         *
         * @param message the value, or null to leave it out
         * @return this builder
         */
        public Builder message(JsonNode message) {
            this.message = message;
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
        public Builder from(CreateOrUndeleteAnAgentOrCustomFieldResponseError other) {
            this.message = other.message();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public CreateOrUndeleteAnAgentOrCustomFieldResponseError build() {
            return new CreateOrUndeleteAnAgentOrCustomFieldResponseError(message,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
