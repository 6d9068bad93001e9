package dev.pendokit.drift.live;

import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.request.DocumentedRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

/**
 * The documented request of an operation ({@link DocumentedRequest}), sent to the live API: with
 * the real ids found for it and the integration key where the operation's auth puts it.
 */
final class LiveRequests {

    private final URI baseUrl;
    private final String key;

    LiveRequests(URI baseUrl, String key) {
        this.baseUrl = baseUrl;
        this.key = key;
    }

    /**
     * @param values values for path variables and query parameters, by name, over the examples
     * @param jsonBody a JSON body to send instead of the documented one, or null
     */
    HttpRequest.Builder request(Operation operation, Map<String, String> values, String jsonBody) {
        DocumentedRequest.Builder request = DocumentedRequest.builder(operation).values(values).credential(key);
        if (jsonBody != null) {
            request.jsonBody(jsonBody);
        }
        return request.build().toHttpRequest(baseUrl);
    }
}
