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
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PollEventsRow(@JsonProperty("accountIds") List<JsonNode> accountIds,
        @JsonProperty("browserTime") Long browserTime, @JsonProperty("country") String country,
        @JsonProperty("elementPath") String elementPath, @JsonProperty("eventId") String eventId,
        @JsonProperty("type") String type, @JsonProperty("guideId") String guideId,
        @JsonProperty("guideStepId") JsonNode guideStepId,
        @JsonProperty("guideTimestamp") BigDecimal guideTimestamp,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public PollEventsRow {
        accountIds = accountIds == null ? null : Collections.unmodifiableList(accountIds);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link PollEventsRow}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private List<JsonNode> accountIds;

        private Long browserTime;

        private String country;

        private String elementPath;

        private String eventId;

        private String type;

        private String guideId;

        private JsonNode guideStepId;

        private BigDecimal guideTimestamp;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The account IDs associated with the event.
         */
        public Builder accountIds(List<JsonNode> accountIds) {
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
        public Builder country(String country) {
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
         * The type of event.
         */
        public Builder type(String type) {
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
         * Unique identifier for the guide step.
         */
        public Builder guideStepId(JsonNode guideStepId) {
            this.guideStepId = guideStepId;
            return this;
        }

        /**
         * Equivalent to browserTime.
         */
        public Builder guideTimestamp(BigDecimal guideTimestamp) {
            this.guideTimestamp = guideTimestamp;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

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
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public PollEventsRow build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("PollEventsRow is missing required fields: " + missing);
            }
            return new PollEventsRow(accountIds == null ? null : new ArrayList<>(accountIds), browserTime, country, elementPath, eventId, type, guideId, guideStepId, guideTimestamp, new LinkedHashMap<>(additionalProperties));
        }
    }
}
