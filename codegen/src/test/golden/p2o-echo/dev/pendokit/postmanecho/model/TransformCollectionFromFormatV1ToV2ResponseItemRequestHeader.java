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
 * @param key JSON field {@code key}
 * @param value JSON field {@code value}
 * @param description JSON field {@code description}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransformCollectionFromFormatV1ToV2ResponseItemRequestHeader(
        @JsonProperty("key") String key, @JsonProperty("value") String value,
        @JsonProperty("description") String description,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param key JSON field {@code key}
     * @param value JSON field {@code value}
     * @param description JSON field {@code description}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public TransformCollectionFromFormatV1ToV2ResponseItemRequestHeader {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code TransformCollectionFromFormatV1ToV2ResponseItemRequestHeader}, with no field set.
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
     * Builds a {@link TransformCollectionFromFormatV1ToV2ResponseItemRequestHeader}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private String key;

        private String value;

        private String description;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code key}
         *
         * @param key the value, or null to leave it out
         * @return this builder
         */
        public Builder key(String key) {
            this.key = key;
            return this;
        }

        /**
         * JSON field {@code value}
         *
         * @param value the value, or null to leave it out
         * @return this builder
         */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /**
         * JSON field {@code description}
         *
         * @param description the value, or null to leave it out
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
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
        public Builder from(TransformCollectionFromFormatV1ToV2ResponseItemRequestHeader other) {
            this.key = other.key();
            this.value = other.value();
            this.description = other.description();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         * @throws IllegalStateException naming every required field that is not set
         */
        public TransformCollectionFromFormatV1ToV2ResponseItemRequestHeader build() {
            List<String> missing = new ArrayList<>();
            if (key == null) {
                missing.add("key");
            }
            if (value == null) {
                missing.add("value");
            }
            if (description == null) {
                missing.add("description");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("TransformCollectionFromFormatV1ToV2ResponseItemRequestHeader is missing required fields: " + missing);
            }
            return new TransformCollectionFromFormatV1ToV2ResponseItemRequestHeader(key, value,
                    description, new LinkedHashMap<>(additionalProperties));
        }
    }
}
