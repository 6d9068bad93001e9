package dev.pendokit.collection.model;

/** JSON scalars, with epoch milliseconds told apart because Pendo times are {@code long} numbers. */
public enum ScalarType {
    STRING,
    BOOLEAN,
    INTEGER,
    NUMBER,
    /** An integer count of milliseconds since 1970-01-01T00:00:00Z. */
    EPOCH_MILLIS,
    /** File content (a multipart file field). */
    BINARY
}
