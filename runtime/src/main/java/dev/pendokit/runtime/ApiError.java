package dev.pendokit.runtime;

import java.time.Duration;

/**
 * What a failed call answered: the operation, method and path (without query, which may carry a
 * key), the status, the reason (the documentation's, else the standard phrase), the start of the
 * body, and the wait its {@code Retry-After} asked for.
 *
 * @param operation the operation's name ({@code visitors.getVisitorById})
 * @param method the HTTP method
 * @param path the path sent, without the query
 * @param status the HTTP status
 * @param reason the documentation's reason for the status, else its standard phrase; "" when neither exists
 * @param bodyExcerpt the first characters of the body, on one line, the client's secrets masked; "" when empty
 * @param retryAfter the wait the answer's {@code Retry-After} asked for; null when it asked none readable
 * @param retryAfterLimit the retry policy's longest wait, when {@code retryAfter} was longer and the call was
 *     not retried for that reason alone; else null
 */
public record ApiError(String operation, String method, String path, int status, String reason, String bodyExcerpt,
                       Duration retryAfter, Duration retryAfterLimit) {

    /**
     * An error answer that asked for no wait, or whose wait did not stop a retry.
     *
     * @param operation the operation's name
     * @param method the HTTP method
     * @param path the path sent, without the query
     * @param status the HTTP status
     * @param reason the reason for the status; "" when there is none
     * @param bodyExcerpt the first characters of the body, on one line; "" when empty
     */
    public ApiError(String operation, String method, String path, int status, String reason, String bodyExcerpt) {
        this(operation, method, path, status, reason, bodyExcerpt, null, null);
    }

    /**
     * The error in one line, for an exception's message; an empty reason or excerpt is left out.
     *
     * @return the message, such as
     *     {@code visitors.getVisitorById: GET /api/v1/visitor/abc answered 404 (Not Found). Body: <excerpt>}, and
     *     when a long {@code Retry-After} stopped the retries,
     *     {@code ... Not retried: the server asked to wait 3600 s (Retry-After), longer than the 60 s the retry
     *     policy waits at most (maxRetryAfter); call again after that wait}
     */
    public String message() {
        return operation + ": " + method + " " + path + " answered " + status
                + (reason.isEmpty() ? "" : " (" + reason + ")")
                + (bodyExcerpt.isEmpty() ? "" : ". Body: " + bodyExcerpt)
                + (retryAfter == null || retryAfterLimit == null ? ""
                        : ". Not retried: the server asked to wait " + RetryAfter.describe(retryAfter)
                        + " (Retry-After), longer than the " + RetryAfter.describe(retryAfterLimit)
                        + " the retry policy waits at most (maxRetryAfter); call again after that wait");
    }
}
