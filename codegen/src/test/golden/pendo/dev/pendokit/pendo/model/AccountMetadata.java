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
 * Documented in the collection as "The Account Object".
 *
 * @param auto JSON field {@code auto}
 * @param autoxxxxx Returned in multi-app subscriptions only. Specifies the above metadata specific to each application where xxxxx is the application ID.
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountMetadata(@JsonProperty("auto") AccountMetadataAuto auto,
        @JsonProperty("autoxxxxx") Map<String, JsonNode> autoxxxxx,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public AccountMetadata {
        autoxxxxx = autoxxxxx == null ? null : Collections.unmodifiableMap(autoxxxxx);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link AccountMetadata}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private AccountMetadataAuto auto;

        private Map<String, JsonNode> autoxxxxx;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code auto}
         */
        public Builder auto(AccountMetadataAuto auto) {
            this.auto = auto;
            return this;
        }

        /**
         * Returned in multi-app subscriptions only. Specifies the above metadata specific to each application where xxxxx is the application ID.
         */
        public Builder autoxxxxx(Map<String, JsonNode> autoxxxxx) {
            this.autoxxxxx = autoxxxxx;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(AccountMetadata other) {
            this.auto = other.auto();
            this.autoxxxxx = other.autoxxxxx();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public AccountMetadata build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("AccountMetadata is missing required fields: " + missing);
            }
            return new AccountMetadata(auto, autoxxxxx == null ? null : new LinkedHashMap<>(autoxxxxx), new LinkedHashMap<>(additionalProperties));
        }
    }
}
