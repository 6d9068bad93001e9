package dev.pendokit.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.MultiValue;
import com.github.tomakehurst.wiremock.matching.ContentPattern;
import com.github.tomakehurst.wiremock.matching.MultiValuePattern;
import com.github.tomakehurst.wiremock.matching.NamedValueMatcher;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pendokit.collection.Secrets;
import java.util.Map;
import java.util.function.Function;

/**
 * How a request differs from a documented one, part by part (method, path, each header, each
 * query parameter, the body), in words a developer can act on.
 */
final class RequestDifferences {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RequestDifferences() {}

    /** The documented request and what differed; credential headers are never echoed. */
    static ObjectNode describe(StubMapping stub, LoggedRequest request) {
        RequestPattern pattern = stub.getRequest();
        ObjectNode closest = NODES.objectNode();
        closest.put("request", stub.getMetadata().getMetadata("pendokit").getString("request", stub.getName()));
        closest.put("method", pattern.getMethod().getName());
        closest.put("path", pattern.getUrlMatcher().getExpected());
        ArrayNode differences = closest.putArray("differences");
        if (!pattern.getMethod().match(request.getMethod()).isExactMatch()) {
            add(differences, "method", pattern.getMethod().getName(), request.getMethod().getName());
        }
        if (!pattern.getUrlMatcher().match(request.getUrl()).isExactMatch()) {
            add(differences, "path", pattern.getUrlMatcher().getExpected(), request.getUrl().split("\\?")[0]);
        }
        values(differences, "header", pattern.getHeaders(), name -> request.header(name));
        values(differences, "query parameter", pattern.getQueryParameters(), name -> request.queryParameter(name));
        if (pattern.getBodyPatterns() != null) {
            for (ContentPattern<?> body : pattern.getBodyPatterns()) {
                if (body instanceof StringValuePattern text && !text.match(request.getBodyAsString()).isExactMatch()) {
                    add(differences, "body", expected(text), abbreviate(request.getBodyAsString()));
                }
            }
        }
        return closest;
    }

    private static void values(ArrayNode differences, String part, Map<String, MultiValuePattern> patterns,
            Function<String, MultiValue> actual) {
        if (patterns == null) {
            return;
        }
        patterns.forEach((name, pattern) -> {
            MultiValue value = actual.apply(name);
            if (!pattern.match(value).isExactMatch()) {
                String sent = !value.isPresent() ? "(absent)"
                        : Secrets.redactIfSecret(name, String.join(", ", value.values()));
                add(differences, part + " " + name, expected(pattern), sent);
            }
        });
    }

    private static String expected(NamedValueMatcher<?> matcher) {
        String expected = matcher.getExpected();
        return expected == null || expected.isEmpty() || expected.equals(matcher.getName()) ? matcher.getName()
                : matcher.getName() + " " + expected;
    }

    private static void add(ArrayNode differences, String part, String expected, String actual) {
        differences.addObject().put("part", part).put("expected", expected).put("actual", actual);
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}
