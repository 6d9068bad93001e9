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
 * Documented in the collection as "Response Attributes".
 *
 * @param firstvisit Time of first visit, in milliseconds since the epoch.
 * @param idhash Hash of account Id
 * @param lastupdated Time of last update, in milliseconds since the epoch.
 * @param lastvisit Time of last visit, in milliseconds since the epoch.
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountsRowMetadataAuto(@JsonProperty("firstvisit") Long firstvisit,
        @JsonProperty("idhash") Long idhash, @JsonProperty("lastupdated") Long lastupdated,
        @JsonProperty("lastvisit") Long lastvisit,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param firstvisit Time of first visit, in milliseconds since the epoch.
     * @param idhash Hash of account Id
     * @param lastupdated Time of last update, in milliseconds since the epoch.
     * @param lastvisit Time of last visit, in milliseconds since the epoch.
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public AccountsRowMetadataAuto {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code AccountsRowMetadataAuto}, with no field set.
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
     * Builds a {@link AccountsRowMetadataAuto}; every field is optional.
     */
    public static final class Builder {
        private Long firstvisit;

        private Long idhash;

        private Long lastupdated;

        private Long lastvisit;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Time of first visit, in milliseconds since the epoch.
         *
         * @param firstvisit the value, or null to leave it out
         * @return this builder
         */
        public Builder firstvisit(Long firstvisit) {
            this.firstvisit = firstvisit;
            return this;
        }

        /**
         * Hash of account Id
         *
         * @param idhash the value, or null to leave it out
         * @return this builder
         */
        public Builder idhash(Long idhash) {
            this.idhash = idhash;
            return this;
        }

        /**
         * Time of last update, in milliseconds since the epoch.
         *
         * @param lastupdated the value, or null to leave it out
         * @return this builder
         */
        public Builder lastupdated(Long lastupdated) {
            this.lastupdated = lastupdated;
            return this;
        }

        /**
         * Time of last visit, in milliseconds since the epoch.
         *
         * @param lastvisit the value, or null to leave it out
         * @return this builder
         */
        public Builder lastvisit(Long lastvisit) {
            this.lastvisit = lastvisit;
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
        public Builder from(AccountsRowMetadataAuto other) {
            this.firstvisit = other.firstvisit();
            this.idhash = other.idhash();
            this.lastupdated = other.lastupdated();
            this.lastvisit = other.lastvisit();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public AccountsRowMetadataAuto build() {
            return new AccountsRowMetadataAuto(firstvisit, idhash, lastupdated, lastvisit,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
