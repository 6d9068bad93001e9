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
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransformCollectionFromFormatV1ToV2ResponseItem(@JsonProperty("name") String name,
        @JsonProperty("event") List<TransformCollectionFromFormatV1ToV2ResponseItemEvent> event,
        @JsonProperty("request") TransformCollectionFromFormatV1ToV2ResponseItemRequest request,
        @JsonProperty("response") List<JsonNode> response,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public TransformCollectionFromFormatV1ToV2ResponseItem {
        event = event == null ? null : Collections.unmodifiableList(event);
        response = response == null ? null : Collections.unmodifiableList(response);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

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
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * JSON field {@code event}
         */
        public Builder event(List<TransformCollectionFromFormatV1ToV2ResponseItemEvent> event) {
            this.event = event;
            return this;
        }

        /**
         * JSON field {@code request}
         */
        public Builder request(TransformCollectionFromFormatV1ToV2ResponseItemRequest request) {
            this.request = request;
            return this;
        }

        /**
         * JSON field {@code response}
         */
        public Builder response(List<JsonNode> response) {
            this.response = response;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(TransformCollectionFromFormatV1ToV2ResponseItem other) {
            this.name = other.name();
            this.event = other.event();
            this.request = other.request();
            this.response = other.response();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

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
            return new TransformCollectionFromFormatV1ToV2ResponseItem(name, event == null ? null : new ArrayList<>(event), request, response == null ? null : new ArrayList<>(response), new LinkedHashMap<>(additionalProperties));
        }
    }
}
