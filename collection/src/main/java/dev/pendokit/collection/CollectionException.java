package dev.pendokit.collection;

import dev.pendokit.collection.model.Diagnostic;
import java.util.List;

/**
 * A collection that pendokit refuses: not readable, not a Postman v2 collection, or with errors in
 * its model. The message names the file, the place (JSON pointer or request path), what was
 * found and what to do; it is meant to be shown to the user as is, without a stack trace.
 */
public class CollectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public CollectionException(String message) {
        this(message, List.of(), null);
    }

    public CollectionException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    public CollectionException(String message, List<Diagnostic> diagnostics, Throwable cause) {
        super(message, cause);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The problems behind this exception when it comes from model validation, else empty. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
