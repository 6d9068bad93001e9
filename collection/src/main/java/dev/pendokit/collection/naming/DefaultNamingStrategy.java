package dev.pendokit.collection.naming;

import java.util.List;

/**
 * camelCase methods, fields and parameters and PascalCase types, built from the words of the
 * collection's names. Parenthesised remarks in folder names are left out
 * ({@code Bulk Deletion (GDPR/CCPA)} → {@code bulkDeletion}).
 */
public final class DefaultNamingStrategy implements NamingStrategy {

    public static final DefaultNamingStrategy INSTANCE = new DefaultNamingStrategy();

    private DefaultNamingStrategy() {}

    @Override
    public String groupName(String folderName) {
        return JavaIdentifiers.camel(folderName.replaceAll("\\([^)]*\\)", " "), "group");
    }

    /** See {@link OperationNameRule}: a verb and what it acts on ({@code pages().get(id)}). */
    @Override
    public List<String> operationNames(OperationFacts request) {
        return OperationNameRule.names(request);
    }

    @Override
    public String typeName(String suggestion) {
        return JavaIdentifiers.pascal(suggestion, "Unnamed");
    }

    @Override
    public String fieldName(String jsonName) {
        return JavaIdentifiers.camel(jsonName, "value");
    }

    @Override
    public String parameterName(String name) {
        return JavaIdentifiers.camel(name, "parameter");
    }
}
