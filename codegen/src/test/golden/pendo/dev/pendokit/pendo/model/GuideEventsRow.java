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
 * Documented in the collection as "Response attributes".
 *
 * @param accountIds The account IDs associated with the event.
 * @param browserTime The timestamp of the event in milliseconds since the epoch.
 * @param country Geolocation data determined using remoteIp.
 * @param elementPath Internal Pendo use.
 * @param eventId Internal Pendo use.
 * @param type The type of guide event. See table below.
 * @param guideId Unique identifier for the guide.
 * @param guideSeenReason Information on how and why the guide was shown. For guideTimeout, this indicates why the guide timed out.
 * @param guideStepId Unique identifier for the guide step.
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuideEventsRow(@JsonProperty("accountIds") JsonNode accountIds,
        @JsonProperty("browserTime") Long browserTime, @JsonProperty("country") JsonNode country,
        @JsonProperty("elementPath") String elementPath, @JsonProperty("eventId") String eventId,
        @JsonProperty("type") JsonNode type, @JsonProperty("guideId") String guideId,
        @JsonProperty("guideSeenReason") String guideSeenReason,
        @JsonProperty("guideStepId") String guideStepId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public GuideEventsRow {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link GuideEventsRow}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private JsonNode accountIds;

        private Long browserTime;

        private JsonNode country;

        private String elementPath;

        private String eventId;

        private JsonNode type;

        private String guideId;

        private String guideSeenReason;

        private String guideStepId;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The account IDs associated with the event.
         */
        public Builder accountIds(JsonNode accountIds) {
            this.accountIds = accountIds;
            return this;
        }

        /**
         * The timestamp of the event in milliseconds since the epoch.
         */
        public Builder browserTime(Long browserTime) {
            this.browserTime = browserTime;
            return this;
        }

        /**
         * Geolocation data determined using remoteIp.
         */
        public Builder country(JsonNode country) {
            this.country = country;
            return this;
        }

        /**
         * Internal Pendo use.
         */
        public Builder elementPath(String elementPath) {
            this.elementPath = elementPath;
            return this;
        }

        /**
         * Internal Pendo use.
         */
        public Builder eventId(String eventId) {
            this.eventId = eventId;
            return this;
        }

        /**
         * The type of guide event. See table below.
         */
        public Builder type(JsonNode type) {
            this.type = type;
            return this;
        }

        /**
         * Unique identifier for the guide.
         */
        public Builder guideId(String guideId) {
            this.guideId = guideId;
            return this;
        }

        /**
         * Information on how and why the guide was shown. For guideTimeout, this indicates why the guide timed out.
         */
        public Builder guideSeenReason(String guideSeenReason) {
            this.guideSeenReason = guideSeenReason;
            return this;
        }

        /**
         * Unique identifier for the guide step.
         */
        public Builder guideStepId(String guideStepId) {
            this.guideStepId = guideStepId;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(GuideEventsRow other) {
            this.accountIds = other.accountIds();
            this.browserTime = other.browserTime();
            this.country = other.country();
            this.elementPath = other.elementPath();
            this.eventId = other.eventId();
            this.type = other.type();
            this.guideId = other.guideId();
            this.guideSeenReason = other.guideSeenReason();
            this.guideStepId = other.guideStepId();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public GuideEventsRow build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("GuideEventsRow is missing required fields: " + missing);
            }
            return new GuideEventsRow(accountIds, browserTime, country, elementPath, eventId, type, guideId, guideSeenReason, guideStepId, new LinkedHashMap<>(additionalProperties));
        }
    }
}
