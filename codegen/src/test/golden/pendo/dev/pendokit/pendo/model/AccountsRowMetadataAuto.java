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
 * Documented in the collection as "Response Attributes".
 *
 * @param firstvisit Time of first visit, in milliseconds since the epoch.
 * @param idhash Hash of account Id
 * @param lastupdated Time of last update, in milliseconds since the epoch.
 * @param lastvisit Time of last visit, in milliseconds since the epoch.
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountsRowMetadataAuto(@JsonProperty("firstvisit") Long firstvisit,
        @JsonProperty("idhash") Long idhash, @JsonProperty("lastupdated") Long lastupdated,
        @JsonProperty("lastvisit") Long lastvisit,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public AccountsRowMetadataAuto {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link AccountsRowMetadataAuto}; {@link #build()} names every required field that is missing.
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
         */
        public Builder firstvisit(Long firstvisit) {
            this.firstvisit = firstvisit;
            return this;
        }

        /**
         * Hash of account Id
         */
        public Builder idhash(Long idhash) {
            this.idhash = idhash;
            return this;
        }

        /**
         * Time of last update, in milliseconds since the epoch.
         */
        public Builder lastupdated(Long lastupdated) {
            this.lastupdated = lastupdated;
            return this;
        }

        /**
         * Time of last visit, in milliseconds since the epoch.
         */
        public Builder lastvisit(Long lastvisit) {
            this.lastvisit = lastvisit;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(AccountsRowMetadataAuto other) {
            this.firstvisit = other.firstvisit();
            this.idhash = other.idhash();
            this.lastupdated = other.lastupdated();
            this.lastvisit = other.lastvisit();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public AccountsRowMetadataAuto build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("AccountsRowMetadataAuto is missing required fields: " + missing);
            }
            return new AccountsRowMetadataAuto(firstvisit, idhash, lastupdated, lastvisit, new LinkedHashMap<>(additionalProperties));
        }
    }
}
