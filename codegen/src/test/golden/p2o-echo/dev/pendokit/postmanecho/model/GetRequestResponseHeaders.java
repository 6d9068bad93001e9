package dev.pendokit.postmanecho.model;

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
 * Inferred from the collection's examples (example response 200).
 *
 * @param xForwardedProto JSON field {@code x-forwarded-proto}
 * @param host JSON field {@code host}
 * @param accept JSON field {@code accept}
 * @param acceptEncoding JSON field {@code accept-encoding}
 * @param cacheControl JSON field {@code cache-control}
 * @param postmanToken JSON field {@code postman-token}
 * @param userAgent JSON field {@code user-agent}
 * @param xForwardedPort JSON field {@code x-forwarded-port}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetRequestResponseHeaders(@JsonProperty("x-forwarded-proto") String xForwardedProto,
        @JsonProperty("host") String host, @JsonProperty("accept") String accept,
        @JsonProperty("accept-encoding") String acceptEncoding,
        @JsonProperty("cache-control") String cacheControl,
        @JsonProperty("postman-token") String postmanToken,
        @JsonProperty("user-agent") String userAgent,
        @JsonProperty("x-forwarded-port") String xForwardedPort,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param xForwardedProto JSON field {@code x-forwarded-proto}
     * @param host JSON field {@code host}
     * @param accept JSON field {@code accept}
     * @param acceptEncoding JSON field {@code accept-encoding}
     * @param cacheControl JSON field {@code cache-control}
     * @param postmanToken JSON field {@code postman-token}
     * @param userAgent JSON field {@code user-agent}
     * @param xForwardedPort JSON field {@code x-forwarded-port}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public GetRequestResponseHeaders {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code GetRequestResponseHeaders}, with no field set.
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
     * Builds a {@link GetRequestResponseHeaders}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private String xForwardedProto;

        private String host;

        private String accept;

        private String acceptEncoding;

        private String cacheControl;

        private String postmanToken;

        private String userAgent;

        private String xForwardedPort;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code x-forwarded-proto}
         *
         * @param xForwardedProto the value, or null to leave it out
         * @return this builder
         */
        public Builder xForwardedProto(String xForwardedProto) {
            this.xForwardedProto = xForwardedProto;
            return this;
        }

        /**
         * JSON field {@code host}
         *
         * @param host the value, or null to leave it out
         * @return this builder
         */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /**
         * JSON field {@code accept}
         *
         * @param accept the value, or null to leave it out
         * @return this builder
         */
        public Builder accept(String accept) {
            this.accept = accept;
            return this;
        }

        /**
         * JSON field {@code accept-encoding}
         *
         * @param acceptEncoding the value, or null to leave it out
         * @return this builder
         */
        public Builder acceptEncoding(String acceptEncoding) {
            this.acceptEncoding = acceptEncoding;
            return this;
        }

        /**
         * JSON field {@code cache-control}
         *
         * @param cacheControl the value, or null to leave it out
         * @return this builder
         */
        public Builder cacheControl(String cacheControl) {
            this.cacheControl = cacheControl;
            return this;
        }

        /**
         * JSON field {@code postman-token}
         *
         * @param postmanToken the value, or null to leave it out
         * @return this builder
         */
        public Builder postmanToken(String postmanToken) {
            this.postmanToken = postmanToken;
            return this;
        }

        /**
         * JSON field {@code user-agent}
         *
         * @param userAgent the value, or null to leave it out
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * JSON field {@code x-forwarded-port}
         *
         * @param xForwardedPort the value, or null to leave it out
         * @return this builder
         */
        public Builder xForwardedPort(String xForwardedPort) {
            this.xForwardedPort = xForwardedPort;
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
        public Builder from(GetRequestResponseHeaders other) {
            this.xForwardedProto = other.xForwardedProto();
            this.host = other.host();
            this.accept = other.accept();
            this.acceptEncoding = other.acceptEncoding();
            this.cacheControl = other.cacheControl();
            this.postmanToken = other.postmanToken();
            this.userAgent = other.userAgent();
            this.xForwardedPort = other.xForwardedPort();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         * @throws IllegalStateException naming every required field that is not set
         */
        public GetRequestResponseHeaders build() {
            List<String> missing = new ArrayList<>();
            if (xForwardedProto == null) {
                missing.add("x-forwarded-proto");
            }
            if (host == null) {
                missing.add("host");
            }
            if (accept == null) {
                missing.add("accept");
            }
            if (acceptEncoding == null) {
                missing.add("accept-encoding");
            }
            if (cacheControl == null) {
                missing.add("cache-control");
            }
            if (postmanToken == null) {
                missing.add("postman-token");
            }
            if (userAgent == null) {
                missing.add("user-agent");
            }
            if (xForwardedPort == null) {
                missing.add("x-forwarded-port");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("GetRequestResponseHeaders is missing required fields: " + missing);
            }
            return new GetRequestResponseHeaders(xForwardedProto, host, accept, acceptEncoding,
                    cacheControl, postmanToken, userAgent, xForwardedPort,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
