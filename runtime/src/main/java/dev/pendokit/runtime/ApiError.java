package dev.pendokit.runtime;

/**
 * What a failed call answered: the operation, method and path (without query, which may carry a
 * key), the status, the reason (the documentation's, else the standard phrase) and the start of
 * the body.
 *
 * @param operation the operation's name ({@code visitors.getVisitorById})
 * @param method the HTTP method
 * @param path the path sent, without the query
 * @param status the HTTP status
 * @param reason the documentation's reason for the status, else its standard phrase; "" when neither exists
 * @param bodyExcerpt the first characters of the body, on one line; "" when empty
 */
public record ApiError(String operation, String method, String path, int status, String reason, String bodyExcerpt) {

    /**
     * The error in one line, for an exception's message; an empty reason or excerpt is left out.
     *
     * @return the message, such as
     *     {@code visitors.getVisitorById: GET /api/v1/visitor/abc answered 404 (Not Found). Body: <excerpt>}
     */
    public String message() {
        return operation + ": " + method + " " + path + " answered " + status
                + (reason.isEmpty() ? "" : " (" + reason + ")")
                + (bodyExcerpt.isEmpty() ? "" : ". Body: " + bodyExcerpt);
    }
}
