package dev.pendokit.pendo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
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
    public GetSegmentStatusResponse {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link GetSegmentStatusResponse}; {@link #build()} names every required field that is missing.
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
         */
        public Builder checkFound(BigDecimal checkFound) {
            this.checkFound = checkFound;
            return this;
        }

        /**
         * Internal use
         */
        public Builder checkTotal(BigDecimal checkTotal) {
            this.checkTotal = checkTotal;
            return this;
        }

        /**
         * Processing status
         */
        public Builder command(String command) {
            this.command = command;
            return this;
        }

        /**
         * Segment ID
         */
        public Builder entityTagId(String entityTagId) {
            this.entityTagId = entityTagId;
            return this;
        }

        /**
         * Date updated
         */
        public Builder entityTagName(String entityTagName) {
            this.entityTagName = entityTagName;
            return this;
        }

        /**
         * The timestamp in milliseconds after the epoch when the segment was last updated
         */
        public Builder lastUpdatedAt(Long lastUpdatedAt) {
            this.lastUpdatedAt = lastUpdatedAt;
            return this;
        }

        /**
         * Internal use
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * API request status, e.g. 200
         */
        public Builder status(BigDecimal status) {
            this.status = status;
            return this;
        }

        /**
         * Number of visitors included in the segment
         */
        public Builder totalTagged(BigDecimal totalTagged) {
            this.totalTagged = totalTagged;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

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

        public GetSegmentStatusResponse build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("GetSegmentStatusResponse is missing required fields: " + missing);
            }
            return new GetSegmentStatusResponse(checkFound, checkTotal, command, entityTagId, entityTagName, lastUpdatedAt, requestId, status, totalTagged, new LinkedHashMap<>(additionalProperties));
        }
    }
}
