package dev.pendokit.pendo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Inferred from the collection's examples (example body).
 *
 * @param name JSON field {@code name}
 * @param category JSON field {@code category}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateExistingFeedbackRequestLabel(@JsonProperty("name") String name,
        @JsonProperty("category") String category,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param name JSON field {@code name}
     * @param category JSON field {@code category}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public UpdateExistingFeedbackRequestLabel {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code UpdateExistingFeedbackRequestLabel}, with no field set.
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
     * Builds a {@link UpdateExistingFeedbackRequestLabel}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private String name;

        private String category;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code name}
         *
         * @param name the value, or null to leave it out
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * JSON field {@code category}
         *
         * @param category the value, or null to leave it out
         * @return this builder
         */
        public Builder category(String category) {
            this.category = category;
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
        public Builder from(UpdateExistingFeedbackRequestLabel other) {
            this.name = other.name();
            this.category = other.category();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         * @throws IllegalStateException naming every required field that is not set
         */
        public UpdateExistingFeedbackRequestLabel build() {
            List<String> missing = new ArrayList<>();
            if (name == null) {
                missing.add("name");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("UpdateExistingFeedbackRequestLabel is missing required fields: " + missing);
            }
            return new UpdateExistingFeedbackRequestLabel(name, category,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
