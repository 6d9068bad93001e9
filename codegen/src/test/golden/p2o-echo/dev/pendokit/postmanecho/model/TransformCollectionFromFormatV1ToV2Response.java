package dev.pendokit.postmanecho.model;

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
 * Inferred from the collection's examples (example response 200).
 *
 * @param variables JSON field {@code variables}
 * @param info JSON field {@code info}
 * @param item JSON field {@code item}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransformCollectionFromFormatV1ToV2Response(
        @JsonProperty("variables") List<JsonNode> variables,
        @JsonProperty("info") TransformCollectionFromFormatV1ToV2ResponseInfo info,
        @JsonProperty("item") List<TransformCollectionFromFormatV1ToV2ResponseItem> item,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param variables JSON field {@code variables}
     * @param info JSON field {@code info}
     * @param item JSON field {@code item}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public TransformCollectionFromFormatV1ToV2Response {
        variables = variables == null ? null : Collections.unmodifiableList(variables);
        item = item == null ? null : Collections.unmodifiableList(item);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code TransformCollectionFromFormatV1ToV2Response}, with no field set.
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
     * Builds a {@link TransformCollectionFromFormatV1ToV2Response}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private List<JsonNode> variables;

        private TransformCollectionFromFormatV1ToV2ResponseInfo info;

        private List<TransformCollectionFromFormatV1ToV2ResponseItem> item;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code variables}
         *
         * @param variables the value, or null to leave it out
         * @return this builder
         */
        public Builder variables(List<JsonNode> variables) {
            this.variables = variables;
            return this;
        }

        /**
         * JSON field {@code info}
         *
         * @param info the value, or null to leave it out
         * @return this builder
         */
        public Builder info(TransformCollectionFromFormatV1ToV2ResponseInfo info) {
            this.info = info;
            return this;
        }

        /**
         * JSON field {@code item}
         *
         * @param item the value, or null to leave it out
         * @return this builder
         */
        public Builder item(List<TransformCollectionFromFormatV1ToV2ResponseItem> item) {
            this.item = item;
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
        public Builder from(TransformCollectionFromFormatV1ToV2Response other) {
            this.variables = other.variables();
            this.info = other.info();
            this.item = other.item();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         * @throws IllegalStateException naming every required field that is not set
         */
        public TransformCollectionFromFormatV1ToV2Response build() {
            List<String> missing = new ArrayList<>();
            if (variables == null) {
                missing.add("variables");
            }
            if (info == null) {
                missing.add("info");
            }
            if (item == null) {
                missing.add("item");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("TransformCollectionFromFormatV1ToV2Response is missing required fields: " + missing);
            }
            return new TransformCollectionFromFormatV1ToV2Response(variables == null ? null : new ArrayList<>(variables),
                    info, item == null ? null : new ArrayList<>(item),
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
