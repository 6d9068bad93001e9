package dev.pendokit.collection.resolve;

import dev.pendokit.collection.naming.DefaultNamingStrategy;
import dev.pendokit.collection.naming.NameOverrides;
import dev.pendokit.collection.naming.NamingStrategy;
import java.util.List;

/**
 * How to resolve a collection: the naming strategy, the user's name overrides, whether warnings
 * count as errors ({@code strict}), and which POST or PATCH requests only read.
 *
 * @param readOnlyOperations request paths ({@code Folder/Request name}, with {@code *} for any
 *     text within a name, {@code **} for any across folders, {@code ?} for one character) of POST
 *     and PATCH requests that change nothing: clients retry them and live checks call them
 */
public record ResolveOptions(NamingStrategy naming, NameOverrides overrides, boolean strict,
                             List<String> readOnlyOperations) {

    public static final ResolveOptions DEFAULTS =
            new ResolveOptions(DefaultNamingStrategy.INSTANCE, NameOverrides.NONE, false, List.of());

    public ResolveOptions {
        readOnlyOperations = List.copyOf(readOnlyOperations);
    }

    public ResolveOptions withOverrides(NameOverrides overrides) {
        return new ResolveOptions(naming, overrides, strict, readOnlyOperations);
    }

    public ResolveOptions withStrict(boolean strict) {
        return new ResolveOptions(naming, overrides, strict, readOnlyOperations);
    }

    public ResolveOptions withReadOnlyOperations(List<String> readOnlyOperations) {
        return new ResolveOptions(naming, overrides, strict, readOnlyOperations);
    }
}
