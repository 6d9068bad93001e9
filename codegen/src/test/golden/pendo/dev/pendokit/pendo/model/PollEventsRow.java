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
 * Documented in the collection as "Response attributes".
 *
 * @param accountIds The account IDs associated with the event.
 * @param browserTime The timestamp of the event in milliseconds since the epoch.
 * @param country Geolocation data determined using remoteIp.
 * @param elementPath Internal Pendo use.
 * @param eventId Internal Pendo use.
 * @param type The type of event.
 * @param guideId Unique identifier for the guide.
 * @param guideStepId Unique identifier for the guide step.
 * @param guideTimestamp Equivalent to browserTime.
 * @param visitorId The visitor ID associated with the event.
 * @param remoteIp The IP address captured at the time of the event.
 * @param serverName The server of the URL of the event.
 * @param userAgent The user agent captured at the time of the event.
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PollEventsRow(@JsonProperty("accountIds") List<String> accountIds,
        @JsonProperty("browserTime") Long browserTime, @JsonProperty("country") String country,
        @JsonProperty("elementPath") String elementPath, @JsonProperty("eventId") String eventId,
        @JsonProperty("type") String type, @JsonProperty("guideId") String guideId,
        @JsonProperty("guideStepId") JsonNode guideStepId,
        @JsonProperty("guideTimestamp") BigDecimal guideTimestamp,
        @JsonProperty("visitorId") String visitorId, @JsonProperty("remoteIp") String remoteIp,
        @JsonProperty("serverName") String serverName, @JsonProperty("userAgent") String userAgent,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param accountIds The account IDs associated with the event.
     * @param browserTime The timestamp of the event in milliseconds since the epoch.
     * @param country Geolocation data determined using remoteIp.
     * @param elementPath Internal Pendo use.
     * @param eventId Internal Pendo use.
     * @param type The type of event.
     * @param guideId Unique identifier for the guide.
     * @param guideStepId Unique identifier for the guide step.
     * @param guideTimestamp Equivalent to browserTime.
     * @param visitorId The visitor ID associated with the event.
     * @param remoteIp The IP address captured at the time of the event.
     * @param serverName The server of the URL of the event.
     * @param userAgent The user agent captured at the time of the event.
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public PollEventsRow {
        accountIds = accountIds == null ? null : Collections.unmodifiableList(accountIds);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code PollEventsRow}, with no field set.
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
     * Builds a {@link PollEventsRow}; every field is optional.
     */
    public static final class Builder {
        private List<String> accountIds;

        private Long browserTime;

        private String country;

        private String elementPath;

        private String eventId;

        private String type;

        private String guideId;

        private JsonNode guideStepId;

        private BigDecimal guideTimestamp;

        private String visitorId;

        private String remoteIp;

        private String serverName;

        private String userAgent;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The account IDs associated with the event.
         *
         * @param accountIds the value, or null to leave it out
         * @return this builder
         */
        public Builder accountIds(List<String> accountIds) {
            this.accountIds = accountIds;
            return this;
        }

        /**
         * The timestamp of the event in milliseconds since the epoch.
         *
         * @param browserTime the value, or null to leave it out
         * @return this builder
         */
        public Builder browserTime(Long browserTime) {
            this.browserTime = browserTime;
            return this;
        }

        /**
         * Geolocation data determined using remoteIp.
         *
         * @param country the value, or null to leave it out
         * @return this builder
         */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        /**
         * Internal Pendo use.
         *
         * @param elementPath the value, or null to leave it out
         * @return this builder
         */
        public Builder elementPath(String elementPath) {
            this.elementPath = elementPath;
            return this;
        }

        /**
         * Internal Pendo use.
         *
         * @param eventId the value, or null to leave it out
         * @return this builder
         */
        public Builder eventId(String eventId) {
            this.eventId = eventId;
            return this;
        }

        /**
         * The type of event.
         *
         * @param type the value, or null to leave it out
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
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
        public Builder guideStepId(JsonNode guideStepId) {
            this.guideStepId = guideStepId;
            return this;
        }

        /**
         * Equivalent to browserTime.
         *
         * @param guideTimestamp the value, or null to leave it out
         * @return this builder
         */
        public Builder guideTimestamp(BigDecimal guideTimestamp) {
            this.guideTimestamp = guideTimestamp;
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
         * The IP address captured at the time of the event.
         *
         * @param remoteIp the value, or null to leave it out
         * @return this builder
         */
        public Builder remoteIp(String remoteIp) {
            this.remoteIp = remoteIp;
            return this;
        }

        /**
         * The server of the URL of the event.
         *
         * @param serverName the value, or null to leave it out
         * @return this builder
         */
        public Builder serverName(String serverName) {
            this.serverName = serverName;
            return this;
        }

        /**
         * The user agent captured at the time of the event.
         *
         * @param userAgent the value, or null to leave it out
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
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
        public Builder from(PollEventsRow other) {
            this.accountIds = other.accountIds();
            this.browserTime = other.browserTime();
            this.country = other.country();
            this.elementPath = other.elementPath();
            this.eventId = other.eventId();
            this.type = other.type();
            this.guideId = other.guideId();
            this.guideStepId = other.guideStepId();
            this.guideTimestamp = other.guideTimestamp();
            this.visitorId = other.visitorId();
            this.remoteIp = other.remoteIp();
            this.serverName = other.serverName();
            this.userAgent = other.userAgent();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public PollEventsRow build() {
            return new PollEventsRow(accountIds == null ? null : new ArrayList<>(accountIds),
                    browserTime, country, elementPath, eventId, type, guideId, guideStepId,
                    guideTimestamp, visitorId, remoteIp, serverName, userAgent,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
