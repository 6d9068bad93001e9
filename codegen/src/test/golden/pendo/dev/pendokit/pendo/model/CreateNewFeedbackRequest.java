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
 * Documented in the collection as "The request object".
 *
 * @param title Required. Title of the feedback.
 * @param visitorId Visitor ID passed in the snippet.
 * @param accountId Required. Account ID passed in the snippet.
 * @param importance Required. Importance of the feedback. Valid values: -1: Not interested 1: Nice to have 2: Must have
 * @param appIds Required. An array of applicationIds.
 * @param description Description of the feedback.
 * @param productAreas An array of productAreaIds to associate with the feedback.
 * @param labels An array of objects with a label name and optional categoryName to associate with the feedback. If the label/category does not yet exist, it will be created
 * @param createdById JSON field {@code createdById}
 * @param createdAt JSON field {@code createdAt}
 * @param linksData JSON field {@code linksData}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateNewFeedbackRequest(@JsonProperty("title") String title,
        @JsonProperty("visitorId") String visitorId, @JsonProperty("accountId") String accountId,
        @JsonProperty("importance") long importance, @JsonProperty("appIds") List<Long> appIds,
        @JsonProperty("description") String description,
        @JsonProperty("productAreas") List<String> productAreas,
        @JsonProperty("labels") List<CreateNewFeedbackRequestLabel> labels,
        @JsonProperty("createdById") String createdById, @JsonProperty("createdAt") Long createdAt,
        @JsonProperty("linksData") List<CreateNewFeedbackRequestLinksData> linksData,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param title Required. Title of the feedback.
     * @param visitorId Visitor ID passed in the snippet.
     * @param accountId Required. Account ID passed in the snippet.
     * @param importance Required. Importance of the feedback. Valid values: -1: Not interested 1: Nice to have 2: Must have
     * @param appIds Required. An array of applicationIds.
     * @param description Description of the feedback.
     * @param productAreas An array of productAreaIds to associate with the feedback.
     * @param labels An array of objects with a label name and optional categoryName to associate with the feedback. If the label/category does not yet exist, it will be created
     * @param createdById JSON field {@code createdById}
     * @param createdAt JSON field {@code createdAt}
     * @param linksData JSON field {@code linksData}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public CreateNewFeedbackRequest {
        appIds = appIds == null ? null : Collections.unmodifiableList(appIds);
        productAreas = productAreas == null ? null : Collections.unmodifiableList(productAreas);
        labels = labels == null ? null : Collections.unmodifiableList(labels);
        linksData = linksData == null ? null : Collections.unmodifiableList(linksData);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code CreateNewFeedbackRequest}, with no field set.
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
     * Builds a {@link CreateNewFeedbackRequest}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private String title;

        private String visitorId;

        private String accountId;

        private Long importance;

        private List<Long> appIds;

        private String description;

        private List<String> productAreas;

        private List<CreateNewFeedbackRequestLabel> labels;

        private String createdById;

        private Long createdAt;

        private List<CreateNewFeedbackRequestLinksData> linksData;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Required. Title of the feedback.
         *
         * @param title the value, or null to leave it out
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Visitor ID passed in the snippet.
         *
         * @param visitorId the value, or null to leave it out
         * @return this builder
         */
        public Builder visitorId(String visitorId) {
            this.visitorId = visitorId;
            return this;
        }

        /**
         * Required. Account ID passed in the snippet.
         *
         * @param accountId the value, or null to leave it out
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * Required. Importance of the feedback. Valid values: -1: Not interested 1: Nice to have 2: Must have
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
        public Builder appIds(List<Long> appIds) {
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
         * An array of productAreaIds to associate with the feedback.
         *
         * @param productAreas the value, or null to leave it out
         * @return this builder
         */
        public Builder productAreas(List<String> productAreas) {
            this.productAreas = productAreas;
            return this;
        }

        /**
         * An array of objects with a label name and optional categoryName to associate with the feedback. If the label/category does not yet exist, it will be created
         *
         * @param labels the value, or null to leave it out
         * @return this builder
         */
        public Builder labels(List<CreateNewFeedbackRequestLabel> labels) {
            this.labels = labels;
            return this;
        }

        /**
         * JSON field {@code createdById}
         *
         * @param createdById the value, or null to leave it out
         * @return this builder
         */
        public Builder createdById(String createdById) {
            this.createdById = createdById;
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
         * JSON field {@code linksData}
         *
         * @param linksData the value, or null to leave it out
         * @return this builder
         */
        public Builder linksData(List<CreateNewFeedbackRequestLinksData> linksData) {
            this.linksData = linksData;
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
        public Builder from(CreateNewFeedbackRequest other) {
            this.title = other.title();
            this.visitorId = other.visitorId();
            this.accountId = other.accountId();
            this.importance = other.importance();
            this.appIds = other.appIds();
            this.description = other.description();
            this.productAreas = other.productAreas();
            this.labels = other.labels();
            this.createdById = other.createdById();
            this.createdAt = other.createdAt();
            this.linksData = other.linksData();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         * @throws IllegalStateException naming every required field that is not set
         */
        public CreateNewFeedbackRequest build() {
            List<String> missing = new ArrayList<>();
            if (title == null) {
                missing.add("title");
            }
            if (accountId == null) {
                missing.add("accountId");
            }
            if (importance == null) {
                missing.add("importance");
            }
            if (appIds == null) {
                missing.add("appIds");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("CreateNewFeedbackRequest is missing required fields: " + missing);
            }
            return new CreateNewFeedbackRequest(title, visitorId, accountId, importance,
                    appIds == null ? null : new ArrayList<>(appIds), description,
                    productAreas == null ? null : new ArrayList<>(productAreas),
                    labels == null ? null : new ArrayList<>(labels), createdById, createdAt,
                    linksData == null ? null : new ArrayList<>(linksData),
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
