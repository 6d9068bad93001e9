package dev.pendokit.pendo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Documented in the collection as "Response".
 *
 * @param type The type of object. Page for example.
 * @param pageId The associated unique identifier, when the returned resource is a page.
 * @param featureId The associated unique identifier, when the returned resource is a feature.
 * @param guideId The associated unique identifier, when the returned resource is a guide.
 * @param untaggedUrl The URL of the page, when the returned resource is an untagged page.
 * @param ts Milliseconds after the epoch that the event occurred. For pages, this is the first time the page was seen during consecutive usage.
 * @param lastTs Last time in consecutive usage that a page (or untagged page) was seen, in milliseconds after the epoch.
 * @param uri API call to get the type-specific object associated with this event (not applicable to untagged pages).
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetVisitorHistoryForATimePeriodItem(@JsonProperty("type") String type,
        @JsonProperty("pageId") String pageId, @JsonProperty("featureId") String featureId,
        @JsonProperty("guideId") String guideId, @JsonProperty("untaggedUrl") String untaggedUrl,
        @JsonProperty("ts") Long ts, @JsonProperty("lastTs") Long lastTs,
        @JsonProperty("uri") String uri,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param type The type of object. Page for example.
     * @param pageId The associated unique identifier, when the returned resource is a page.
     * @param featureId The associated unique identifier, when the returned resource is a feature.
     * @param guideId The associated unique identifier, when the returned resource is a guide.
     * @param untaggedUrl The URL of the page, when the returned resource is an untagged page.
     * @param ts Milliseconds after the epoch that the event occurred. For pages, this is the first time the page was seen during consecutive usage.
     * @param lastTs Last time in consecutive usage that a page (or untagged page) was seen, in milliseconds after the epoch.
     * @param uri API call to get the type-specific object associated with this event (not applicable to untagged pages).
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public GetVisitorHistoryForATimePeriodItem {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code GetVisitorHistoryForATimePeriodItem}, with no field set.
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
     * Builds a {@link GetVisitorHistoryForATimePeriodItem}; every field is optional.
     */
    public static final class Builder {
        private String type;

        private String pageId;

        private String featureId;

        private String guideId;

        private String untaggedUrl;

        private Long ts;

        private Long lastTs;

        private String uri;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The type of object. Page for example.
         *
         * @param type the value, or null to leave it out
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * The associated unique identifier, when the returned resource is a page.
         *
         * @param pageId the value, or null to leave it out
         * @return this builder
         */
        public Builder pageId(String pageId) {
            this.pageId = pageId;
            return this;
        }

        /**
         * The associated unique identifier, when the returned resource is a feature.
         *
         * @param featureId the value, or null to leave it out
         * @return this builder
         */
        public Builder featureId(String featureId) {
            this.featureId = featureId;
            return this;
        }

        /**
         * The associated unique identifier, when the returned resource is a guide.
         *
         * @param guideId the value, or null to leave it out
         * @return this builder
         */
        public Builder guideId(String guideId) {
            this.guideId = guideId;
            return this;
        }

        /**
         * The URL of the page, when the returned resource is an untagged page.
         *
         * @param untaggedUrl the value, or null to leave it out
         * @return this builder
         */
        public Builder untaggedUrl(String untaggedUrl) {
            this.untaggedUrl = untaggedUrl;
            return this;
        }

        /**
         * Milliseconds after the epoch that the event occurred. For pages, this is the first time the page was seen during consecutive usage.
         *
         * @param ts the value, or null to leave it out
         * @return this builder
         */
        public Builder ts(Long ts) {
            this.ts = ts;
            return this;
        }

        /**
         * Last time in consecutive usage that a page (or untagged page) was seen, in milliseconds after the epoch.
         *
         * @param lastTs the value, or null to leave it out
         * @return this builder
         */
        public Builder lastTs(Long lastTs) {
            this.lastTs = lastTs;
            return this;
        }

        /**
         * API call to get the type-specific object associated with this event (not applicable to untagged pages).
         *
         * @param uri the value, or null to leave it out
         * @return this builder
         */
        public Builder uri(String uri) {
            this.uri = uri;
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
        public Builder from(GetVisitorHistoryForATimePeriodItem other) {
            this.type = other.type();
            this.pageId = other.pageId();
            this.featureId = other.featureId();
            this.guideId = other.guideId();
            this.untaggedUrl = other.untaggedUrl();
            this.ts = other.ts();
            this.lastTs = other.lastTs();
            this.uri = other.uri();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public GetVisitorHistoryForATimePeriodItem build() {
            return new GetVisitorHistoryForATimePeriodItem(type, pageId, featureId, guideId,
                    untaggedUrl, ts, lastTs, uri, new LinkedHashMap<>(additionalProperties));
        }
    }
}
