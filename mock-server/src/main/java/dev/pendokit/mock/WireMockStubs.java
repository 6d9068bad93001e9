package dev.pendokit.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.pendokit.stubs.RequestPattern;
import dev.pendokit.stubs.Stub;
import dev.pendokit.stubs.StubMetadata;
import dev.pendokit.stubs.StubResponse;
import dev.pendokit.stubs.ValueMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stub generator's stubs as WireMock's own objects, built with its Java API: the same stubs
 * stock WireMock reads from the mapping files written from them (a test compares every one with
 * what {@link StubMapping#buildFrom} reads), without a JSON round trip, which is most of what the
 * mock's start would cost.
 */
final class WireMockStubs {

    /*
     * Stubs that answer alike share one response definition, and stubs that match alike share one
     * matcher: WireMock's matchers hold no state, and making one costs reflection (each names
     * itself from its constructor's annotations) and a regular expression or JSON path to compile:
     * more than half the CPU time that turning the Pendo stubs into WireMock's took.
     */
    private final Map<StubResponse, ResponseDefinitionBuilder> responses = new HashMap<>();
    private final Map<ValueMatch, StringValuePattern> values = new HashMap<>();
    private final Map<String, StringValuePattern> jsonPaths = new HashMap<>();
    private final Map<String, UrlPattern> pathTemplates = new HashMap<>();
    private final Map<String, UrlPattern> urlRegexes = new HashMap<>();

    private WireMockStubs() {}

    /** The stubs as WireMock's, made with its Java API. */
    static List<StubMapping> of(List<Stub> stubs) {
        WireMockStubs made = new WireMockStubs();
        List<StubMapping> mappings = new ArrayList<>(stubs.size());
        for (Stub stub : stubs) {
            mappings.add(made.of(stub));
        }
        return mappings;
    }

    private StubMapping of(Stub stub) {
        RequestPattern request = stub.request();
        MappingBuilder builder = WireMock.request(request.method() == null ? "ANY" : request.method(), url(request));
        request.headers().forEach((name, match) -> builder.withHeader(name, pattern(match)));
        request.queryParameters().forEach((name, match) -> builder.withQueryParam(name, pattern(match)));
        request.bodyJsonPaths().forEach(path -> builder.withRequestBody(
                jsonPaths.computeIfAbsent(path, WireMock::matchingJsonPath)));
        return builder.willReturn(responses.computeIfAbsent(stub.response(), WireMockStubs::response))
                .withId(stub.id())
                .withName(stub.name())
                .atPriority(stub.priority())
                .withMetadata(new Metadata(metadata(stub.metadata())))
                .build();
    }

    private UrlPattern url(RequestPattern request) {
        return request.urlPathTemplate() != null
                ? pathTemplates.computeIfAbsent(request.urlPathTemplate(), WireMock::urlPathTemplate)
                : urlRegexes.computeIfAbsent(request.urlPattern(), WireMock::urlMatching);
    }

    private StringValuePattern pattern(ValueMatch match) {
        return values.computeIfAbsent(match, WireMockStubs::newPattern);
    }

    private static StringValuePattern newPattern(ValueMatch match) {
        if (match instanceof ValueMatch.EqualTo equal) {
            return equalTo(equal.value());
        }
        if (match instanceof ValueMatch.Matches matches) {
            return matching(matches.regex());
        }
        return absent();
    }

    private static ResponseDefinitionBuilder response(StubResponse response) {
        ResponseDefinitionBuilder builder = aResponse().withStatus(response.status());
        if (!response.statusMessage().isEmpty()) {
            builder.withStatusMessage(response.statusMessage());
        }
        response.headers().forEach(builder::withHeader);
        if (response.body() != null) {
            builder.withBody(response.body());
        }
        if (response.bodyFileName() != null) {
            builder.withBodyFile(response.bodyFileName());
        }
        if (response.template()) {
            builder.withTransformers(StubResponse.RESPONSE_TEMPLATE);
        }
        return builder;
    }

    /** {@code {"pendokit": {...}}}, as WireMock's reader makes the mapping file's metadata. */
    private static Map<String, Object> metadata(StubMetadata about) {
        Map<String, Object> pendokit = new LinkedHashMap<>();
        if (about.request() != null) {
            pendokit.put("request", about.request());
        }
        pendokit.put("status", about.status());
        pendokit.put("selector", about.selector());
        if (about.example() != null) {
            pendokit.put("example", about.example());
        }
        return Map.of("pendokit", pendokit);
    }
}
