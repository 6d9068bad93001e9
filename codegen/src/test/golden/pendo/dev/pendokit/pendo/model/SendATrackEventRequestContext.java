package dev.pendokit.pendo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Inferred from the collection's examples (example body).
 *
 * @param ip JSON field {@code ip}
 * @param userAgent JSON field {@code userAgent}
 * @param url JSON field {@code url}
 * @param title JSON field {@code title}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendATrackEventRequestContext(@JsonProperty("ip") String ip,
        @JsonProperty("userAgent") String userAgent, @JsonProperty("url") String url,
        @JsonProperty("title") String title,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param ip JSON field {@code ip}
     * @param userAgent JSON field {@code userAgent}
     * @param url JSON field {@code url}
     * @param title JSON field {@code title}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public SendATrackEventRequestContext {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code SendATrackEventRequestContext}, with no field set.
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
     * Builds a {@link SendATrackEventRequestContext}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private String ip;

        private String userAgent;

        private String url;

        private String title;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code ip}
         *
         * @param ip the value, or null to leave it out
         * @return this builder
         */
        public Builder ip(String ip) {
            this.ip = ip;
            return this;
        }

        /**
         * JSON field {@code userAgent}
         *
         * @param userAgent the value, or null to leave it out
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * JSON field {@code url}
         *
         * @param url the value, or null to leave it out
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * JSON field {@code title}
         *
         * @param title the value, or null to leave it out
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
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
        public Builder from(SendATrackEventRequestContext other) {
            this.ip = other.ip();
            this.userAgent = other.userAgent();
            this.url = other.url();
            this.title = other.title();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         * @throws IllegalStateException naming every required field that is not set
         */
        public SendATrackEventRequestContext build() {
            List<String> missing = new ArrayList<>();
            if (ip == null) {
                missing.add("ip");
            }
            if (userAgent == null) {
                missing.add("userAgent");
            }
            if (url == null) {
                missing.add("url");
            }
            if (title == null) {
                missing.add("title");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("SendATrackEventRequestContext is missing required fields: " + missing);
            }
            return new SendATrackEventRequestContext(ip, userAgent, url, title,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
