package dev.pendokit.collection.postman;

import dev.pendokit.collection.Secrets;

/**
 * A header, query parameter, urlencoded field or path variable of a request. Postman writes
 * optional ones as {@code disabled}; the value may hold {@code {{variables}}}.
 */
public record KeyValue(String key, String value, String description, boolean disabled) {

    public KeyValue {
        key = key == null ? "" : key;
        value = value == null ? "" : value;
        description = description == null ? "" : description;
    }

    @Override
    public String toString() {
        return key + (disabled ? " (disabled)" : "") + ": " + Secrets.redactIfSecret(key, value);
    }
}
