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
 * Documented in the collection as "Response attributes".
 *
 * @param accountId The account ID associated with the event(s).
 * @param appId The application ID associated with the event(s).
 * @param day When querying with dayRange, the equivalent of midnight of the day in milliseconds since the epoch.
 * @param hour When querying with hourRange, the equivalent of the top of the hour in milliseconds since the epoch.
 * @param week Midnight of the Sunday beginning the week containing the event in milliseconds since the epoch.
 * @param month Midnight of the first day of the month containing the event in milliseconds since the epoch.
 * @param quarter Midnight of the day beginning the calendar quarter containing the event in milliseconds since the epoch.
 * @param pageId The unique identifier for the page.
 * @param numEvents A count of page load events attributed to this row of unique keys.
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageEventsRow(@JsonProperty("accountId") String accountId,
        @JsonProperty("appId") BigDecimal appId, @JsonProperty("day") Long day,
        @JsonProperty("hour") Long hour, @JsonProperty("week") Long week,
        @JsonProperty("month") Long month, @JsonProperty("quarter") Long quarter,
        @JsonProperty("pageId") String pageId, @JsonProperty("numEvents") BigDecimal numEvents,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public PageEventsRow {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link PageEventsRow}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private String accountId;

        private BigDecimal appId;

        private Long day;

        private Long hour;

        private Long week;

        private Long month;

        private Long quarter;

        private String pageId;

        private BigDecimal numEvents;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The account ID associated with the event(s).
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * The application ID associated with the event(s).
         */
        public Builder appId(BigDecimal appId) {
            this.appId = appId;
            return this;
        }

        /**
         * When querying with dayRange, the equivalent of midnight of the day in milliseconds since the epoch.
         */
        public Builder day(Long day) {
            this.day = day;
            return this;
        }

        /**
         * When querying with hourRange, the equivalent of the top of the hour in milliseconds since the epoch.
         */
        public Builder hour(Long hour) {
            this.hour = hour;
            return this;
        }

        /**
         * Midnight of the Sunday beginning the week containing the event in milliseconds since the epoch.
         */
        public Builder week(Long week) {
            this.week = week;
            return this;
        }

        /**
         * Midnight of the first day of the month containing the event in milliseconds since the epoch.
         */
        public Builder month(Long month) {
            this.month = month;
            return this;
        }

        /**
         * Midnight of the day beginning the calendar quarter containing the event in milliseconds since the epoch.
         */
        public Builder quarter(Long quarter) {
            this.quarter = quarter;
            return this;
        }

        /**
         * The unique identifier for the page.
         */
        public Builder pageId(String pageId) {
            this.pageId = pageId;
            return this;
        }

        /**
         * A count of page load events attributed to this row of unique keys.
         */
        public Builder numEvents(BigDecimal numEvents) {
            this.numEvents = numEvents;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(PageEventsRow other) {
            this.accountId = other.accountId();
            this.appId = other.appId();
            this.day = other.day();
            this.hour = other.hour();
            this.week = other.week();
            this.month = other.month();
            this.quarter = other.quarter();
            this.pageId = other.pageId();
            this.numEvents = other.numEvents();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public PageEventsRow build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("PageEventsRow is missing required fields: " + missing);
            }
            return new PageEventsRow(accountId, appId, day, hour, week, month, quarter, pageId, numEvents, new LinkedHashMap<>(additionalProperties));
        }
    }
}
