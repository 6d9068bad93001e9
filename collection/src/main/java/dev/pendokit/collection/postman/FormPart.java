package dev.pendokit.collection.postman;

/** A multipart form field: text, or a file ({@code src} names it). */
public record FormPart(String key, String value, boolean file, String src, String contentType,
                       String description, boolean disabled) {}
