package dev.pendokit.postmanecho.model;

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
 * Inferred from the collection's examples (example response 200).
 *
 * @param args JSON field {@code args}
 * @param headers JSON field {@code headers}
 * @param url JSON field {@code url}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetRequestResponse(@JsonProperty("args") GetRequestResponseArgs args,
        @JsonProperty("headers") GetRequestResponseHeaders headers, @JsonProperty("url") String url,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param args JSON field {@code args}
     * @param headers JSON field {@code headers}
     * @param url JSON field {@code url}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public GetRequestResponse {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code GetRequestResponse}, with no field set.
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
     * Builds a {@link GetRequestResponse}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private GetRequestResponseArgs args;

        private GetRequestResponseHeaders headers;

        private String url;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code args}
         *
         * @param args the value, or null to leave it out
         * @return this builder
         */
        public Builder args(GetRequestResponseArgs args) {
            this.args = args;
            return this;
        }

        /**
         * JSON field {@code headers}
         *
         * @param headers the value, or null to leave it out
         * @return this builder
         */
        public Builder headers(GetRequestResponseHeaders headers) {
            this.headers = headers;
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
        public Builder from(GetRequestResponse other) {
            this.args = other.args();
            this.headers = other.headers();
            this.url = other.url();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         * @throws IllegalStateException naming every required field that is not set
         */
        public GetRequestResponse build() {
            List<String> missing = new ArrayList<>();
            if (args == null) {
                missing.add("args");
            }
            if (headers == null) {
                missing.add("headers");
            }
            if (url == null) {
                missing.add("url");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("GetRequestResponse is missing required fields: " + missing);
            }
            return new GetRequestResponse(args, headers, url,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
