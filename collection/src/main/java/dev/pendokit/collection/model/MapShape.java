package dev.pendokit.collection.model;

/** A free-form JSON object: any keys, values of {@code values}' shape. */
public record MapShape(Shape values) implements Shape {}
