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
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Definition(@JsonProperty("config") List<JsonNode> config,
        @JsonProperty("generator") String generator, @JsonProperty("type") String type,
        @JsonProperty("kind") String kind, @JsonProperty("timeSeries") List<JsonNode> timeSeries,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Definition {
        config = config == null ? null : Collections.unmodifiableList(config);
        timeSeries = timeSeries == null ? null : Collections.unmodifiableList(timeSeries);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link Definition}; {@link #build()} names every required field that is missing.
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
         */
        public Builder config(List<JsonNode> config) {
            this.config = config;
            return this;
        }

        /**
         * visitorList or accountList. (Visitor and Account reports only)
         */
        public Builder generator(String generator) {
            this.generator = generator;
            return this;
        }

        /**
         * Path, Funnel, or List (for Visitor and Account reports)
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * The kind of List report (visitor or account)
         */
        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * The set timeSeries for the report.
         */
        public Builder timeSeries(List<JsonNode> timeSeries) {
            this.timeSeries = timeSeries;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(Definition other) {
            this.config = other.config();
            this.generator = other.generator();
            this.type = other.type();
            this.kind = other.kind();
            this.timeSeries = other.timeSeries();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public Definition build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Definition is missing required fields: " + missing);
            }
            return new Definition(config == null ? null : new ArrayList<>(config), generator, type, kind, timeSeries == null ? null : new ArrayList<>(timeSeries), new LinkedHashMap<>(additionalProperties));
        }
    }
}
