package dev.pendokit.stubs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stub as stock WireMock's mapping JSON ({@code mappings/NAME.json}): what
 * {@code java -jar wiremock-standalone.jar --root-dir DIR} reads, pretty-printed, the same bytes for
 * the same stub.
 */
public final class StubJson {

    private static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StubJson() {}

    /** The mapping file's content. */
    public static byte[] bytes(Stub stub) {
        try {
            return (JSON.writeValueAsString(tree(stub)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stub that Jackson cannot write: " + stub.name(), e);
        }
    }

    /** The mapping as a JSON tree. */
    public static ObjectNode tree(Stub stub) {
        ObjectNode mapping = NODES.objectNode();
        mapping.put("id", stub.id().toString());
        mapping.put("name", stub.name());
        mapping.put("priority", stub.priority());
        mapping.set("request", request(stub.request()));
        mapping.set("response", response(stub.response()));
        mapping.set("metadata", metadata(stub.metadata()));
        return mapping;
    }

    private static ObjectNode request(RequestPattern pattern) {
        ObjectNode request = NODES.objectNode();
        if (pattern.method() != null) {
            request.put("method", pattern.method());
        }
        if (pattern.urlPathTemplate() != null) {
            request.put("urlPathTemplate", pattern.urlPathTemplate());
        } else {
            request.put("urlPattern", pattern.urlPattern());
        }
        matchers(request, "queryParameters", pattern.queryParameters());
        matchers(request, "headers", pattern.headers());
        if (!pattern.bodyJsonPaths().isEmpty()) {
            pattern.bodyJsonPaths().forEach(path -> request.withArrayProperty("bodyPatterns").addObject()
                    .put("matchesJsonPath", path));
        }
        return request;
    }

    private static void matchers(ObjectNode request, String group, Map<String, ValueMatch> matchers) {
        if (matchers.isEmpty()) {
            return;
        }
        ObjectNode node = request.putObject(group);
        matchers.forEach((name, match) -> {
            ObjectNode matcher = node.putObject(name);
            if (match instanceof ValueMatch.Absent) {
                matcher.put("absent", true);
            } else if (match instanceof ValueMatch.EqualTo equalTo) {
                matcher.put("equalTo", equalTo.value());
            } else if (match instanceof ValueMatch.Matches matches) {
                matcher.put("matches", matches.regex());
            }
        });
    }

    private static ObjectNode response(StubResponse answer) {
        ObjectNode response = NODES.objectNode().put("status", answer.status());
        if (!answer.statusMessage().isEmpty()) {
            response.put("statusMessage", answer.statusMessage());
        }
        ObjectNode headers = response.putObject("headers");
        answer.headers().forEach(headers::put);
        if (answer.body() != null) {
            response.put("body", answer.body());
        }
        if (answer.bodyFileName() != null) {
            response.put("bodyFileName", answer.bodyFileName());
        }
        if (answer.template()) {
            response.putArray("transformers").add(StubResponse.RESPONSE_TEMPLATE);
        }
        return response;
    }

    private static ObjectNode metadata(StubMetadata about) {
        ObjectNode metadata = NODES.objectNode();
        ObjectNode pendokit = metadata.putObject("pendokit");
        if (about.request() != null) {
            pendokit.put("request", about.request());
        }
        pendokit.put("status", about.status()).put("selector", about.selector());
        if (about.example() != null) {
            pendokit.put("example", about.example());
        }
        return metadata;
    }
}
