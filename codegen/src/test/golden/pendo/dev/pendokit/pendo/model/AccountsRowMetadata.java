package dev.pendokit.pendo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Keys that stand for many, kept with the undocumented fields: autoxxxxx (Returned in multi-app subscriptions only. Specifies the above metadata specific to each application where xxxxx is the application ID.)
 *
 * <p>Documented in the collection as "Response Attributes".
 *
 * @param auto JSON field {@code auto}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountsRowMetadata(@JsonProperty("auto") AccountsRowMetadataAuto auto,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param auto JSON field {@code auto}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public AccountsRowMetadata {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code AccountsRowMetadata}, with no field set.
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
     * Builds a {@link AccountsRowMetadata}; every field is optional.
     */
    public static final class Builder {
        private AccountsRowMetadataAuto auto;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code auto}
         *
         * @param auto the value, or null to leave it out
         * @return this builder
         */
        public Builder auto(AccountsRowMetadataAuto auto) {
            this.auto = auto;
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
        public Builder from(AccountsRowMetadata other) {
            this.auto = other.auto();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public AccountsRowMetadata build() {
            return new AccountsRowMetadata(auto, new LinkedHashMap<>(additionalProperties));
        }
    }
}
