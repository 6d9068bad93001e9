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
 * @param type JSON field {@code type}
 * @param exec JSON field {@code exec}
 * @param additionalProperties fields the documentation does not list, kept as they came
 *
 * <p>The constructor wraps the collections it is given without copying them; {@link #builder()} copies.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransformCollectionFromFormatV1ToV2ResponseItemEventScript(
        @JsonProperty("type") String type, @JsonProperty("exec") List<String> exec,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public TransformCollectionFromFormatV1ToV2ResponseItemEventScript {
        exec = exec == null ? null : Collections.unmodifiableList(exec);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link TransformCollectionFromFormatV1ToV2ResponseItemEventScript}; {@link #build()} names every required field that is missing.
     */
    public static final class Builder {
        private String type;

        private List<String> exec;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * JSON field {@code type}
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * JSON field {@code exec}
         */
        public Builder exec(List<String> exec) {
            this.exec = exec;
            return this;
        }

        /**
         * Fields beyond the documented ones, sent as they are.
         */
        public Builder additionalProperties(Map<String, Object> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        public Builder from(TransformCollectionFromFormatV1ToV2ResponseItemEventScript other) {
            this.type = other.type();
            this.exec = other.exec();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        public TransformCollectionFromFormatV1ToV2ResponseItemEventScript build() {
            List<String> missing = new ArrayList<>();
            if (type == null) {
                missing.add("type");
            }
            if (exec == null) {
                missing.add("exec");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("TransformCollectionFromFormatV1ToV2ResponseItemEventScript is missing required fields: " + missing);
            }
            return new TransformCollectionFromFormatV1ToV2ResponseItemEventScript(type, exec == null ? null : new ArrayList<>(exec), new LinkedHashMap<>(additionalProperties));
        }
    }
}
