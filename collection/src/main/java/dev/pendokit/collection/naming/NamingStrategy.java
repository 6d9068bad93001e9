package dev.pendokit.collection.naming;

import java.util.List;

/**
 * Decides the Java name of everything the collection names. Implementations return a base name
 * (for operations, candidates, preferred first); the resolver applies {@link NameOverrides} first
 * and makes names unique (for operations: the first free candidate, else one numbered 2, 3, ...).
 * A custom strategy must return valid Java identifiers ({@link JavaIdentifiers#isValid}).
 */
public interface NamingStrategy {

    /** The accessor for a top-level folder: {@code Page} → {@code page}. */
    String groupName(String folderName);

    /**
     * Names for a request's method, preferred first ({@code Get Visitor by ID} in folder Visitor →
     * {@code get}); never empty. Two requests of a group may end up with one name where they are
     * the same call with other arguments (overloads) or examples of one call.
     */
    List<String> operationNames(OperationFacts request);

    /** A type from a suggestion such as {@code Get Visitor History Response}. */
    String typeName(String suggestion);

    /** A record component for a JSON property. */
    String fieldName(String jsonName);

    /** A method parameter for a path, query, header or form parameter. */
    String parameterName(String name);
}
