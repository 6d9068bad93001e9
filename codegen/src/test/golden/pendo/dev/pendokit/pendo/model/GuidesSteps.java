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
 * Documented in the collection as "The Steps Object".
 *
 * @param advanceMethod Returns the steps advance method - button, programatic, or element.
 * @param attributes Data used for the agent's handling of the guide step. Contains step properties such as the height, width, autoHeight, position, css, and variables.
 * @param confirmationElementPathRule Adopt-specific. The path rule for the Confirmation feature in adopt Studio.
 * @param contentType The MIME type text/html or application/javascript of the content of this guide step.
 * @param elementContainsRulesList Used in conjunction with elementPathRule if that uses a contains rule
 * @param elementPathRule The element path that indicates where the tooltip or badge "points" to (blank if not applicable).
 * @param guideId ID of the parent guide.
 * @param id Unique identifier for the step.
 * @param lastUpdatedAt The timestamp in milliseconds when the guide step
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuidesSteps(@JsonProperty("advanceMethod") String advanceMethod,
        @JsonProperty("attributes") GuidesAttributes attributes,
        @JsonProperty("confirmationElementPathRule") String confirmationElementPathRule,
        @JsonProperty("contentType") String contentType,
        @JsonProperty("elementContainsRulesList") String elementContainsRulesList,
        @JsonProperty("elementPathRule") String elementPathRule,
        @JsonProperty("guideId") String guideId, @JsonProperty("id") String id,
        @JsonProperty("lastUpdatedAt") JsonNode lastUpdatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param advanceMethod Returns the steps advance method - button, programatic, or element.
     * @param attributes Data used for the agent's handling of the guide step. Contains step properties such as the height, width, autoHeight, position, css, and variables.
     * @param confirmationElementPathRule Adopt-specific. The path rule for the Confirmation feature in adopt Studio.
     * @param contentType The MIME type text/html or application/javascript of the content of this guide step.
     * @param elementContainsRulesList Used in conjunction with elementPathRule if that uses a contains rule
     * @param elementPathRule The element path that indicates where the tooltip or badge "points" to (blank if not applicable).
     * @param guideId ID of the parent guide.
     * @param id Unique identifier for the step.
     * @param lastUpdatedAt The timestamp in milliseconds when the guide step
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public GuidesSteps {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code GuidesSteps}, with no field set.
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
     * Builds a {@link GuidesSteps}; every field is optional.
     */
    public static final class Builder {
        private String advanceMethod;

        private GuidesAttributes attributes;

        private String confirmationElementPathRule;

        private String contentType;

        private String elementContainsRulesList;

        private String elementPathRule;

        private String guideId;

        private String id;

        private JsonNode lastUpdatedAt;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Returns the steps advance method - button, programatic, or element.
         *
         * @param advanceMethod the value, or null to leave it out
         * @return this builder
         */
        public Builder advanceMethod(String advanceMethod) {
            this.advanceMethod = advanceMethod;
            return this;
        }

        /**
         * Data used for the agent's handling of the guide step. Contains step properties such as the height, width, autoHeight, position, css, and variables.
         *
         * @param attributes the value, or null to leave it out
         * @return this builder
         */
        public Builder attributes(GuidesAttributes attributes) {
            this.attributes = attributes;
            return this;
        }

        /**
         * Adopt-specific. The path rule for the Confirmation feature in adopt Studio.
         *
         * @param confirmationElementPathRule the value, or null to leave it out
         * @return this builder
         */
        public Builder confirmationElementPathRule(String confirmationElementPathRule) {
            this.confirmationElementPathRule = confirmationElementPathRule;
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
         * Used in conjunction with elementPathRule if that uses a contains rule
         *
         * @param elementContainsRulesList the value, or null to leave it out
         * @return this builder
         */
        public Builder elementContainsRulesList(String elementContainsRulesList) {
            this.elementContainsRulesList = elementContainsRulesList;
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
         * The timestamp in milliseconds when the guide step
         *
         * @param lastUpdatedAt the value, or null to leave it out
         * @return this builder
         */
        public Builder lastUpdatedAt(JsonNode lastUpdatedAt) {
            this.lastUpdatedAt = lastUpdatedAt;
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
        public Builder from(GuidesSteps other) {
            this.advanceMethod = other.advanceMethod();
            this.attributes = other.attributes();
            this.confirmationElementPathRule = other.confirmationElementPathRule();
            this.contentType = other.contentType();
            this.elementContainsRulesList = other.elementContainsRulesList();
            this.elementPathRule = other.elementPathRule();
            this.guideId = other.guideId();
            this.id = other.id();
            this.lastUpdatedAt = other.lastUpdatedAt();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public GuidesSteps build() {
            return new GuidesSteps(advanceMethod, attributes, confirmationElementPathRule,
                    contentType, elementContainsRulesList, elementPathRule, guideId, id,
                    lastUpdatedAt, new LinkedHashMap<>(additionalProperties));
        }
    }
}
