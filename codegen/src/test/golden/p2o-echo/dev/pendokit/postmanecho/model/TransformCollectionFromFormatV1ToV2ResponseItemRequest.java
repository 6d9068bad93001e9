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
 * @param url JSON field {@code url}
 * @param method JSON field {@code method}
 * @param header JSON field {@code header}
 * @param body JSON field {@code body}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransformCollectionFromFormatV1ToV2ResponseItemRequest(
        @JsonProperty("url") String url, @JsonProperty("method") String method,
        @JsonProperty("header") List<TransformCollectionFromFormatV1ToV2ResponseItemRequestHeader> header,
        @JsonProperty("body") TransformCollectionFromFormatV1ToV2ResponseItemRequestBody body,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param url JSON field {@code url}
     * @param method JSON field {@code method}
     * @param header JSON field {@code header}
     * @param body JSON field {@code body}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public TransformCollectionFromFormatV1ToV2ResponseItemRequest {
        header = header == null ? null : Collections.unmodifiableList(header);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code TransformCollectionFromFormatV1ToV2ResponseItemRequest}, with no field set.
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
     * Builds a {@link TransformCollectionFromFormatV1ToV2ResponseItemRequest}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private String url;

        private String method;

        private List<TransformCollectionFromFormatV1ToV2ResponseItemRequestHeader> header;

        private TransformCollectionFromFormatV1ToV2ResponseItemRequestBody body;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code url}
         *
         * @param url the value, or null to leave it out
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * JSON field {@code method}
         *
         * @param method the value, or null to leave it out
         * @return this builder
         */
        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /**
         * JSON field {@code header}
         *
         * @param header the value, or null to leave it out
         * @return this builder
         */
        public Builder header(
                List<TransformCollectionFromFormatV1ToV2ResponseItemRequestHeader> header) {
            this.header = header;
            return this;
        }

        /**
         * JSON field {@code body}
         *
         * @param body the value, or null to leave it out
         * @return this builder
         */
        public Builder body(TransformCollectionFromFormatV1ToV2ResponseItemRequestBody body) {
            this.body = body;
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
        public Builder from(TransformCollectionFromFormatV1ToV2ResponseItemRequest other) {
            this.url = other.url();
            this.method = other.method();
            this.header = other.header();
            this.body = other.body();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         * @throws IllegalStateException naming every required field that is not set
         */
        public TransformCollectionFromFormatV1ToV2ResponseItemRequest build() {
            List<String> missing = new ArrayList<>();
            if (url == null) {
                missing.add("url");
            }
            if (method == null) {
                missing.add("method");
            }
            if (header == null) {
                missing.add("header");
            }
            if (body == null) {
                missing.add("body");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("TransformCollectionFromFormatV1ToV2ResponseItemRequest is missing required fields: " + missing);
            }
            return new TransformCollectionFromFormatV1ToV2ResponseItemRequest(url, method,
                    header == null ? null : new ArrayList<>(header), body,
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
