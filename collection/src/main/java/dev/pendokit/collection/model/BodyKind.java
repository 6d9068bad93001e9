package dev.pendokit.collection.model;

/** The kinds of request and response bodies, by how they are encoded. */
public enum BodyKind {
    JSON,
    XML,
    TEXT,
    CSV,
    FORM_URLENCODED,
    MULTIPART_FORM,
    GRAPHQL,
    BINARY
}
