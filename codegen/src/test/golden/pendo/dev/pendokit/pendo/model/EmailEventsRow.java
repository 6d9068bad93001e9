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
 * Documented in the collection as "Response attributes".
 *
 * @param accountIds The account ID(s) associated with the event(s).
 * @param browserTime The timestamp of the event in milliseconds since the epoch.
 * @param eventId Unique identifier for the event. (For internal Pendo use)
 * @param type The type of event (see eventType above). Preceded by email:pendo:
 * @param oldVisitorId For internal Pendo use
 * @param remoteIp Not included for email events.
 * @param serverName Not included for email events.
 * @param url Not included for email events.
 * @param visitorId The visitor ID associated with the event(s).
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmailEventsRow(@JsonProperty("accountIds") List<String> accountIds,
        @JsonProperty("browserTime") Long browserTime, @JsonProperty("eventId") String eventId,
        @JsonProperty("type") String type, @JsonProperty("oldVisitorId") String oldVisitorId,
        @JsonProperty("remoteIp") String remoteIp, @JsonProperty("serverName") String serverName,
        @JsonProperty("url") String url, @JsonProperty("visitorId") String visitorId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param accountIds The account ID(s) associated with the event(s).
     * @param browserTime The timestamp of the event in milliseconds since the epoch.
     * @param eventId Unique identifier for the event. (For internal Pendo use)
     * @param type The type of event (see eventType above). Preceded by email:pendo:
     * @param oldVisitorId For internal Pendo use
     * @param remoteIp Not included for email events.
     * @param serverName Not included for email events.
     * @param url Not included for email events.
     * @param visitorId The visitor ID associated with the event(s).
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public EmailEventsRow {
        accountIds = accountIds == null ? null : Collections.unmodifiableList(accountIds);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code EmailEventsRow}, with no field set.
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
     * Builds a {@link EmailEventsRow}; every field is optional.
     */
    public static final class Builder {
        private List<String> accountIds;

        private Long browserTime;

        private String eventId;

        private String type;

        private String oldVisitorId;

        private String remoteIp;

        private String serverName;

        private String url;

        private String visitorId;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The account ID(s) associated with the event(s).
         *
         * @param accountIds the value, or null to leave it out
         * @return this builder
         */
        public Builder accountIds(List<String> accountIds) {
            this.accountIds = accountIds;
            return this;
        }

        /**
         * The timestamp of the event in milliseconds since the epoch.
         *
         * @param browserTime the value, or null to leave it out
         * @return this builder
         */
        public Builder browserTime(Long browserTime) {
            this.browserTime = browserTime;
            return this;
        }

        /**
         * Unique identifier for the event. (For internal Pendo use)
         *
         * @param eventId the value, or null to leave it out
         * @return this builder
         */
        public Builder eventId(String eventId) {
            this.eventId = eventId;
            return this;
        }

        /**
         * The type of event (see eventType above). Preceded by email:pendo:
         *
         * @param type the value, or null to leave it out
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * For internal Pendo use
         *
         * @param oldVisitorId the value, or null to leave it out
         * @return this builder
         */
        public Builder oldVisitorId(String oldVisitorId) {
            this.oldVisitorId = oldVisitorId;
            return this;
        }

        /**
         * Not included for email events.
         *
         * @param remoteIp the value, or null to leave it out
         * @return this builder
         */
        public Builder remoteIp(String remoteIp) {
            this.remoteIp = remoteIp;
            return this;
        }

        /**
         * Not included for email events.
         *
         * @param serverName the value, or null to leave it out
         * @return this builder
         */
        public Builder serverName(String serverName) {
            this.serverName = serverName;
            return this;
        }

        /**
         * Not included for email events.
         *
         * @param url the value, or null to leave it out
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
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
        public Builder from(EmailEventsRow other) {
            this.accountIds = other.accountIds();
            this.browserTime = other.browserTime();
            this.eventId = other.eventId();
            this.type = other.type();
            this.oldVisitorId = other.oldVisitorId();
            this.remoteIp = other.remoteIp();
            this.serverName = other.serverName();
            this.url = other.url();
            this.visitorId = other.visitorId();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         */
        public EmailEventsRow build() {
            return new EmailEventsRow(accountIds == null ? null : new ArrayList<>(accountIds),
                    browserTime, eventId, type, oldVisitorId, remoteIp, serverName, url, visitorId,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
