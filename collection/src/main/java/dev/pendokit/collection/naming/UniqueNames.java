package dev.pendokit.collection.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out names unique within one scope (a type's fields, a group's methods, a package's types):
 * the second claim of {@code name} gets {@code name2}, the third {@code name3}. Case is ignored
 * when comparing, because types become files and some file systems ignore case.
 */
public final class UniqueNames {

    private final Set<String> taken = new HashSet<>();

    /** Claims {@code name}, or the first free {@code name2}, {@code name3}, ... */
    public String claim(String name) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + n;
        }
        return candidate;
    }

    /** Claims exactly {@code name}; false when it is taken already. */
    public boolean claimExactly(String name) {
        return taken.add(name.toLowerCase(Locale.ROOT));
    }
}
