package dev.pendokit.pendo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Documented in the collection as "Response Attributes".
 *
 * @param total Sum of updated + failed.
 * @param failed Sum of length(missing) + length(errors).
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetValueForASetOfAgentOrCustomFieldsResponse(@JsonProperty("total") BigDecimal total,
        @JsonProperty("failed") BigDecimal failed,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public SetValueForASetOfAgentOrCustomFieldsResponse {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link SetValueForASetOfAgentOrCustomFieldsResponse}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private BigDecimal total;

        private BigDecimal failed;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sum of updated + failed.
         */
        public Builder total(BigDecimal total) {
            this.total = total;
            return this;
        }

        /**
         * Sum of length(missing) + length(errors).
         */
        public Builder failed(BigDecimal failed) {
            this.failed = failed;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(SetValueForASetOfAgentOrCustomFieldsResponse other) {
            this.total = other.total();
            this.failed = other.failed();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public SetValueForASetOfAgentOrCustomFieldsResponse build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("SetValueForASetOfAgentOrCustomFieldsResponse is missing required fields: " + missing);
            }
            return new SetValueForASetOfAgentOrCustomFieldsResponse(total, failed, new LinkedHashMap<>(additionalProperties));
        }
    }
}
