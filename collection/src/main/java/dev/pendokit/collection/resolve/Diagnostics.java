package dev.pendokit.collection.resolve;

import dev.pendokit.collection.model.Diagnostic;
import dev.pendokit.collection.model.Location;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while resolving, in the order they were found. */
final class Diagnostics {

    private final List<Diagnostic> found = new ArrayList<>();

    void warning(Location where, String message, String fix) {
        found.add(Diagnostic.warning(where, message, fix));
    }

    void error(Location where, String message, String fix) {
        found.add(Diagnostic.error(where, message, fix));
    }

    List<Diagnostic> all() {
        return List.copyOf(found);
    }
}
