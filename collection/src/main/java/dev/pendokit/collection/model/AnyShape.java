package dev.pendokit.collection.model;

/** Any JSON value: the collection documents nothing more precise. */
public enum AnyShape implements Shape {
    ANY
}
