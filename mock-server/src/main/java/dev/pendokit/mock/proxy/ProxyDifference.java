package dev.pendokit.mock.proxy;

import dev.pendokit.collection.shape.AnswerDifference;
import dev.pendokit.runtime.SecretMask;

/**
 * One way a request that went through the proxy, or the upstream's answer to it, differs from
 * the collection: live drift of real traffic. The words are live drift's ({@link AnswerDifference});
 * like drift, it names statuses, fields and JSON types, never the values an answer held.
 *
 * @param request the method and path ({@code GET /api/v1/page}), without the query
 * @param operation the documented request it was taken for ({@code Page/Return List of All Pages}),
 *     or "" when none has its method and path
 * @param where where in the answer ({@code response 200: $[].kind}), or {@code request} when no
 *     documented request matched
 * @param description what differs, in one sentence
 */
public record ProxyDifference(String request, String operation, String where, String description) {

    static final String UNDOCUMENTED = "No request of the collection has this method and path.";

    static ProxyDifference undocumentedRequest(String request) {
        return new ProxyDifference(request, "", "request", UNDOCUMENTED);
    }

    static ProxyDifference of(String request, String operation, AnswerDifference difference) {
        return new ProxyDifference(request, operation, difference.where(), difference.description());
    }

    /** This difference with every key of the mask hidden. */
    ProxyDifference masked(SecretMask mask) {
        return new ProxyDifference(mask.mask(request), mask.mask(operation), mask.mask(where), mask.mask(description));
    }

    /** Whether the collection has no request of this method and path. */
    public boolean undocumentedRequest() {
        return operation.isEmpty();
    }

    /** {@code GET /api/v1/page (Page/Return List of All Pages) response 200: $[].kind: The value is ...}. */
    @Override
    public String toString() {
        return request + (operation.isEmpty() ? "" : " (" + operation + ")") + " " + where + ": " + description;
    }
}
