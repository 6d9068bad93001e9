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
 * Documented in the collection as "Response Attributes".
 *
 * @param auto JSON field {@code auto}
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VisitorsRowMetadata(@JsonProperty("auto") VisitorsRowMetadataAuto auto,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public VisitorsRowMetadata {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link VisitorsRowMetadata}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private VisitorsRowMetadataAuto auto;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code auto}
         */
        public Builder auto(VisitorsRowMetadataAuto auto) {
            this.auto = auto;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(VisitorsRowMetadata other) {
            this.auto = other.auto();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public VisitorsRowMetadata build() {
            List<String> missing = new ArrayList<>();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("VisitorsRowMetadata is missing required fields: " + missing);
            }
            return new VisitorsRowMetadata(auto, new LinkedHashMap<>(additionalProperties));
        }
    }
}
