package dev.pendokit.cli;

/**
 * The exit statuses every command keeps, so that a script or a build can tell a failed check
 * from a mistake in its own command line or in the collection.
 */
final class ExitCodes {

    /** Done; for {@code drift}, no change reached {@code --fail-on}. */
    static final int OK = 0;
    /** The check failed ({@code drift}), or the work could not be done (a port in use, a folder not writable). */
    static final int FAILED = 1;
    /** The command line is wrong: an unknown option, a missing or malformed value. */
    static final int USAGE = 2;
    /** The collection was refused: missing, malformed, or with errors (warnings too, with {@code --strict}). */
    static final int REFUSED_COLLECTION = 3;

    private ExitCodes() {}
}
