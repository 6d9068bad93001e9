package dev.pendokit.stubs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a request must look like for a stub to answer it, in WireMock's terms: the method (null for
 * any), the URL as a path template ({@code urlPathTemplate}) or a regular expression over the
 * whole URL ({@code urlPattern}), required query parameters and headers, and JSON paths the body
 * must hold. Maps keep their order, which is the order of the mapping files.
 */
public record RequestPattern(String method, String urlPathTemplate, String urlPattern,
                             Map<String, ValueMatch> queryParameters, Map<String, ValueMatch> headers,
                             List<String> bodyJsonPaths) {

    public RequestPattern {
        if ((urlPathTemplate == null) == (urlPattern == null)) {
            throw new IllegalArgumentException("a request pattern has a path template or a URL pattern, not both nor"
                    + " neither");
        }
        queryParameters = copy(queryParameters);
        headers = copy(headers);
        bodyJsonPaths = List.copyOf(bodyJsonPaths);
    }

    /** A method and a path template ({@code /api/v1/visitor/{visitorId}}). */
    static RequestPattern path(String method, String template) {
        return new RequestPattern(method, template, null, Map.of(), Map.of(), List.of());
    }

    /** Any method, any URL the regular expression matches. */
    static RequestPattern anyUrl(String regex) {
        return new RequestPattern(null, null, regex, Map.of(), Map.of(), List.of());
    }

    /** The same pattern, also requiring the header (after the ones it has). */
    RequestPattern withHeader(String name, ValueMatch match) {
        Map<String, ValueMatch> more = new LinkedHashMap<>(headers);
        more.put(name, match);
        return new RequestPattern(method, urlPathTemplate, urlPattern, queryParameters, more, bodyJsonPaths);
    }

    RequestPattern withQueryParameter(String name, ValueMatch match) {
        Map<String, ValueMatch> more = new LinkedHashMap<>(queryParameters);
        more.put(name, match);
        return new RequestPattern(method, urlPathTemplate, urlPattern, more, headers, bodyJsonPaths);
    }

    RequestPattern withBodyJsonPath(String path) {
        List<String> more = new ArrayList<>(bodyJsonPaths);
        more.add(path);
        return new RequestPattern(method, urlPathTemplate, urlPattern, queryParameters, headers, more);
    }

    private static Map<String, ValueMatch> copy(Map<String, ValueMatch> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
