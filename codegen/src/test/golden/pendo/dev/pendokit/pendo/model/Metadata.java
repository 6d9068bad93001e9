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
 * Documented in the collection as "The Metadata Object".
 *
 * @param agent Metadata passed through the installation snippet.
 * @param auto Automatically captured by Pendo during event collection.
 * @param custom Metadata added manually or via the API.
 * @param segmentio Metadata passed to Pendo through a Segment.com integration.
 * @param salesforce Metadata passed to Pendo through a Salesforce integration.
 * @param hubspot Metadata passed to Pendo through a Hubspot integration.
 * @param pendo Metadata for Pendo-specific settings.
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Metadata(@JsonProperty("agent") Map<String, JsonNode> agent,
        @JsonProperty("auto") Map<String, JsonNode> auto,
        @JsonProperty("custom") Map<String, JsonNode> custom,
        @JsonProperty("segmentio") Map<String, JsonNode> segmentio,
        @JsonProperty("salesforce") Map<String, JsonNode> salesforce,
        @JsonProperty("hubspot") Map<String, JsonNode> hubspot,
        @JsonProperty("pendo") Map<String, JsonNode> pendo,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param agent Metadata passed through the installation snippet.
     * @param auto Automatically captured by Pendo during event collection.
     * @param custom Metadata added manually or via the API.
     * @param segmentio Metadata passed to Pendo through a Segment.com integration.
     * @param salesforce Metadata passed to Pendo through a Salesforce integration.
     * @param hubspot Metadata passed to Pendo through a Hubspot integration.
     * @param pendo Metadata for Pendo-specific settings.
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public Metadata {
        agent = agent == null ? null : Collections.unmodifiableMap(agent);
        auto = auto == null ? null : Collections.unmodifiableMap(auto);
        custom = custom == null ? null : Collections.unmodifiableMap(custom);
        segmentio = segmentio == null ? null : Collections.unmodifiableMap(segmentio);
        salesforce = salesforce == null ? null : Collections.unmodifiableMap(salesforce);
        hubspot = hubspot == null ? null : Collections.unmodifiableMap(hubspot);
        pendo = pendo == null ? null : Collections.unmodifiableMap(pendo);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code Metadata}, with no field set.
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
     * Builds a {@link Metadata}; every field is optional.
     */
    public static final class Builder {
        private Map<String, JsonNode> agent;

        private Map<String, JsonNode> auto;

        private Map<String, JsonNode> custom;

        private Map<String, JsonNode> segmentio;

        private Map<String, JsonNode> salesforce;

        private Map<String, JsonNode> hubspot;

        private Map<String, JsonNode> pendo;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Metadata passed through the installation snippet.
         *
         * @param agent the value, or null to leave it out
         * @return this builder
         */
        public Builder agent(Map<String, JsonNode> agent) {
            this.agent = agent;
            return this;
        }

        /**
         * Automatically captured by Pendo during event collection.
         *
         * @param auto the value, or null to leave it out
         * @return this builder
         */
        public Builder auto(Map<String, JsonNode> auto) {
            this.auto = auto;
            return this;
        }

        /**
         * Metadata added manually or via the API.
         *
         * @param custom the value, or null to leave it out
         * @return this builder
         */
        public Builder custom(Map<String, JsonNode> custom) {
            this.custom = custom;
            return this;
        }

        /**
         * Metadata passed to Pendo through a Segment.com integration.
         *
         * @param segmentio the value, or null to leave it out
         * @return this builder
         */
        public Builder segmentio(Map<String, JsonNode> segmentio) {
            this.segmentio = segmentio;
            return this;
        }

        /**
         * Metadata passed to Pendo through a Salesforce integration.
         *
         * @param salesforce the value, or null to leave it out
         * @return this builder
         */
        public Builder salesforce(Map<String, JsonNode> salesforce) {
            this.salesforce = salesforce;
            return this;
        }

        /**
         * Metadata passed to Pendo through a Hubspot integration.
         *
         * @param hubspot the value, or null to leave it out
         * @return this builder
         */
        public Builder hubspot(Map<String, JsonNode> hubspot) {
            this.hubspot = hubspot;
            return this;
        }

        /**
         * Metadata for Pendo-specific settings.
         *
         * @param pendo the value, or null to leave it out
         * @return this builder
         */
        public Builder pendo(Map<String, JsonNode> pendo) {
            this.pendo = pendo;
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
        public Builder from(Metadata other) {
            this.agent = other.agent();
            this.auto = other.auto();
            this.custom = other.custom();
            this.segmentio = other.segmentio();
            this.salesforce = other.salesforce();
            this.hubspot = other.hubspot();
            this.pendo = other.pendo();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public Metadata build() {
            return new Metadata(agent == null ? null : new LinkedHashMap<>(agent),
                    auto == null ? null : new LinkedHashMap<>(auto),
                    custom == null ? null : new LinkedHashMap<>(custom),
                    segmentio == null ? null : new LinkedHashMap<>(segmentio),
                    salesforce == null ? null : new LinkedHashMap<>(salesforce),
                    hubspot == null ? null : new LinkedHashMap<>(hubspot),
                    pendo == null ? null : new LinkedHashMap<>(pendo),
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
