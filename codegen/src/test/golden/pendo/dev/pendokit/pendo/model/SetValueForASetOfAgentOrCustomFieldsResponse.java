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
 * Documented in the collection as "Response Attributes".
 *
 * @param total Sum of updated + failed.
 * @param failed Sum of length(missing) + length(errors).
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetValueForASetOfAgentOrCustomFieldsResponse(@JsonProperty("total") BigDecimal total,
        @JsonProperty("failed") BigDecimal failed,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param total Sum of updated + failed.
     * @param failed Sum of length(missing) + length(errors).
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public SetValueForASetOfAgentOrCustomFieldsResponse {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code SetValueForASetOfAgentOrCustomFieldsResponse}, with no field set.
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
     * Builds a {@link SetValueForASetOfAgentOrCustomFieldsResponse}; every field is optional.
     */
    public static final class Builder {
        private BigDecimal total;

        private BigDecimal failed;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sum of updated + failed.
         *
         * @param total the value, or null to leave it out
         * @return this builder
         */
        public Builder total(BigDecimal total) {
            this.total = total;
            return this;
        }

        /**
         * Sum of length(missing) + length(errors).
         *
         * @param failed the value, or null to leave it out
         * @return this builder
         */
        public Builder failed(BigDecimal failed) {
            this.failed = failed;
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
        public Builder from(SetValueForASetOfAgentOrCustomFieldsResponse other) {
            this.total = other.total();
            this.failed = other.failed();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public SetValueForASetOfAgentOrCustomFieldsResponse build() {
            return new SetValueForASetOfAgentOrCustomFieldsResponse(total, failed,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
