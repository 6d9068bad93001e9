package dev.pendokit.collection.resolve;

import dev.pendokit.collection.naming.DefaultNamingStrategy;
import dev.pendokit.collection.naming.NameOverrides;
import dev.pendokit.collection.naming.NamingStrategy;

/**
 * How to resolve a collection: the naming strategy, the user's name overrides, and whether
 * warnings count as errors ({@code strict}).
 */
public record ResolveOptions(NamingStrategy naming, NameOverrides overrides, boolean strict) {

    public static final ResolveOptions DEFAULTS =
            new ResolveOptions(DefaultNamingStrategy.INSTANCE, NameOverrides.NONE, false);

    public ResolveOptions withOverrides(NameOverrides overrides) {
        return new ResolveOptions(naming, overrides, strict);
    }

    public ResolveOptions withStrict(boolean strict) {
        return new ResolveOptions(naming, overrides, strict);
    }
}
