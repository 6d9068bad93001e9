package dev.pendokit.collection.model;

import dev.pendokit.collection.Secrets;

/** A collection variable: its name, default value and description. */
public record Variable(String name, String defaultValue, String description) {

    @Override
    public String toString() {
        return name + "=" + Secrets.redactIfSecret(name, defaultValue);
    }
}
