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
 * Documented in the collection as "Response attributes".
 *
 * @param time The timestamp of the event in milliseconds since the epoch.
 * @param guideId Unique identifier for the guide.
 * @param pollId Unique identifier for the poll.
 * @param visitorId The visitor ID associated with the event.
 * @param accountId The account ID associated with the event.
 * @param pollResponse The submitted poll response. For some poll types such as Picklist, it will be a unique identifier choice. Merge with the guides source to find the configured text.
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PollsSeenRow(@JsonProperty("time") JsonNode time,
        @JsonProperty("guideId") String guideId, @JsonProperty("pollId") String pollId,
        @JsonProperty("visitorId") String visitorId, @JsonProperty("accountId") String accountId,
        @JsonProperty("pollResponse") JsonNode pollResponse,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param time The timestamp of the event in milliseconds since the epoch.
     * @param guideId Unique identifier for the guide.
     * @param pollId Unique identifier for the poll.
     * @param visitorId The visitor ID associated with the event.
     * @param accountId The account ID associated with the event.
     * @param pollResponse The submitted poll response. For some poll types such as Picklist, it will be a unique identifier choice. Merge with the guides source to find the configured text.
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public PollsSeenRow {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code PollsSeenRow}, with no field set.
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
     * Builds a {@link PollsSeenRow}; every field is optional.
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
         *
         * @param time the value, or null to leave it out
         * @return this builder
         */
        public Builder time(JsonNode time) {
            this.time = time;
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
         * Unique identifier for the poll.
         *
         * @param pollId the value, or null to leave it out
         * @return this builder
         */
        public Builder pollId(String pollId) {
            this.pollId = pollId;
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
         * The account ID associated with the event.
         *
         * @param accountId the value, or null to leave it out
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * The submitted poll response. For some poll types such as Picklist, it will be a unique identifier choice. Merge with the guides source to find the configured text.
         *
         * @param pollResponse the value, or null to leave it out
         * @return this builder
         */
        public Builder pollResponse(JsonNode pollResponse) {
            this.pollResponse = pollResponse;
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

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public PollsSeenRow build() {
            return new PollsSeenRow(time, guideId, pollId, visitorId, accountId, pollResponse,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
