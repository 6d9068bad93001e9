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
 * @param name JSON field {@code name}
 * @param postmanId JSON field {@code _postman_id}
 * @param description JSON field {@code description}
 * @param schema JSON field {@code schema}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransformCollectionFromFormatV1ToV2ResponseInfo(@JsonProperty("name") String name,
        @JsonProperty("_postman_id") String postmanId,
        @JsonProperty("description") String description, @JsonProperty("schema") String schema,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param name JSON field {@code name}
     * @param postmanId JSON field {@code _postman_id}
     * @param description JSON field {@code description}
     * @param schema JSON field {@code schema}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public TransformCollectionFromFormatV1ToV2ResponseInfo {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code TransformCollectionFromFormatV1ToV2ResponseInfo}, with no field set.
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
     * Builds a {@link TransformCollectionFromFormatV1ToV2ResponseInfo}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private String name;

        private String postmanId;

        private String description;

        private String schema;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code name}
         *
         * @param name the value, or null to leave it out
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * JSON field {@code _postman_id}
         *
         * @param postmanId the value, or null to leave it out
         * @return this builder
         */
        public Builder postmanId(String postmanId) {
            this.postmanId = postmanId;
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
         * JSON field {@code schema}
         *
         * @param schema the value, or null to leave it out
         * @return this builder
         */
        public Builder schema(String schema) {
            this.schema = schema;
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
        public Builder from(TransformCollectionFromFormatV1ToV2ResponseInfo other) {
            this.name = other.name();
            this.postmanId = other.postmanId();
            this.description = other.description();
            this.schema = other.schema();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         * @throws IllegalStateException naming every required field that is not set
         */
        public TransformCollectionFromFormatV1ToV2ResponseInfo build() {
            List<String> missing = new ArrayList<>();
            if (name == null) {
                missing.add("name");
            }
            if (postmanId == null) {
                missing.add("_postman_id");
            }
            if (description == null) {
                missing.add("description");
            }
            if (schema == null) {
                missing.add("schema");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("TransformCollectionFromFormatV1ToV2ResponseInfo is missing required fields: " + missing);
            }
            return new TransformCollectionFromFormatV1ToV2ResponseInfo(name, postmanId, description,
                    schema, new LinkedHashMap<>(additionalProperties));
        }
    }
}
