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
 * @param time The timestamp of the event in milliseconds since the epoch.
 * @param guideId Unique identifier for the guide.
 * @param pollId Unique identifier for the poll.
 * @param visitorId The visitor ID associated with the event.
 * @param accountId The account ID associated with the event.
 * @param pollResponse The submitted poll response. For some poll types such as Picklist, it will be a unique identifier choice. Merge with the guides source to find the configured text.
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PollsSeenRow(@JsonProperty("time") JsonNode time,
        @JsonProperty("guideId") String guideId, @JsonProperty("pollId") String pollId,
        @JsonProperty("visitorId") String visitorId, @JsonProperty("accountId") String accountId,
        @JsonProperty("pollResponse") JsonNode pollResponse,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public PollsSeenRow {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link PollsSeenRow}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private JsonNode time;

        private String guideId;

        private String pollId;

        private String visitorId;

        private String accountId;

        private JsonNode pollResponse;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The timestamp of the event in milliseconds since the epoch.
         */
        public Builder time(JsonNode time) {
            this.time = time;
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
         * Unique identifier for the poll.
         */
        public Builder pollId(String pollId) {
            this.pollId = pollId;
            return this;
        }

        /**
         * The visitor ID associated with the event.
         */
        public Builder visitorId(String visitorId) {
            this.visitorId = visitorId;
            return this;
        }

        /**
         * The account ID associated with the event.
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * The submitted poll response. For some poll types such as Picklist, it will be a unique identifier choice. Merge with the guides source to find the configured text.
         */
        public Builder pollResponse(JsonNode pollResponse) {
            this.pollResponse = pollResponse;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(PollsSeenRow other) {
            this.time = other.time();
            this.guideId = other.guideId();
            this.pollId = other.pollId();
            this.visitorId = other.visitorId();
            this.accountId = other.accountId();
            this.pollResponse = other.pollResponse();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public PollsSeenRow build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("PollsSeenRow is missing required fields: " + missing);
            }
            return new PollsSeenRow(time, guideId, pollId, visitorId, accountId, pollResponse, new LinkedHashMap<>(additionalProperties));
        }
    }
}
