package dev.pendokit.collection.postman;

import dev.pendokit.collection.Secrets;

/** A collection, folder or path variable: {@code {{key}}} in the collection resolves to its value. */
public record PostmanVariable(String key, String value, String type, String description, boolean disabled) {

    public PostmanVariable {
        value = value == null ? "" : value;
        type = type == null ? "" : type;
        description = description == null ? "" : description;
    }

    @Override
    public String toString() {
        return key + "=" + Secrets.redactIfSecret(key, value);
    }
}
