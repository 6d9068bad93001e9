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
 * @param cookies JSON field {@code cookies}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteCookiesResponse(@JsonProperty("cookies") DeleteCookiesResponseCookies cookies,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param cookies JSON field {@code cookies}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public DeleteCookiesResponse {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code DeleteCookiesResponse}, with no field set.
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
     * Builds a {@link DeleteCookiesResponse}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private DeleteCookiesResponseCookies cookies;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code cookies}
         *
         * @param cookies the value, or null to leave it out
         * @return this builder
         */
        public Builder cookies(DeleteCookiesResponseCookies cookies) {
            this.cookies = cookies;
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
        public Builder from(DeleteCookiesResponse other) {
            this.cookies = other.cookies();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         * @throws IllegalStateException naming every required field that is not set
         */
        public DeleteCookiesResponse build() {
            List<String> missing = new ArrayList<>();
            if (cookies == null) {
                missing.add("cookies");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("DeleteCookiesResponse is missing required fields: " + missing);
            }
            return new DeleteCookiesResponse(cookies, new LinkedHashMap<>(additionalProperties));
        }
    }
}
