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
 * @param mode JSON field {@code mode}
 * @param raw JSON field {@code raw}
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransformCollectionFromFormatV1ToV2ResponseItemRequestBody(
        @JsonProperty("mode") String mode, @JsonProperty("raw") String raw,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public TransformCollectionFromFormatV1ToV2ResponseItemRequestBody {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link TransformCollectionFromFormatV1ToV2ResponseItemRequestBody}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private String mode;

        private String raw;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code mode}
         */
        public Builder mode(String mode) {
            this.mode = mode;
            return this;
        }

        /**
         * JSON field {@code raw}
         */
        public Builder raw(String raw) {
            this.raw = raw;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(TransformCollectionFromFormatV1ToV2ResponseItemRequestBody other) {
            this.mode = other.mode();
            this.raw = other.raw();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public TransformCollectionFromFormatV1ToV2ResponseItemRequestBody build() {
            List<String> missing = new ArrayList<>();
            if (mode == null) {
                missing.add("mode");
            }
            if (raw == null) {
                missing.add("raw");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("TransformCollectionFromFormatV1ToV2ResponseItemRequestBody is missing required fields: " + missing);
            }
            return new TransformCollectionFromFormatV1ToV2ResponseItemRequestBody(mode, raw, new LinkedHashMap<>(additionalProperties));
        }
    }
}
