package dev.pendokit.collection.model;

/** Where a parameter travels. */
public enum ParameterIn {
    PATH,
    QUERY,
    HEADER,
    /** A field of an urlencoded or multipart form body. */
    FORM
}
