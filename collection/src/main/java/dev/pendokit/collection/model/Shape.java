package dev.pendokit.collection.model;

/**
 * The JSON shape of a body or field, as documented (attribute tables) or observed (examples).
 * {@link AnyShape#ANY} is the honest answer where the collection says nothing: never a guess.
 */
public sealed interface Shape permits ObjectShape, ArrayShape, MapShape, ScalarShape, AnyShape {}
