package dev.pendokit.collection.naming;

/**
 * Decides the Java name of everything the collection names. Implementations return a base name;
 * the resolver makes names unique (adding 2, 3, ...) and applies {@link NameOverrides} first.
 * A custom strategy must return valid Java identifiers ({@link JavaIdentifiers#isValid}).
 */
public interface NamingStrategy {

    /** The accessor for a top-level folder: {@code Page} → {@code page}. */
    String groupName(String folderName);

    /** The method for a request: {@code Get Visitor by ID} → {@code getVisitorById}. */
    String operationName(String requestName);

    /** A type from a suggestion such as {@code Get Visitor History Response}. */
    String typeName(String suggestion);

    /** A record component for a JSON property. */
    String fieldName(String jsonName);

    /** A method parameter for a path, query, header or form parameter. */
    String parameterName(String name);
}
