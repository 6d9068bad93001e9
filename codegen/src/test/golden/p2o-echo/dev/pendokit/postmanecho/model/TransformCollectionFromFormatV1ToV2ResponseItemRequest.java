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
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransformCollectionFromFormatV1ToV2ResponseItemRequest(
        @JsonProperty("url") String url, @JsonProperty("method") String method,
        @JsonProperty("header") List<TransformCollectionFromFormatV1ToV2ResponseItemRequestHeader> header,
        @JsonProperty("body") TransformCollectionFromFormatV1ToV2ResponseItemRequestBody body,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public TransformCollectionFromFormatV1ToV2ResponseItemRequest {
        header = header == null ? null : Collections.unmodifiableList(header);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

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
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * JSON field {@code method}
         */
        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /**
         * JSON field {@code header}
         */
        public Builder header(
                List<TransformCollectionFromFormatV1ToV2ResponseItemRequestHeader> header) {
            this.header = header;
            return this;
        }

        /**
         * JSON field {@code body}
         */
        public Builder body(TransformCollectionFromFormatV1ToV2ResponseItemRequestBody body) {
            this.body = body;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(TransformCollectionFromFormatV1ToV2ResponseItemRequest other) {
            this.url = other.url();
            this.method = other.method();
            this.header = other.header();
            this.body = other.body();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

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
            return new TransformCollectionFromFormatV1ToV2ResponseItemRequest(url, method, header == null ? null : new ArrayList<>(header), body, new LinkedHashMap<>(additionalProperties));
        }
    }
}
