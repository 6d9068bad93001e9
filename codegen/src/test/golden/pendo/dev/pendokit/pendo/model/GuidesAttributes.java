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
 * Documented in the collection as "The Attributes Object".
 *
 * @param activation Information about guide activation including type of event and css selector
 * @param badge Information about the badge for badge-activated guides
 * @param capping Information about the number of times a guide can be seen.
 * @param dates The more recent of createdAt or resetAt date in the format used by the translated language.
 * @param device Object containing the device types supported by the guide
 * @param dom Object containing badge and element-activated guide display settings
 * @param email NPS Only. Shows if email delivery is enabled for NPS guides. Empty for all non-NPS guides.
 * @param isAnnouncement Returns true if the guide is a Resource Center announcement.
 * @param overrideAutoThrottling Returns true if "Ignore Guide Throttling" is enabled for the guide.
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuidesAttributes(@JsonProperty("activation") Map<String, JsonNode> activation,
        @JsonProperty("badge") Map<String, JsonNode> badge,
        @JsonProperty("capping") Map<String, JsonNode> capping,
        @JsonProperty("dates") Map<String, JsonNode> dates,
        @JsonProperty("device") Map<String, JsonNode> device, @JsonProperty("dom") JsonNode dom,
        @JsonProperty("email") Boolean email,
        @JsonProperty("isAnnouncement") Boolean isAnnouncement,
        @JsonProperty("overrideAutoThrottling") Boolean overrideAutoThrottling,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param activation Information about guide activation including type of event and css selector
     * @param badge Information about the badge for badge-activated guides
     * @param capping Information about the number of times a guide can be seen.
     * @param dates The more recent of createdAt or resetAt date in the format used by the translated language.
     * @param device Object containing the device types supported by the guide
     * @param dom Object containing badge and element-activated guide display settings
     * @param email NPS Only. Shows if email delivery is enabled for NPS guides. Empty for all non-NPS guides.
     * @param isAnnouncement Returns true if the guide is a Resource Center announcement.
     * @param overrideAutoThrottling Returns true if "Ignore Guide Throttling" is enabled for the guide.
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public GuidesAttributes {
        activation = activation == null ? null : Collections.unmodifiableMap(activation);
        badge = badge == null ? null : Collections.unmodifiableMap(badge);
        capping = capping == null ? null : Collections.unmodifiableMap(capping);
        dates = dates == null ? null : Collections.unmodifiableMap(dates);
        device = device == null ? null : Collections.unmodifiableMap(device);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code GuidesAttributes}, with no field set.
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
     * Builds a {@link GuidesAttributes}; every field is optional.
     */
    public static final class Builder {
        private Map<String, JsonNode> activation;

        private Map<String, JsonNode> badge;

        private Map<String, JsonNode> capping;

        private Map<String, JsonNode> dates;

        private Map<String, JsonNode> device;

        private JsonNode dom;

        private Boolean email;

        private Boolean isAnnouncement;

        private Boolean overrideAutoThrottling;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Information about guide activation including type of event and css selector
         *
         * @param activation the value, or null to leave it out
         * @return this builder
         */
        public Builder activation(Map<String, JsonNode> activation) {
            this.activation = activation;
            return this;
        }

        /**
         * Information about the badge for badge-activated guides
         *
         * @param badge the value, or null to leave it out
         * @return this builder
         */
        public Builder badge(Map<String, JsonNode> badge) {
            this.badge = badge;
            return this;
        }

        /**
         * Information about the number of times a guide can be seen.
         *
         * @param capping the value, or null to leave it out
         * @return this builder
         */
        public Builder capping(Map<String, JsonNode> capping) {
            this.capping = capping;
            return this;
        }

        /**
         * The more recent of createdAt or resetAt date in the format used by the translated language.
         *
         * @param dates the value, or null to leave it out
         * @return this builder
         */
        public Builder dates(Map<String, JsonNode> dates) {
            this.dates = dates;
            return this;
        }

        /**
         * Object containing the device types supported by the guide
         *
         * @param device the value, or null to leave it out
         * @return this builder
         */
        public Builder device(Map<String, JsonNode> device) {
            this.device = device;
            return this;
        }

        /**
         * Object containing badge and element-activated guide display settings
         *
         * @param dom the value, or null to leave it out
         * @return this builder
         */
        public Builder dom(JsonNode dom) {
            this.dom = dom;
            return this;
        }

        /**
         * NPS Only. Shows if email delivery is enabled for NPS guides. Empty for all non-NPS guides.
         *
         * @param email the value, or null to leave it out
         * @return this builder
         */
        public Builder email(Boolean email) {
            this.email = email;
            return this;
        }

        /**
         * Returns true if the guide is a Resource Center announcement.
         *
         * @param isAnnouncement the value, or null to leave it out
         * @return this builder
         */
        public Builder isAnnouncement(Boolean isAnnouncement) {
            this.isAnnouncement = isAnnouncement;
            return this;
        }

        /**
         * Returns true if "Ignore Guide Throttling" is enabled for the guide.
         *
         * @param overrideAutoThrottling the value, or null to leave it out
         * @return this builder
         */
        public Builder overrideAutoThrottling(Boolean overrideAutoThrottling) {
            this.overrideAutoThrottling = overrideAutoThrottling;
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
        public Builder from(GuidesAttributes other) {
            this.activation = other.activation();
            this.badge = other.badge();
            this.capping = other.capping();
            this.dates = other.dates();
            this.device = other.device();
            this.dom = other.dom();
            this.email = other.email();
            this.isAnnouncement = other.isAnnouncement();
            this.overrideAutoThrottling = other.overrideAutoThrottling();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public GuidesAttributes build() {
            return new GuidesAttributes(activation == null ? null : new LinkedHashMap<>(activation),
                    badge == null ? null : new LinkedHashMap<>(badge),
                    capping == null ? null : new LinkedHashMap<>(capping),
                    dates == null ? null : new LinkedHashMap<>(dates),
                    device == null ? null : new LinkedHashMap<>(device), dom, email, isAnnouncement,
                    overrideAutoThrottling, new LinkedHashMap<>(additionalProperties));
        }
    }
}
