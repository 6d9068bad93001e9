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
 * @param name JSON field {@code name}
 * @param event JSON field {@code event}
 * @param request JSON field {@code request}
 * @param response JSON field {@code response}
 * @param additionalProperties fields the documentation does not list, kept as they came
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransformCollectionFromFormatV1ToV2ResponseItem(@JsonProperty("name") String name,
        @JsonProperty("event") List<TransformCollectionFromFormatV1ToV2ResponseItemEvent> event,
        @JsonProperty("request") TransformCollectionFromFormatV1ToV2ResponseItemRequest request,
        @JsonProperty("response") List<JsonNode> response,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param name JSON field {@code name}
     * @param event JSON field {@code event}
     * @param request JSON field {@code request}
     * @param response JSON field {@code response}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public TransformCollectionFromFormatV1ToV2ResponseItem {
        event = event == null ? null : Collections.unmodifiableList(event);
        response = response == null ? null : Collections.unmodifiableList(response);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code TransformCollectionFromFormatV1ToV2ResponseItem}, with no field set.
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
     * Builds a {@link TransformCollectionFromFormatV1ToV2ResponseItem}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private String name;

        private List<TransformCollectionFromFormatV1ToV2ResponseItemEvent> event;

        private TransformCollectionFromFormatV1ToV2ResponseItemRequest request;

        private List<JsonNode> response;

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
         * JSON field {@code event}
         *
         * @param event the value, or null to leave it out
         * @return this builder
         */
        public Builder event(List<TransformCollectionFromFormatV1ToV2ResponseItemEvent> event) {
            this.event = event;
            return this;
        }

        /**
         * JSON field {@code request}
         *
         * @param request the value, or null to leave it out
         * @return this builder
         */
        public Builder request(TransformCollectionFromFormatV1ToV2ResponseItemRequest request) {
            this.request = request;
            return this;
        }

        /**
         * JSON field {@code response}
         *
         * @param response the value, or null to leave it out
         * @return this builder
         */
        public Builder response(List<JsonNode> response) {
            this.response = response;
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
        public Builder from(TransformCollectionFromFormatV1ToV2ResponseItem other) {
            this.name = other.name();
            this.event = other.event();
            this.request = other.request();
            this.response = other.response();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         * @throws IllegalStateException naming every required field that is not set
         */
        public TransformCollectionFromFormatV1ToV2ResponseItem build() {
            List<String> missing = new ArrayList<>();
            if (name == null) {
                missing.add("name");
            }
            if (request == null) {
                missing.add("request");
            }
            if (response == null) {
                missing.add("response");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("TransformCollectionFromFormatV1ToV2ResponseItem is missing required fields: " + missing);
            }
            return new TransformCollectionFromFormatV1ToV2ResponseItem(name,
                    event == null ? null : new ArrayList<>(event), request,
                    response == null ? null : new ArrayList<>(response),
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
