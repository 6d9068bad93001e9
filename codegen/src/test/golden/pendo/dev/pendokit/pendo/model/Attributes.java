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
 * Documented in the collection as "The Attributes Object".
 *
 * @param type Unique identifier for the step.
 * @param dates The last updated date of each translated version of the guide.
 * @param device The device-types selected for guide display (i.e. mobile, desktop)
 * @param badge Attributes related to the badge activation type.
 * @param priority Position of the Guide as it appears in the resource/guide center.
 * @param launcher Returns an array of keywords used to search from within the guide center. (Classic Designer guides only)
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attributes(@JsonProperty("type") String type,
        @JsonProperty("dates") Map<String, JsonNode> dates, @JsonProperty("device") JsonNode device,
        @JsonProperty("badge") Map<String, JsonNode> badge,
        @JsonProperty("priority") BigDecimal priority,
        @JsonProperty("launcher") List<JsonNode> launcher,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param type Unique identifier for the step.
     * @param dates The last updated date of each translated version of the guide.
     * @param device The device-types selected for guide display (i.e. mobile, desktop)
     * @param badge Attributes related to the badge activation type.
     * @param priority Position of the Guide as it appears in the resource/guide center.
     * @param launcher Returns an array of keywords used to search from within the guide center. (Classic Designer guides only)
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public Attributes {
        dates = dates == null ? null : Collections.unmodifiableMap(dates);
        badge = badge == null ? null : Collections.unmodifiableMap(badge);
        launcher = launcher == null ? null : Collections.unmodifiableList(launcher);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code Attributes}, with no field set.
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
     * Builds a {@link Attributes}; every field is optional.
     */
    public static final class Builder {
        private String type;

        private Map<String, JsonNode> dates;

        private JsonNode device;

        private Map<String, JsonNode> badge;

        private BigDecimal priority;

        private List<JsonNode> launcher;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Unique identifier for the step.
         *
         * @param type the value, or null to leave it out
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * The last updated date of each translated version of the guide.
         *
         * @param dates the value, or null to leave it out
         * @return this builder
         */
        public Builder dates(Map<String, JsonNode> dates) {
            this.dates = dates;
            return this;
        }

        /**
         * The device-types selected for guide display (i.e. mobile, desktop)
         *
         * @param device the value, or null to leave it out
         * @return this builder
         */
        public Builder device(JsonNode device) {
            this.device = device;
            return this;
        }

        /**
         * Attributes related to the badge activation type.
         *
         * @param badge the value, or null to leave it out
         * @return this builder
         */
        public Builder badge(Map<String, JsonNode> badge) {
            this.badge = badge;
            return this;
        }

        /**
         * Position of the Guide as it appears in the resource/guide center.
         *
         * @param priority the value, or null to leave it out
         * @return this builder
         */
        public Builder priority(BigDecimal priority) {
            this.priority = priority;
            return this;
        }

        /**
         * Returns an array of keywords used to search from within the guide center. (Classic Designer guides only)
         *
         * @param launcher the value, or null to leave it out
         * @return this builder
         */
        public Builder launcher(List<JsonNode> launcher) {
            this.launcher = launcher;
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
        public Builder from(Attributes other) {
            this.type = other.type();
            this.dates = other.dates();
            this.device = other.device();
            this.badge = other.badge();
            this.priority = other.priority();
            this.launcher = other.launcher();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public Attributes build() {
            return new Attributes(type, dates == null ? null : new LinkedHashMap<>(dates), device,
                    badge == null ? null : new LinkedHashMap<>(badge), priority,
                    launcher == null ? null : new ArrayList<>(launcher),
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
