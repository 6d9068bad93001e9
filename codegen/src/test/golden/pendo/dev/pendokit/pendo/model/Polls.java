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
 * @param id Unique identifier for the poll.
 * @param question The text configured for the poll.
 * @param numericResponses For numeric polls only, the list of numbered options.
 * @param idResponses An object containing key/value pairs of IDs and human-readable text equivalents of configured poll choices.
 * @param attributes Information about the poll such as type (PickList , NumberScale , FreeForm , etc.)
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Polls(@JsonProperty("id") String id, @JsonProperty("question") String question,
        @JsonProperty("numericResponses") List<JsonNode> numericResponses,
        @JsonProperty("idResponses") Map<String, JsonNode> idResponses,
        @JsonProperty("attributes") Attributes attributes,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param id Unique identifier for the poll.
     * @param question The text configured for the poll.
     * @param numericResponses For numeric polls only, the list of numbered options.
     * @param idResponses An object containing key/value pairs of IDs and human-readable text equivalents of configured poll choices.
     * @param attributes Information about the poll such as type (PickList , NumberScale , FreeForm , etc.)
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public Polls {
        numericResponses = numericResponses == null ? null : Collections.unmodifiableList(numericResponses);
        idResponses = idResponses == null ? null : Collections.unmodifiableMap(idResponses);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code Polls}, with no field set.
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
     * Builds a {@link Polls}; every field is optional.
     */
    public static final class Builder {
        private String id;

        private String question;

        private List<JsonNode> numericResponses;

        private Map<String, JsonNode> idResponses;

        private Attributes attributes;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Unique identifier for the poll.
         *
         * @param id the value, or null to leave it out
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * The text configured for the poll.
         *
         * @param question the value, or null to leave it out
         * @return this builder
         */
        public Builder question(String question) {
            this.question = question;
            return this;
        }

        /**
         * For numeric polls only, the list of numbered options.
         *
         * @param numericResponses the value, or null to leave it out
         * @return this builder
         */
        public Builder numericResponses(List<JsonNode> numericResponses) {
            this.numericResponses = numericResponses;
            return this;
        }

        /**
         * An object containing key/value pairs of IDs and human-readable text equivalents of configured poll choices.
         *
         * @param idResponses the value, or null to leave it out
         * @return this builder
         */
        public Builder idResponses(Map<String, JsonNode> idResponses) {
            this.idResponses = idResponses;
            return this;
        }

        /**
         * Information about the poll such as type (PickList , NumberScale , FreeForm , etc.)
         *
         * @param attributes the value, or null to leave it out
         * @return this builder
         */
        public Builder attributes(Attributes attributes) {
            this.attributes = attributes;
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
        public Builder from(Polls other) {
            this.id = other.id();
            this.question = other.question();
            this.numericResponses = other.numericResponses();
            this.idResponses = other.idResponses();
            this.attributes = other.attributes();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public Polls build() {
            return new Polls(id, question,
                    numericResponses == null ? null : new ArrayList<>(numericResponses),
                    idResponses == null ? null : new LinkedHashMap<>(idResponses), attributes,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
