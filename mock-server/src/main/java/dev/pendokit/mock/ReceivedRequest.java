package dev.pendokit.mock;

import dev.pendokit.mock.proxy.ProxyDifference;
import java.util.List;
import java.util.Map;

/**
 * A request the mock received, as a test sees it: credential headers come masked ({@code ****}).
 *
 * @param method the HTTP method
 * @param url the path and query, as sent
 * @param headers each header's values, by the name the client used
 * @param body the body as text (empty when there was none)
 * @param status the status the mock answered
 * @param stub the name of the stub that answered (its mapping file's name), or empty when no
 *     documented request matched
 * @param differences in proxy mode, how the upstream's answer (or the request) differs from the
 *     collection; otherwise empty
 */
public record ReceivedRequest(String method, String url, Map<String, List<String>> headers, String body, int status,
        String stub, List<ProxyDifference> differences) {

    public ReceivedRequest {
        headers = Map.copyOf(headers);
        differences = List.copyOf(differences);
    }

    /** A request the stubs answered: no differences. */
    public ReceivedRequest(String method, String url, Map<String, List<String>> headers, String body, int status,
            String stub) {
        this(method, url, headers, body, status, stub, List.of());
    }

    /** Whether a documented request matched. */
    public boolean matched() {
        return !stub.isEmpty();
    }

    /** The first value of a header, by case-insensitive name, or null. */
    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().isEmpty() ? "" : e.getValue().get(0)).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return method + " " + url + " -> " + status + (matched() ? " (" + stub + ")" : " (no documented request matched)")
                + (differences.isEmpty() ? "" : ", " + differences.size() + " difference(s) from the collection");
    }
}
