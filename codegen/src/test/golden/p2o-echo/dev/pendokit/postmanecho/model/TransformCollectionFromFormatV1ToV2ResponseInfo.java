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
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransformCollectionFromFormatV1ToV2ResponseInfo(@JsonProperty("name") String name,
        @JsonProperty("_postman_id") String postmanId,
        @JsonProperty("description") String description, @JsonProperty("schema") String schema,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public TransformCollectionFromFormatV1ToV2ResponseInfo {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

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
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * JSON field {@code _postman_id}
         */
        public Builder postmanId(String postmanId) {
            this.postmanId = postmanId;
            return this;
        }

        /**
         * JSON field {@code description}
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * JSON field {@code schema}
         */
        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(TransformCollectionFromFormatV1ToV2ResponseInfo other) {
            this.name = other.name();
            this.postmanId = other.postmanId();
            this.description = other.description();
            this.schema = other.schema();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

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
            return new TransformCollectionFromFormatV1ToV2ResponseInfo(name, postmanId, description, schema, new LinkedHashMap<>(additionalProperties));
        }
    }
}
