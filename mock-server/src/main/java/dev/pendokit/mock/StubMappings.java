package dev.pendokit.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds WireMock's stub objects from the stub generator's mappings with WireMock's Java API
 * rather than its JSON reader: the same stubs (a test compares every one with what
 * {@link StubMapping#buildFrom} reads), in a third of the time on a cold JVM, which is most of
 * what the mock's start costs. Knows exactly the mapping vocabulary the generator writes, and
 * refuses anything else rather than drop it.
 */
final class StubMappings {

    private StubMappings() {}

    /** The stubs, sharing one response definition wherever the mappings share one node. */
    static List<StubMapping> of(List<? extends JsonNode> mappings) {
        Map<JsonNode, ResponseDefinitionBuilder> responses = new IdentityHashMap<>();
        List<StubMapping> stubs = new ArrayList<>(mappings.size());
        for (JsonNode mapping : mappings) {
            stubs.add(of(mapping, responses));
        }
        return stubs;
    }

    static StubMapping of(JsonNode mapping) {
        return of(mapping, new IdentityHashMap<>());
    }

    private static StubMapping of(JsonNode mapping, Map<JsonNode, ResponseDefinitionBuilder> responses) {
        JsonNode request = mapping.path("request");
        MappingBuilder builder = WireMock.request(request.path("method").asText("ANY"), url(request));
        request.path("headers").properties().forEach(h -> builder.withHeader(h.getKey(), pattern(h.getValue())));
        request.path("queryParameters").properties()
                .forEach(q -> builder.withQueryParam(q.getKey(), pattern(q.getValue())));
        for (JsonNode body : request.path("bodyPatterns")) {
            builder.withRequestBody(matchingJsonPath(required(body, "matchesJsonPath")));
        }
        builder.willReturn(responses.computeIfAbsent(mapping.path("response"), StubMappings::response))
                .withId(UUID.fromString(required(mapping, "id")))
                .withName(required(mapping, "name"))
                .atPriority(mapping.path("priority").asInt());
        if (mapping.has("metadata")) {
            builder.withMetadata(new Metadata(values(mapping.get("metadata"))));
        }
        return builder.build();
    }

    /** An object's fields as plain Java values, as WireMock's reader would make them. */
    private static Map<String, Object> values(JsonNode object) {
        Map<String, Object> values = new LinkedHashMap<>();
        object.properties().forEach(field -> {
            JsonNode value = field.getValue();
            values.put(field.getKey(), value.isObject() ? values(value) : value.isInt() ? value.intValue()
                    : value.isBoolean() ? value.booleanValue() : value.asText());
        });
        return values;
    }

    private static UrlPattern url(JsonNode request) {
        if (request.has("urlPathTemplate")) {
            return urlPathTemplate(request.get("urlPathTemplate").asText());
        }
        return urlMatching(required(request, "urlPattern"));
    }

    private static StringValuePattern pattern(JsonNode matcher) {
        if (matcher.has("absent")) {
            return absent();
        }
        if (matcher.has("equalTo")) {
            return equalTo(matcher.get("equalTo").asText());
        }
        return matching(required(matcher, "matches"));
    }

    private static ResponseDefinitionBuilder response(JsonNode response) {
        ResponseDefinitionBuilder builder = aResponse().withStatus(response.path("status").asInt());
        if (response.has("statusMessage")) {
            builder.withStatusMessage(response.get("statusMessage").asText());
        }
        response.path("headers").properties().forEach(h -> builder.withHeader(h.getKey(), h.getValue().asText()));
        if (response.has("body")) {
            builder.withBody(response.get("body").asText());
        }
        if (response.has("bodyFileName")) {
            builder.withBodyFile(response.get("bodyFileName").asText());
        }
        return builder;
    }

    private static String required(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            throw new IllegalArgumentException("a stub mapping without '" + field + "' where one is needed: " + node);
        }
        return node.get(field).asText();
    }
}
