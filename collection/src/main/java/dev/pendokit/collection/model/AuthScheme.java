package dev.pendokit.collection.model;

/**
 * How an operation authenticates, after inheritance from folders and collection. Only variable
 * names are kept, never values: a key written literally into a collection is not carried into
 * the model (and a warning says so).
 */
public sealed interface AuthScheme {

    enum In { HEADER, QUERY }

    /** A key sent in a header or query parameter; {@code variable} names the {{variable}} holding it. */
    record ApiKey(String name, In in, String variable) implements AuthScheme {}

    record Bearer(String variable) implements AuthScheme {}

    record Basic(String usernameVariable, String passwordVariable) implements AuthScheme {}

    /** No authentication ({@code noauth}, or none anywhere up the tree). */
    record None() implements AuthScheme {}

    /** Digest, OAuth, AWS and the other Postman types, kept by name. */
    record Other(String type) implements AuthScheme {}
}
