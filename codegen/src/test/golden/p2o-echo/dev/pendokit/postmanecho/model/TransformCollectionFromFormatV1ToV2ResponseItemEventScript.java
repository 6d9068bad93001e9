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
 */
@Generated("dev.pendokit.generator.ClientGenerator")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransformCollectionFromFormatV1ToV2ResponseItemEventScript(
        @JsonProperty("type") String type, @JsonProperty("exec") List<String> exec,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Wraps the collections it is given as unmodifiable, without copying them (Jackson hands over fresh ones); {@link #builder()} copies.
     *
     * @param type JSON field {@code type}
     * @param exec JSON field {@code exec}
     * @param additionalProperties fields the documentation does not list, kept as they came
     */
    public TransformCollectionFromFormatV1ToV2ResponseItemEventScript {
        exec = exec == null ? null : Collections.unmodifiableList(exec);
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * A builder of {@code TransformCollectionFromFormatV1ToV2ResponseItemEventScript}, with no field set.
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
         *
         * @param type the value, or null to leave it out
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * JSON field {@code exec}
         *
         * @param exec the value, or null to leave it out
         * @return this builder
         */
        public Builder exec(List<String> exec) {
            this.exec = exec;
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
        public Builder from(TransformCollectionFromFormatV1ToV2ResponseItemEventScript other) {
            this.type = other.type();
            this.exec = other.exec();
            this.additionalProperties = new LinkedHashMap<>(other.additionalProperties());
            return this;
        }

        /**
         * The record, its collections copied.
         *
         * @return the record
         * @throws IllegalStateException naming every required field that is not set
         */
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
            return new TransformCollectionFromFormatV1ToV2ResponseItemEventScript(type,
                    exec == null ? null : new ArrayList<>(exec),
                    new LinkedHashMap<>(additionalProperties));
        }
    }
}
