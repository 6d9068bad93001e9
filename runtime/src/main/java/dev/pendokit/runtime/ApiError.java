package dev.pendokit.runtime;

/**
 * What a failed call answered: the operation, method and path (without query, which may carry a
 * key), the status, the reason (the documentation's, else the standard phrase) and the start of
 * the body.
 */
public record ApiError(String operation, String method, String path, int status, String reason, String bodyExcerpt) {

    /** {@code GET /api/v1/visitor/abc answered 404 Not Found: <reason>. Body: <excerpt>} */
    public String message() {
        return operation + ": " + method + " " + path + " answered " + status
                + (reason.isEmpty() ? "" : " (" + reason + ")")
                + (bodyExcerpt.isEmpty() ? "" : ". Body: " + bodyExcerpt);
    }
}
