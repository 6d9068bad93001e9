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
 * Documented in the collection as "The request object".
 *
 * @param title Title of the feedback. This cannot be empty. If title is included, it must contain a value.
 * @param importance Importance of the feedback. If provided, it must have one of the following valid values: -1: Not interested 1: Nice to have 2: Must have
 * @param appIds Required. An array of applicationIds.
 * @param description Description of the feedback.
 * @param productAreas An array of Product Areas to associate with the feedback. This will overwrite any existing values. To remove all Product Areas from a request, provide an empty array.
 * @param labels An array of objects with a label name and optional categoryName to associate with the feedback. This will overwrite any existing values. To remove all existing labels/categories from a request, provide an empty array. If the label/category does not yet exist, it
 * @param createdBy JSON field {@code createdBy}
 * @param createdAt JSON field {@code createdAt}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateExistingFeedbackRequest(@JsonProperty("title") String title,
        @JsonProperty("importance") Long importance, @JsonProperty("appIds") List<String> appIds,
        @JsonProperty("description") String description,
        @JsonProperty("productAreas") List<JsonNode> productAreas,
        @JsonProperty("labels") List<UpdateExistingFeedbackRequestLabel> labels,
        @JsonProperty("createdBy") String createdBy, @JsonProperty("createdAt") Long createdAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param title Title of the feedback. This cannot be empty. If title is included, it must contain a value.
     * @param importance Importance of the feedback. If provided, it must have one of the following valid values: -1: Not interested 1: Nice to have 2: Must have
     * @param appIds Required. An array of applicationIds.
     * @param description Description of the feedback.
     * @param productAreas An array of Product Areas to associate with the feedback. This will overwrite any existing values. To remove all Product Areas from a request, provide an empty array.
     * @param labels An array of objects with a label name and optional categoryName to associate with the feedback. This will overwrite any existing values. To remove all existing labels/categories from a request, provide an empty array. If the label/category does not yet exist, it
     * @param createdBy JSON field {@code createdBy}
     * @param createdAt JSON field {@code createdAt}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public UpdateExistingFeedbackRequest {
        appIds = appIds == null ? null : Collections.unmodifiableList(appIds);
        productAreas = productAreas == null ? null : Collections.unmodifiableList(productAreas);
        labels = labels == null ? null : Collections.unmodifiableList(labels);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code UpdateExistingFeedbackRequest}, with no field set.
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
     * Builds a {@link UpdateExistingFeedbackRequest}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private String title;

        private Long importance;

        private List<String> appIds;

        private String description;

        private List<JsonNode> productAreas;

        private List<UpdateExistingFeedbackRequestLabel> labels;

        private String createdBy;

        private Long createdAt;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Title of the feedback. This cannot be empty. If title is included, it must contain a value.
         *
         * @param title the value, or null to leave it out
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Importance of the feedback. If provided, it must have one of the following valid values: -1: Not interested 1: Nice to have 2: Must have
         *
         * @param importance the value, or null to leave it out
         * @return this builder
         */
        public Builder importance(Long importance) {
            this.importance = importance;
            return this;
        }

        /**
         * Required. An array of applicationIds.
         *
         * @param appIds the value, or null to leave it out
         * @return this builder
         */
        public Builder appIds(List<String> appIds) {
            this.appIds = appIds;
            return this;
        }

        /**
         * Description of the feedback.
         *
         * @param description the value, or null to leave it out
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * An array of Product Areas to associate with the feedback. This will overwrite any existing values. To remove all Product Areas from a request, provide an empty array.
         *
         * @param productAreas the value, or null to leave it out
         * @return this builder
         */
        public Builder productAreas(List<JsonNode> productAreas) {
            this.productAreas = productAreas;
            return this;
        }

        /**
         * An array of objects with a label name and optional categoryName to associate with the feedback. This will overwrite any existing values. To remove all existing labels/categories from a request, provide an empty array. If the label/category does not yet exist, it
         *
         * @param labels the value, or null to leave it out
         * @return this builder
         */
        public Builder labels(List<UpdateExistingFeedbackRequestLabel> labels) {
            this.labels = labels;
            return this;
        }

        /**
         * JSON field {@code createdBy}
         *
         * @param createdBy the value, or null to leave it out
         * @return this builder
         */
        public Builder createdBy(String createdBy) {
            this.createdBy = createdBy;
            return this;
        }

        /**
         * JSON field {@code createdAt}
         *
         * @param createdAt the value, or null to leave it out
         * @return this builder
         */
        public Builder createdAt(Long createdAt) {
            this.createdAt = createdAt;
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
        public Builder from(UpdateExistingFeedbackRequest other) {
            this.title = other.title();
            this.importance = other.importance();
            this.appIds = other.appIds();
            this.description = other.description();
            this.productAreas = other.productAreas();
            this.labels = other.labels();
            this.createdBy = other.createdBy();
            this.createdAt = other.createdAt();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         * @throws IllegalStateException naming every required field that is not set
         */
        public UpdateExistingFeedbackRequest build() {
            List<String> missing = new ArrayList<>();
            if (appIds == null) {
                missing.add("appIds");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("UpdateExistingFeedbackRequest is missing required fields: " + missing);
            }
            return new UpdateExistingFeedbackRequest(title, importance,
                    appIds == null ? null : new ArrayList<>(appIds), description,
                    productAreas == null ? null : new ArrayList<>(productAreas),
                    labels == null ? null : new ArrayList<>(labels), createdBy, createdAt,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
