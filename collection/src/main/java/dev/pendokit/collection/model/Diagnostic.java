package dev.pendokit.collection.model;

/** A problem found in the collection: where, what, and what to do about it. */
public record Diagnostic(Severity severity, Location location, String message, String fix) {

    public static Diagnostic warning(Location location, String message, String fix) {
        return new Diagnostic(Severity.WARNING, location, message, fix);
    }

    public static Diagnostic error(Location location, String message, String fix) {
        return new Diagnostic(Severity.ERROR, location, message, fix);
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " at " + location + ": " + message
                + (fix.isEmpty() ? "" : ". " + fix);
    }
}
