package dev.pendokit.pendo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
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
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmailEventsRow(@JsonProperty("accountIds") List<JsonNode> accountIds,
        @JsonProperty("browserTime") Long browserTime, @JsonProperty("eventId") String eventId,
        @JsonProperty("type") String type, @JsonProperty("oldVisitorId") String oldVisitorId,
        @JsonProperty("remoteIp") String remoteIp, @JsonProperty("serverName") String serverName,
        @JsonProperty("url") String url, @JsonProperty("visitorId") String visitorId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public EmailEventsRow {
        accountIds = accountIds == null ? null : Collections.unmodifiableList(accountIds);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link EmailEventsRow}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private List<JsonNode> accountIds;

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
         */
        public Builder accountIds(List<JsonNode> accountIds) {
            this.accountIds = accountIds;
            return this;
        }

        /**
         * The timestamp of the event in milliseconds since the epoch.
         */
        public Builder browserTime(Long browserTime) {
            this.browserTime = browserTime;
            return this;
        }

        /**
         * Unique identifier for the event. (For internal Pendo use)
         */
        public Builder eventId(String eventId) {
            this.eventId = eventId;
            return this;
        }

        /**
         * The type of event (see eventType above). Preceded by email:pendo:
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * For internal Pendo use
         */
        public Builder oldVisitorId(String oldVisitorId) {
            this.oldVisitorId = oldVisitorId;
            return this;
        }

        /**
         * Not included for email events.
         */
        public Builder remoteIp(String remoteIp) {
            this.remoteIp = remoteIp;
            return this;
        }

        /**
         * Not included for email events.
         */
        public Builder serverName(String serverName) {
            this.serverName = serverName;
            return this;
        }

        /**
         * Not included for email events.
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * The visitor ID associated with the event(s).
         */
        public Builder visitorId(String visitorId) {
            this.visitorId = visitorId;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

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

        public EmailEventsRow build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("EmailEventsRow is missing required fields: " + missing);
            }
            return new EmailEventsRow(accountIds == null ? null : new ArrayList<>(accountIds), browserTime, eventId, type, oldVisitorId, remoteIp, serverName, url, visitorId, new LinkedHashMap<>(additionalProperties));
        }
    }
}
