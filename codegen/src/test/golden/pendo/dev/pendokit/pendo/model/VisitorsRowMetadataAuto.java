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
 * Documented in the collection as "Response Attributes".
 *
 * @param accountId The Account ID last associated with the visitor.
 * @param accountIds All Account IDs associated with the visitor.
 * @param firstvisit The timestamp in milliseconds after the epoch when an event was first captured for the visitor.
 * @param idhash Hash of visitor Id.
 * @param lastbrowsername Most recent browser name.
 * @param lastbrowserversion Most recent browser version.
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VisitorsRowMetadataAuto(@JsonProperty("accountId") String accountId,
        @JsonProperty("accountIds") List<String> accountIds,
        @JsonProperty("firstvisit") Long firstvisit, @JsonProperty("idhash") BigDecimal idhash,
        @JsonProperty("lastbrowsername") String lastbrowsername,
        @JsonProperty("lastbrowserversion") JsonNode lastbrowserversion,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param accountId The Account ID last associated with the visitor.
     * @param accountIds All Account IDs associated with the visitor.
     * @param firstvisit The timestamp in milliseconds after the epoch when an event was first captured for the visitor.
     * @param idhash Hash of visitor Id.
     * @param lastbrowsername Most recent browser name.
     * @param lastbrowserversion Most recent browser version.
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public VisitorsRowMetadataAuto {
        accountIds = accountIds == null ? null : Collections.unmodifiableList(accountIds);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code VisitorsRowMetadataAuto}, with no field set.
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
     * Builds a {@link VisitorsRowMetadataAuto}; every field is optional.
     */
    public static final class Builder {
        private String accountId;

        private List<String> accountIds;

        private Long firstvisit;

        private BigDecimal idhash;

        private String lastbrowsername;

        private JsonNode lastbrowserversion;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The Account ID last associated with the visitor.
         *
         * @param accountId the value, or null to leave it out
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * All Account IDs associated with the visitor.
         *
         * @param accountIds the value, or null to leave it out
         * @return this builder
         */
        public Builder accountIds(List<String> accountIds) {
            this.accountIds = accountIds;
            return this;
        }

        /**
         * The timestamp in milliseconds after the epoch when an event was first captured for the visitor.
         *
         * @param firstvisit the value, or null to leave it out
         * @return this builder
         */
        public Builder firstvisit(Long firstvisit) {
            this.firstvisit = firstvisit;
            return this;
        }

        /**
         * Hash of visitor Id.
         *
         * @param idhash the value, or null to leave it out
         * @return this builder
         */
        public Builder idhash(BigDecimal idhash) {
            this.idhash = idhash;
            return this;
        }

        /**
         * Most recent browser name.
         *
         * @param lastbrowsername the value, or null to leave it out
         * @return this builder
         */
        public Builder lastbrowsername(String lastbrowsername) {
            this.lastbrowsername = lastbrowsername;
            return this;
        }

        /**
         * Most recent browser version.
         *
         * @param lastbrowserversion the value, or null to leave it out
         * @return this builder
         */
        public Builder lastbrowserversion(JsonNode lastbrowserversion) {
            this.lastbrowserversion = lastbrowserversion;
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
        public Builder from(VisitorsRowMetadataAuto other) {
            this.accountId = other.accountId();
            this.accountIds = other.accountIds();
            this.firstvisit = other.firstvisit();
            this.idhash = other.idhash();
            this.lastbrowsername = other.lastbrowsername();
            this.lastbrowserversion = other.lastbrowserversion();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public VisitorsRowMetadataAuto build() {
            return new VisitorsRowMetadataAuto(accountId,
                    accountIds == null ? null : new ArrayList<>(accountIds), firstvisit, idhash,
                    lastbrowsername, lastbrowserversion, new LinkedHashMap<>(additionalProperties));
        }
    }
}
