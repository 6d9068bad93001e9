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
 * Documented in the collection as "Response attributes".
 *
 * @param guideId Unique identifier for the guide.
 * @param guideStepId Unique identifier for the guide step.
 * @param visitorId The visitor ID associated with the event.
 * @param firstSeenAt The time the guide was first seen by the visitor in milliseconds after the epoch.
 * @param lastAdvancedAutoAt If lastState = advanced, the timestamp of that event in milliseconds after the epoch.
 * @param lastDismissedAutoAt The last time the guide was dismissed in milliseconds after the epoch.
 * @param lastNotSeenAt Internal Pendo use.
 * @param lastSeenAt The time of the last guideSeen event in milliseconds after the epoch.
 * @param lastTimeoutAt The time of the last guideTimeout in milliseconds after the epoch.
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuidesSeenRow(@JsonProperty("guideId") String guideId,
        @JsonProperty("guideStepId") String guideStepId,
        @JsonProperty("visitorId") String visitorId, @JsonProperty("firstSeenAt") Long firstSeenAt,
        @JsonProperty("lastAdvancedAutoAt") Long lastAdvancedAutoAt,
        @JsonProperty("lastDismissedAutoAt") Long lastDismissedAutoAt,
        @JsonProperty("lastNotSeenAt") BigDecimal lastNotSeenAt,
        @JsonProperty("lastSeenAt") Long lastSeenAt,
        @JsonProperty("lastTimeoutAt") Long lastTimeoutAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param guideId Unique identifier for the guide.
     * @param guideStepId Unique identifier for the guide step.
     * @param visitorId The visitor ID associated with the event.
     * @param firstSeenAt The time the guide was first seen by the visitor in milliseconds after the epoch.
     * @param lastAdvancedAutoAt If lastState = advanced, the timestamp of that event in milliseconds after the epoch.
     * @param lastDismissedAutoAt The last time the guide was dismissed in milliseconds after the epoch.
     * @param lastNotSeenAt Internal Pendo use.
     * @param lastSeenAt The time of the last guideSeen event in milliseconds after the epoch.
     * @param lastTimeoutAt The time of the last guideTimeout in milliseconds after the epoch.
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public GuidesSeenRow {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code GuidesSeenRow}, with no field set.
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
     * Builds a {@link GuidesSeenRow}; every field is optional.
     */
    public static final class Builder {
        private String guideId;

        private String guideStepId;

        private String visitorId;

        private Long firstSeenAt;

        private Long lastAdvancedAutoAt;

        private Long lastDismissedAutoAt;

        private BigDecimal lastNotSeenAt;

        private Long lastSeenAt;

        private Long lastTimeoutAt;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Unique identifier for the guide.
         *
         * @param guideId the value, or null to leave it out
         * @return this builder
         */
        public Builder guideId(String guideId) {
            this.guideId = guideId;
            return this;
        }

        /**
         * Unique identifier for the guide step.
         *
         * @param guideStepId the value, or null to leave it out
         * @return this builder
         */
        public Builder guideStepId(String guideStepId) {
            this.guideStepId = guideStepId;
            return this;
        }

        /**
         * The visitor ID associated with the event.
         *
         * @param visitorId the value, or null to leave it out
         * @return this builder
         */
        public Builder visitorId(String visitorId) {
            this.visitorId = visitorId;
            return this;
        }

        /**
         * The time the guide was first seen by the visitor in milliseconds after the epoch.
         *
         * @param firstSeenAt the value, or null to leave it out
         * @return this builder
         */
        public Builder firstSeenAt(Long firstSeenAt) {
            this.firstSeenAt = firstSeenAt;
            return this;
        }

        /**
         * If lastState = advanced, the timestamp of that event in milliseconds after the epoch.
         *
         * @param lastAdvancedAutoAt the value, or null to leave it out
         * @return this builder
         */
        public Builder lastAdvancedAutoAt(Long lastAdvancedAutoAt) {
            this.lastAdvancedAutoAt = lastAdvancedAutoAt;
            return this;
        }

        /**
         * The last time the guide was dismissed in milliseconds after the epoch.
         *
         * @param lastDismissedAutoAt the value, or null to leave it out
         * @return this builder
         */
        public Builder lastDismissedAutoAt(Long lastDismissedAutoAt) {
            this.lastDismissedAutoAt = lastDismissedAutoAt;
            return this;
        }

        /**
         * Internal Pendo use.
         *
         * @param lastNotSeenAt the value, or null to leave it out
         * @return this builder
         */
        public Builder lastNotSeenAt(BigDecimal lastNotSeenAt) {
            this.lastNotSeenAt = lastNotSeenAt;
            return this;
        }

        /**
         * The time of the last guideSeen event in milliseconds after the epoch.
         *
         * @param lastSeenAt the value, or null to leave it out
         * @return this builder
         */
        public Builder lastSeenAt(Long lastSeenAt) {
            this.lastSeenAt = lastSeenAt;
            return this;
        }

        /**
         * The time of the last guideTimeout in milliseconds after the epoch.
         *
         * @param lastTimeoutAt the value, or null to leave it out
         * @return this builder
         */
        public Builder lastTimeoutAt(Long lastTimeoutAt) {
            this.lastTimeoutAt = lastTimeoutAt;
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
        public Builder from(GuidesSeenRow other) {
            this.guideId = other.guideId();
            this.guideStepId = other.guideStepId();
            this.visitorId = other.visitorId();
            this.firstSeenAt = other.firstSeenAt();
            this.lastAdvancedAutoAt = other.lastAdvancedAutoAt();
            this.lastDismissedAutoAt = other.lastDismissedAutoAt();
            this.lastNotSeenAt = other.lastNotSeenAt();
            this.lastSeenAt = other.lastSeenAt();
            this.lastTimeoutAt = other.lastTimeoutAt();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public GuidesSeenRow build() {
            return new GuidesSeenRow(guideId, guideStepId, visitorId, firstSeenAt,
                    lastAdvancedAutoAt, lastDismissedAutoAt, lastNotSeenAt, lastSeenAt,
                    lastTimeoutAt, new LinkedHashMap<>(additionalProperties));
        }
    }
}
