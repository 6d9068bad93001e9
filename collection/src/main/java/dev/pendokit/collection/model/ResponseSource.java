package dev.pendokit.collection.model;

/** Where the collection documents a response status. */
public enum ResponseSource {
    /** The request's own description (its Status Codes table). */
    DOCUMENTED,
    /** A saved example response of the request. */
    EXAMPLE,
    /** The collection-wide status code table, which applies to every request. */
    COLLECTION,
    /** Nothing documents a status: 200 is assumed and a warning says so. */
    ASSUMED
}
