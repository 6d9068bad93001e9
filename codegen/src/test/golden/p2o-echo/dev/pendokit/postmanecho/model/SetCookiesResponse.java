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
 * @param cookies JSON field {@code cookies}
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetCookiesResponse(@JsonProperty("cookies") SetCookiesResponseCookies cookies,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public SetCookiesResponse {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link SetCookiesResponse}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private SetCookiesResponseCookies cookies;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code cookies}
         */
        public Builder cookies(SetCookiesResponseCookies cookies) {
            this.cookies = cookies;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(SetCookiesResponse other) {
            this.cookies = other.cookies();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public SetCookiesResponse build() {
            List<String> missing = new ArrayList<>();
            if (cookies == null) {
                missing.add("cookies");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("SetCookiesResponse is missing required fields: " + missing);
            }
            return new SetCookiesResponse(cookies, new LinkedHashMap<>(additionalProperties));
        }
    }
}
