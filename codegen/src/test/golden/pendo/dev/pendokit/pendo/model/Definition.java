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
 * Documented in the collection as "The Definition Object".
 *
 * @param config The configuration options for the report such as the chosen columns, application (for multi-app subscriptions), segment, and any advanced options selected.
 * @param generator visitorList or accountList. (Visitor and Account reports only)
 * @param type Path, Funnel, or List (for Visitor and Account reports)
 * @param kind The kind of List report (visitor or account)
 * @param timeSeries The set timeSeries for the report.
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Definition(@JsonProperty("config") List<JsonNode> config,
        @JsonProperty("generator") String generator, @JsonProperty("type") String type,
        @JsonProperty("kind") String kind, @JsonProperty("timeSeries") List<JsonNode> timeSeries,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param config The configuration options for the report such as the chosen columns, application (for multi-app subscriptions), segment, and any advanced options selected.
     * @param generator visitorList or accountList. (Visitor and Account reports only)
     * @param type Path, Funnel, or List (for Visitor and Account reports)
     * @param kind The kind of List report (visitor or account)
     * @param timeSeries The set timeSeries for the report.
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public Definition {
        config = config == null ? null : Collections.unmodifiableList(config);
        timeSeries = timeSeries == null ? null : Collections.unmodifiableList(timeSeries);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code Definition}, with no field set.
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
     * Builds a {@link Definition}; every field is optional.
     */
    public static final class Builder {
        private List<JsonNode> config;

        private String generator;

        private String type;

        private String kind;

        private List<JsonNode> timeSeries;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The configuration options for the report such as the chosen columns, application (for multi-app subscriptions), segment, and any advanced options selected.
         *
         * @param config the value, or null to leave it out
         * @return this builder
         */
        public Builder config(List<JsonNode> config) {
            this.config = config;
            return this;
        }

        /**
         * visitorList or accountList. (Visitor and Account reports only)
         *
         * @param generator the value, or null to leave it out
         * @return this builder
         */
        public Builder generator(String generator) {
            this.generator = generator;
            return this;
        }

        /**
         * Path, Funnel, or List (for Visitor and Account reports)
         *
         * @param type the value, or null to leave it out
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * The kind of List report (visitor or account)
         *
         * @param kind the value, or null to leave it out
         * @return this builder
         */
        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * The set timeSeries for the report.
         *
         * @param timeSeries the value, or null to leave it out
         * @return this builder
         */
        public Builder timeSeries(List<JsonNode> timeSeries) {
            this.timeSeries = timeSeries;
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
        public Builder from(Definition other) {
            this.config = other.config();
            this.generator = other.generator();
            this.type = other.type();
            this.kind = other.kind();
            this.timeSeries = other.timeSeries();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public Definition build() {
            return new Definition(config == null ? null : new ArrayList<>(config), generator, type,
                    kind, timeSeries == null ? null : new ArrayList<>(timeSeries),
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
