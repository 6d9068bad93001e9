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
 * @param type The type of object. Page for example.
 * @param id The associated unique identifier or untaggedUrl for the returned resource.
 * @param browserTime Milliseconds after the epoch that the event occurred. For pages, this is the first time the page was seen during consecutive usage.
 * @param lastTs Last time in consecutive usage that a page (or untagged page) was seen.
 * @param uri API call to get the type-specific object associated with this event (not applicable to untagged pages).
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetVisitorHistoryForATimePeriodItem(@JsonProperty("type") String type,
        @JsonProperty("id") String id, @JsonProperty("browserTime") Long browserTime,
        @JsonProperty("lastTs") BigDecimal lastTs, @JsonProperty("uri") String uri,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public GetVisitorHistoryForATimePeriodItem {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link GetVisitorHistoryForATimePeriodItem}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private String type;

        private String id;

        private Long browserTime;

        private BigDecimal lastTs;

        private String uri;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The type of object. Page for example.
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * The associated unique identifier or untaggedUrl for the returned resource.
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Milliseconds after the epoch that the event occurred. For pages, this is the first time the page was seen during consecutive usage.
         */
        public Builder browserTime(Long browserTime) {
            this.browserTime = browserTime;
            return this;
        }

        /**
         * Last time in consecutive usage that a page (or untagged page) was seen.
         */
        public Builder lastTs(BigDecimal lastTs) {
            this.lastTs = lastTs;
            return this;
        }

        /**
         * API call to get the type-specific object associated with this event (not applicable to untagged pages).
         */
        public Builder uri(String uri) {
            this.uri = uri;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(GetVisitorHistoryForATimePeriodItem other) {
            this.type = other.type();
            this.id = other.id();
            this.browserTime = other.browserTime();
            this.lastTs = other.lastTs();
            this.uri = other.uri();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public GetVisitorHistoryForATimePeriodItem build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("GetVisitorHistoryForATimePeriodItem is missing required fields: " + missing);
            }
            return new GetVisitorHistoryForATimePeriodItem(type, id, browserTime, lastTs, uri, new LinkedHashMap<>(additionalProperties));
        }
    }
}
