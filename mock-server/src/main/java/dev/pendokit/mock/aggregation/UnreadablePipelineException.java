package dev.pendokit.mock.aggregation;

/**
 * A pipeline stage the engine knows but cannot read, such as a filter with a syntax error: the
 * engine answers it 400, as Pendo does, rather than letting a stub answer rows the query never asked for.
 */
final class UnreadablePipelineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnreadablePipelineException(String message) {
        super(message, null, false, false);
    }
}
