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
 * @param foo2 JSON field {@code foo2}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteCookiesResponseCookies(@JsonProperty("foo2") String foo2,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param foo2 JSON field {@code foo2}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public DeleteCookiesResponseCookies {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code DeleteCookiesResponseCookies}, with no field set.
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
     * Builds a {@link DeleteCookiesResponseCookies}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private String foo2;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code foo2}
         *
         * @param foo2 the value, or null to leave it out
         * @return this builder
         */
        public Builder foo2(String foo2) {
            this.foo2 = foo2;
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
        public Builder from(DeleteCookiesResponseCookies other) {
            this.foo2 = other.foo2();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         * @throws IllegalStateException naming every required field that is not set
         */
        public DeleteCookiesResponseCookies build() {
            List<String> missing = new ArrayList<>();
            if (foo2 == null) {
                missing.add("foo2");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("DeleteCookiesResponseCookies is missing required fields: " + missing);
            }
            return new DeleteCookiesResponseCookies(foo2,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
