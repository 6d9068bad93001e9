package dev.pendokit.collection.postman;

import dev.pendokit.collection.Secrets;

/** A multipart form field: text, or a file ({@code src} names it). */
public record FormPart(String key, String value, boolean file, String src, String contentType,
                       String description, boolean disabled) {

    @Override
    public String toString() {
        return key + (disabled ? " (disabled)" : "") + ": " + (file ? "file " + src : Secrets.redactIfSecret(key, value));
    }
}
