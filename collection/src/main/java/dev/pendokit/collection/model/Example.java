package dev.pendokit.collection.model;

/** A saved example response body, as the collection holds it. */
public record Example(String name, String body, String mediaType) {}
