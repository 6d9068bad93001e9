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
 * Documented in the collection as "The Polls Object".
 *
 * @param attributes Information about the type and display of the poll.
 * @param id The unique identifier for that poll.
 * @param idResponses The unique identifiers for each response in picklist and yes/no polls as well as labels for numeric polls.
 * @param numericResponses A list of numbers configured in numeric polls.
 * @param question The text question associated with the poll. Used as the title of the poll in the UI.
 * @param resetAt The timestamp in milliseconds after the epoch when the poll's data was last reset.
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuidesPolls(@JsonProperty("attributes") GuidesAttributes attributes,
        @JsonProperty("id") String id, @JsonProperty("idResponses") List<JsonNode> idResponses,
        @JsonProperty("numericResponses") List<JsonNode> numericResponses,
        @JsonProperty("question") String question, @JsonProperty("resetAt") Long resetAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param attributes Information about the type and display of the poll.
     * @param id The unique identifier for that poll.
     * @param idResponses The unique identifiers for each response in picklist and yes/no polls as well as labels for numeric polls.
     * @param numericResponses A list of numbers configured in numeric polls.
     * @param question The text question associated with the poll. Used as the title of the poll in the UI.
     * @param resetAt The timestamp in milliseconds after the epoch when the poll's data was last reset.
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public GuidesPolls {
        idResponses = idResponses == null ? null : Collections.unmodifiableList(idResponses);
        numericResponses = numericResponses == null ? null : Collections.unmodifiableList(numericResponses);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code GuidesPolls}, with no field set.
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
     * Builds a {@link GuidesPolls}; every field is optional.
     */
    public static final class Builder {
        private GuidesAttributes attributes;

        private String id;

        private List<JsonNode> idResponses;

        private List<JsonNode> numericResponses;

        private String question;

        private Long resetAt;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Information about the type and display of the poll.
         *
         * @param attributes the value, or null to leave it out
         * @return this builder
         */
        public Builder attributes(GuidesAttributes attributes) {
            this.attributes = attributes;
            return this;
        }

        /**
         * The unique identifier for that poll.
         *
         * @param id the value, or null to leave it out
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * The unique identifiers for each response in picklist and yes/no polls as well as labels for numeric polls.
         *
         * @param idResponses the value, or null to leave it out
         * @return this builder
         */
        public Builder idResponses(List<JsonNode> idResponses) {
            this.idResponses = idResponses;
            return this;
        }

        /**
         * A list of numbers configured in numeric polls.
         *
         * @param numericResponses the value, or null to leave it out
         * @return this builder
         */
        public Builder numericResponses(List<JsonNode> numericResponses) {
            this.numericResponses = numericResponses;
            return this;
        }

        /**
         * The text question associated with the poll. Used as the title of the poll in the UI.
         *
         * @param question the value, or null to leave it out
         * @return this builder
         */
        public Builder question(String question) {
            this.question = question;
            return this;
        }

        /**
         * The timestamp in milliseconds after the epoch when the poll's data was last reset.
         *
         * @param resetAt the value, or null to leave it out
         * @return this builder
         */
        public Builder resetAt(Long resetAt) {
            this.resetAt = resetAt;
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
        public Builder from(GuidesPolls other) {
            this.attributes = other.attributes();
            this.id = other.id();
            this.idResponses = other.idResponses();
            this.numericResponses = other.numericResponses();
            this.question = other.question();
            this.resetAt = other.resetAt();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public GuidesPolls build() {
            return new GuidesPolls(attributes, id,
                    idResponses == null ? null : new ArrayList<>(idResponses),
                    numericResponses == null ? null : new ArrayList<>(numericResponses), question,
                    resetAt, new LinkedHashMap<>(additionalProperties));
        }
    }
}
