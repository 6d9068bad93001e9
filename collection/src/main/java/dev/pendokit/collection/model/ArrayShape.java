package dev.pendokit.collection.model;

/** A JSON array whose elements all have {@code items}' shape. */
public record ArrayShape(Shape items) implements Shape {}
