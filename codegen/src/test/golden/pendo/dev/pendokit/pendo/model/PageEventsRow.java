package dev.pendokit.pendo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * @param visitorId The visitor ID associated with the event(s).
 * @param numMinutes The duration of the events this group of unique keys.
 * @param remoteIp The IP address captured at the time of the event(s).
 * @param server The server of the URL of the event(s).
 * @param userAgent The user agent captured at the time of the event(s).
 * @param parameters The parameters captured with the event(s) (see "pageEvents with parameters" under Common aggregations).
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageEventsRow(@JsonProperty("accountId") String accountId,
        @JsonProperty("appId") BigDecimal appId, @JsonProperty("day") Long day,
        @JsonProperty("hour") Long hour, @JsonProperty("week") Long week,
        @JsonProperty("month") Long month, @JsonProperty("quarter") Long quarter,
        @JsonProperty("pageId") String pageId, @JsonProperty("numEvents") BigDecimal numEvents,
        @JsonProperty("visitorId") String visitorId, @JsonProperty("numMinutes") Long numMinutes,
        @JsonProperty("remoteIp") String remoteIp, @JsonProperty("server") String server,
        @JsonProperty("userAgent") String userAgent,
        @JsonProperty("parameters") JsonNode parameters,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
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
     * @param visitorId The visitor ID associated with the event(s).
     * @param numMinutes The duration of the events this group of unique keys.
     * @param remoteIp The IP address captured at the time of the event(s).
     * @param server The server of the URL of the event(s).
     * @param userAgent The user agent captured at the time of the event(s).
     * @param parameters The parameters captured with the event(s) (see "pageEvents with parameters" under Common aggregations).
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public PageEventsRow {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code PageEventsRow}, with no field set.
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
     * Builds a {@link PageEventsRow}; every field is optional.
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

        private String visitorId;

        private Long numMinutes;

        private String remoteIp;

        private String server;

        private String userAgent;

        private JsonNode parameters;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The account ID associated with the event(s).
         *
         * @param accountId the value, or null to leave it out
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * The application ID associated with the event(s).
         *
         * @param appId the value, or null to leave it out
         * @return this builder
         */
        public Builder appId(BigDecimal appId) {
            this.appId = appId;
            return this;
        }

        /**
         * When querying with dayRange, the equivalent of midnight of the day in milliseconds since the epoch.
         *
         * @param day the value, or null to leave it out
         * @return this builder
         */
        public Builder day(Long day) {
            this.day = day;
            return this;
        }

        /**
         * When querying with hourRange, the equivalent of the top of the hour in milliseconds since the epoch.
         *
         * @param hour the value, or null to leave it out
         * @return this builder
         */
        public Builder hour(Long hour) {
            this.hour = hour;
            return this;
        }

        /**
         * Midnight of the Sunday beginning the week containing the event in milliseconds since the epoch.
         *
         * @param week the value, or null to leave it out
         * @return this builder
         */
        public Builder week(Long week) {
            this.week = week;
            return this;
        }

        /**
         * Midnight of the first day of the month containing the event in milliseconds since the epoch.
         *
         * @param month the value, or null to leave it out
         * @return this builder
         */
        public Builder month(Long month) {
            this.month = month;
            return this;
        }

        /**
         * Midnight of the day beginning the calendar quarter containing the event in milliseconds since the epoch.
         *
         * @param quarter the value, or null to leave it out
         * @return this builder
         */
        public Builder quarter(Long quarter) {
            this.quarter = quarter;
            return this;
        }

        /**
         * The unique identifier for the page.
         *
         * @param pageId the value, or null to leave it out
         * @return this builder
         */
        public Builder pageId(String pageId) {
            this.pageId = pageId;
            return this;
        }

        /**
         * A count of page load events attributed to this row of unique keys.
         *
         * @param numEvents the value, or null to leave it out
         * @return this builder
         */
        public Builder numEvents(BigDecimal numEvents) {
            this.numEvents = numEvents;
            return this;
        }

        /**
         * The visitor ID associated with the event(s).
         *
         * @param visitorId the value, or null to leave it out
         * @return this builder
         */
        public Builder visitorId(String visitorId) {
            this.visitorId = visitorId;
            return this;
        }

        /**
         * The duration of the events this group of unique keys.
         *
         * @param numMinutes the value, or null to leave it out
         * @return this builder
         */
        public Builder numMinutes(Long numMinutes) {
            this.numMinutes = numMinutes;
            return this;
        }

        /**
         * The IP address captured at the time of the event(s).
         *
         * @param remoteIp the value, or null to leave it out
         * @return this builder
         */
        public Builder remoteIp(String remoteIp) {
            this.remoteIp = remoteIp;
            return this;
        }

        /**
         * The server of the URL of the event(s).
         *
         * @param server the value, or null to leave it out
         * @return this builder
         */
        public Builder server(String server) {
            this.server = server;
            return this;
        }

        /**
         * The user agent captured at the time of the event(s).
         *
         * @param userAgent the value, or null to leave it out
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * The parameters captured with the event(s) (see "pageEvents with parameters" under Common aggregations).
         *
         * @param parameters the value, or null to leave it out
         * @return this builder
         */
        public Builder parameters(JsonNode parameters) {
            this.parameters = parameters;
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
            this.visitorId = other.visitorId();
            this.numMinutes = other.numMinutes();
            this.remoteIp = other.remoteIp();
            this.server = other.server();
            this.userAgent = other.userAgent();
            this.parameters = other.parameters();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public PageEventsRow build() {
            return new PageEventsRow(accountId, appId, day, hour, week, month, quarter, pageId,
                    numEvents, visitorId, numMinutes, remoteIp, server, userAgent, parameters,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
