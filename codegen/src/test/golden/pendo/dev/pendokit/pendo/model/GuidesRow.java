package dev.pendokit.pendo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Documented in the collection as "The Guide Object".
 *
 * @param appId Unique identifier for the application to which the guide is associated.
 * @param attributes Data used for the agent's handling of the guide. See attributes object below for more information.
 * @param audience The aggregation pipeline used by the system to process the segment rules.
 * @param audienceUiHint Internal values used to build audience rules in the UI.
 * @param authoredLanguage The default language of the guide.
 * @param conversion An object containing guide goal configuration settings.
 * @param createdAt The timestamp in milliseconds after the epoch when the guide was created
 * @param createdByUser Object containing information related to the user that created the guide.
 * @param currentFirstEligibleToBeSeenAt Used in the calculation of email delivery. Usually equal to 0 or the showsAfter date.
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuidesRow(@JsonProperty("appId") BigDecimal appId,
        @JsonProperty("attributes") GuidesAttributes attributes,
        @JsonProperty("audience") List<JsonNode> audience,
        @JsonProperty("audienceUiHint") Map<String, JsonNode> audienceUiHint,
        @JsonProperty("authoredLanguage") String authoredLanguage,
        @JsonProperty("conversion") Map<String, JsonNode> conversion,
        @JsonProperty("createdAt") Long createdAt,
        @JsonProperty("createdByUser") Map<String, JsonNode> createdByUser,
        @JsonProperty("currentFirstEligibleToBeSeenAt") BigDecimal currentFirstEligibleToBeSeenAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param appId Unique identifier for the application to which the guide is associated.
     * @param attributes Data used for the agent's handling of the guide. See attributes object below for more information.
     * @param audience The aggregation pipeline used by the system to process the segment rules.
     * @param audienceUiHint Internal values used to build audience rules in the UI.
     * @param authoredLanguage The default language of the guide.
     * @param conversion An object containing guide goal configuration settings.
     * @param createdAt The timestamp in milliseconds after the epoch when the guide was created
     * @param createdByUser Object containing information related to the user that created the guide.
     * @param currentFirstEligibleToBeSeenAt Used in the calculation of email delivery. Usually equal to 0 or the showsAfter date.
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public GuidesRow {
        audience = audience == null ? null : Collections.unmodifiableList(audience);
        audienceUiHint = audienceUiHint == null ? null : Collections.unmodifiableMap(audienceUiHint);
        conversion = conversion == null ? null : Collections.unmodifiableMap(conversion);
        createdByUser = createdByUser == null ? null : Collections.unmodifiableMap(createdByUser);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code GuidesRow}, with no field set.
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
     * Builds a {@link GuidesRow}; every field is optional.
     */
    public static final class Builder {
        private BigDecimal appId;

        private GuidesAttributes attributes;

        private List<JsonNode> audience;

        private Map<String, JsonNode> audienceUiHint;

        private String authoredLanguage;

        private Map<String, JsonNode> conversion;

        private Long createdAt;

        private Map<String, JsonNode> createdByUser;

        private BigDecimal currentFirstEligibleToBeSeenAt;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Unique identifier for the application to which the guide is associated.
         *
         * @param appId the value, or null to leave it out
         * @return this builder
         */
        public Builder appId(BigDecimal appId) {
            this.appId = appId;
            return this;
        }

        /**
         * Data used for the agent's handling of the guide. See attributes object below for more information.
         *
         * @param attributes the value, or null to leave it out
         * @return this builder
         */
        public Builder attributes(GuidesAttributes attributes) {
            this.attributes = attributes;
            return this;
        }

        /**
         * The aggregation pipeline used by the system to process the segment rules.
         *
         * @param audience the value, or null to leave it out
         * @return this builder
         */
        public Builder audience(List<JsonNode> audience) {
            this.audience = audience;
            return this;
        }

        /**
         * Internal values used to build audience rules in the UI.
         *
         * @param audienceUiHint the value, or null to leave it out
         * @return this builder
         */
        public Builder audienceUiHint(Map<String, JsonNode> audienceUiHint) {
            this.audienceUiHint = audienceUiHint;
            return this;
        }

        /**
         * The default language of the guide.
         *
         * @param authoredLanguage the value, or null to leave it out
         * @return this builder
         */
        public Builder authoredLanguage(String authoredLanguage) {
            this.authoredLanguage = authoredLanguage;
            return this;
        }

        /**
         * An object containing guide goal configuration settings.
         *
         * @param conversion the value, or null to leave it out
         * @return this builder
         */
        public Builder conversion(Map<String, JsonNode> conversion) {
            this.conversion = conversion;
            return this;
        }

        /**
         * The timestamp in milliseconds after the epoch when the guide was created
         *
         * @param createdAt the value, or null to leave it out
         * @return this builder
         */
        public Builder createdAt(Long createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Object containing information related to the user that created the guide.
         *
         * @param createdByUser the value, or null to leave it out
         * @return this builder
         */
        public Builder createdByUser(Map<String, JsonNode> createdByUser) {
            this.createdByUser = createdByUser;
            return this;
        }

        /**
         * Used in the calculation of email delivery. Usually equal to 0 or the showsAfter date.
         *
         * @param currentFirstEligibleToBeSeenAt the value, or null to leave it out
         * @return this builder
         */
        public Builder currentFirstEligibleToBeSeenAt(BigDecimal currentFirstEligibleToBeSeenAt) {
            this.currentFirstEligibleToBeSeenAt = currentFirstEligibleToBeSeenAt;
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
        public Builder from(GuidesRow other) {
            this.appId = other.appId();
            this.attributes = other.attributes();
            this.audience = other.audience();
            this.audienceUiHint = other.audienceUiHint();
            this.authoredLanguage = other.authoredLanguage();
            this.conversion = other.conversion();
            this.createdAt = other.createdAt();
            this.createdByUser = other.createdByUser();
            this.currentFirstEligibleToBeSeenAt = other.currentFirstEligibleToBeSeenAt();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public GuidesRow build() {
            return new GuidesRow(appId, attributes,
                    audience == null ? null : new ArrayList<>(audience),
                    audienceUiHint == null ? null : new LinkedHashMap<>(audienceUiHint),
                    authoredLanguage, conversion == null ? null : new LinkedHashMap<>(conversion),
                    createdAt, createdByUser == null ? null : new LinkedHashMap<>(createdByUser),
                    currentFirstEligibleToBeSeenAt, new LinkedHashMap<>(additionalProperties));
        }
    }
}
