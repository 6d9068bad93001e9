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
 * Documented in the collection as "The Step Object".
 *
 * @param id Unique identifier for the step.
 * @param guideId ID of the parent guide.
 * @param type The type of guide step.
 * @param elementPathRule The element path that indicates where the tooltip or badge "points" to (blank if not applicable).
 * @param contentType The MIME type text/html or application/javascript of the content of this guide step.
 * @param contentUrl URL for the step html content.
 * @param contentUrlCss URL for the step css content.
 * @param contentUrlJs URL for the step JS content.
 * @param rank An internal identifier. This does not equate to the step's place in the guide. This is determined by the
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Step(@JsonProperty("id") String id, @JsonProperty("guideId") String guideId,
        @JsonProperty("type") String type, @JsonProperty("elementPathRule") String elementPathRule,
        @JsonProperty("contentType") String contentType,
        @JsonProperty("contentUrl") String contentUrl,
        @JsonProperty("contentUrlCss") String contentUrlCss,
        @JsonProperty("contentUrlJs") String contentUrlJs, @JsonProperty("rank") BigDecimal rank,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param id Unique identifier for the step.
     * @param guideId ID of the parent guide.
     * @param type The type of guide step.
     * @param elementPathRule The element path that indicates where the tooltip or badge "points" to (blank if not applicable).
     * @param contentType The MIME type text/html or application/javascript of the content of this guide step.
     * @param contentUrl URL for the step html content.
     * @param contentUrlCss URL for the step css content.
     * @param contentUrlJs URL for the step JS content.
     * @param rank An internal identifier. This does not equate to the step's place in the guide. This is determined by the
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public Step {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code Step}, with no field set.
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
     * Builds a {@link Step}; every field is optional.
     */
    public static final class Builder {
        private String id;

        private String guideId;

        private String type;

        private String elementPathRule;

        private String contentType;

        private String contentUrl;

        private String contentUrlCss;

        private String contentUrlJs;

        private BigDecimal rank;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Unique identifier for the step.
         *
         * @param id the value, or null to leave it out
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * ID of the parent guide.
         *
         * @param guideId the value, or null to leave it out
         * @return this builder
         */
        public Builder guideId(String guideId) {
            this.guideId = guideId;
            return this;
        }

        /**
         * The type of guide step.
         *
         * @param type the value, or null to leave it out
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * The element path that indicates where the tooltip or badge "points" to (blank if not applicable).
         *
         * @param elementPathRule the value, or null to leave it out
         * @return this builder
         */
        public Builder elementPathRule(String elementPathRule) {
            this.elementPathRule = elementPathRule;
            return this;
        }

        /**
         * The MIME type text/html or application/javascript of the content of this guide step.
         *
         * @param contentType the value, or null to leave it out
         * @return this builder
         */
        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /**
         * URL for the step html content.
         *
         * @param contentUrl the value, or null to leave it out
         * @return this builder
         */
        public Builder contentUrl(String contentUrl) {
            this.contentUrl = contentUrl;
            return this;
        }

        /**
         * URL for the step css content.
         *
         * @param contentUrlCss the value, or null to leave it out
         * @return this builder
         */
        public Builder contentUrlCss(String contentUrlCss) {
            this.contentUrlCss = contentUrlCss;
            return this;
        }

        /**
         * URL for the step JS content.
         *
         * @param contentUrlJs the value, or null to leave it out
         * @return this builder
         */
        public Builder contentUrlJs(String contentUrlJs) {
            this.contentUrlJs = contentUrlJs;
            return this;
        }

        /**
         * An internal identifier. This does not equate to the step's place in the guide. This is determined by the
         *
         * @param rank the value, or null to leave it out
         * @return this builder
         */
        public Builder rank(BigDecimal rank) {
            this.rank = rank;
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
        public Builder from(Step other) {
            this.id = other.id();
            this.guideId = other.guideId();
            this.type = other.type();
            this.elementPathRule = other.elementPathRule();
            this.contentType = other.contentType();
            this.contentUrl = other.contentUrl();
            this.contentUrlCss = other.contentUrlCss();
            this.contentUrlJs = other.contentUrlJs();
            this.rank = other.rank();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public Step build() {
            return new Step(id, guideId, type, elementPathRule, contentType, contentUrl,
                    contentUrlCss, contentUrlJs, rank, new LinkedHashMap<>(additionalProperties));
        }
    }
}
