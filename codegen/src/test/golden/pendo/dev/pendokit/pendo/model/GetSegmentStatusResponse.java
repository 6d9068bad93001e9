package dev.pendokit.pendo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Documented in the collection as "Response".
 *
 * @param checkFound Internal use
 * @param checkTotal Internal use
 * @param command Processing status
 * @param entityTagId Segment ID
 * @param entityTagName Date updated
 * @param lastUpdatedAt The timestamp in milliseconds after the epoch when the segment was last updated
 * @param requestId Internal use
 * @param status API request status, e.g. 200
 * @param totalTagged Number of visitors included in the segment
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetSegmentStatusResponse(@JsonProperty("checkFound") BigDecimal checkFound,
        @JsonProperty("checkTotal") BigDecimal checkTotal, @JsonProperty("command") String command,
        @JsonProperty("entityTagId") String entityTagId,
        @JsonProperty("entityTagName") String entityTagName,
        @JsonProperty("lastUpdatedAt") Long lastUpdatedAt,
        @JsonProperty("requestId") String requestId, @JsonProperty("status") BigDecimal status,
        @JsonProperty("totalTagged") BigDecimal totalTagged,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param checkFound Internal use
     * @param checkTotal Internal use
     * @param command Processing status
     * @param entityTagId Segment ID
     * @param entityTagName Date updated
     * @param lastUpdatedAt The timestamp in milliseconds after the epoch when the segment was last updated
     * @param requestId Internal use
     * @param status API request status, e.g. 200
     * @param totalTagged Number of visitors included in the segment
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public GetSegmentStatusResponse {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code GetSegmentStatusResponse}, with no field set.
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
     * Builds a {@link GetSegmentStatusResponse}; every field is optional.
     */
    public static final class Builder {
        private BigDecimal checkFound;

        private BigDecimal checkTotal;

        private String command;

        private String entityTagId;

        private String entityTagName;

        private Long lastUpdatedAt;

        private String requestId;

        private BigDecimal status;

        private BigDecimal totalTagged;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Internal use
         *
         * @param checkFound the value, or null to leave it out
         * @return this builder
         */
        public Builder checkFound(BigDecimal checkFound) {
            this.checkFound = checkFound;
            return this;
        }

        /**
         * Internal use
         *
         * @param checkTotal the value, or null to leave it out
         * @return this builder
         */
        public Builder checkTotal(BigDecimal checkTotal) {
            this.checkTotal = checkTotal;
            return this;
        }

        /**
         * Processing status
         *
         * @param command the value, or null to leave it out
         * @return this builder
         */
        public Builder command(String command) {
            this.command = command;
            return this;
        }

        /**
         * Segment ID
         *
         * @param entityTagId the value, or null to leave it out
         * @return this builder
         */
        public Builder entityTagId(String entityTagId) {
            this.entityTagId = entityTagId;
            return this;
        }

        /**
         * Date updated
         *
         * @param entityTagName the value, or null to leave it out
         * @return this builder
         */
        public Builder entityTagName(String entityTagName) {
            this.entityTagName = entityTagName;
            return this;
        }

        /**
         * The timestamp in milliseconds after the epoch when the segment was last updated
         *
         * @param lastUpdatedAt the value, or null to leave it out
         * @return this builder
         */
        public Builder lastUpdatedAt(Long lastUpdatedAt) {
            this.lastUpdatedAt = lastUpdatedAt;
            return this;
        }

        /**
         * Internal use
         *
         * @param requestId the value, or null to leave it out
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * API request status, e.g. 200
         *
         * @param status the value, or null to leave it out
         * @return this builder
         */
        public Builder status(BigDecimal status) {
            this.status = status;
            return this;
        }

        /**
         * Number of visitors included in the segment
         *
         * @param totalTagged the value, or null to leave it out
         * @return this builder
         */
        public Builder totalTagged(BigDecimal totalTagged) {
            this.totalTagged = totalTagged;
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
        public Builder from(GetSegmentStatusResponse other) {
            this.checkFound = other.checkFound();
            this.checkTotal = other.checkTotal();
            this.command = other.command();
            this.entityTagId = other.entityTagId();
            this.entityTagName = other.entityTagName();
            this.lastUpdatedAt = other.lastUpdatedAt();
            this.requestId = other.requestId();
            this.status = other.status();
            this.totalTagged = other.totalTagged();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public GetSegmentStatusResponse build() {
            return new GetSegmentStatusResponse(checkFound, checkTotal, command, entityTagId,
                    entityTagName, lastUpdatedAt, requestId, status, totalTagged,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
