package dev.pendokit.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.model.AuthScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Security schemes from the model's auth: an API key by the variable that holds it
 * ({@code integrationKey}: header {@code x-pendo-integration-key}), bearer and basic as HTTP
 * schemes. The auth most calls use is the document's; a call with another says so itself, and a
 * call with none has an empty requirement (also where no call has any). Postman's other kinds (digest, OAuth 1, Hawk...) are
 * HTTP schemes by their registered names (the type itself where it has none), never "no auth".
 */
final class Security {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<AuthScheme, String> keys = new LinkedHashMap<>();
    private final Map<String, ObjectNode> schemes = new LinkedHashMap<>();
    private final AuthScheme common;

    Security(List<Call> calls) {
        Map<AuthScheme, Integer> counts = new LinkedHashMap<>();
        calls.forEach(call -> counts.merge(call.first().auth(), 1, Integer::sum));
        common = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(new AuthScheme.None());
        counts.keySet().forEach(this::scheme);
    }

    /** The document's requirement: the auth most calls use. */
    Optional<ArrayNode> documentRequirement() {
        return requirement(common);
    }

    /**
     * The call's own requirement, where it differs from the document's. Where the document has none
     * (most calls send no credentials), a call without auth says so with an empty one: tools
     * (Redocly's {@code security-defined}) read a missing requirement as a forgotten one.
     */
    Optional<ArrayNode> callRequirement(Call call) {
        AuthScheme auth = call.first().auth();
        if (auth.equals(common) && !(common instanceof AuthScheme.None)) {
            return Optional.empty();
        }
        return requirement(auth).or(() -> Optional.of(NODES.arrayNode()));
    }

    ObjectNode schemes() {
        ObjectNode out = NODES.objectNode();
        schemes.forEach(out::set);
        return out;
    }

    boolean isEmpty() {
        return schemes.isEmpty();
    }

    private Optional<ArrayNode> requirement(AuthScheme auth) {
        if (auth instanceof AuthScheme.None) {
            return Optional.of(NODES.arrayNode());
        }
        String key = keys.get(auth);
        if (key == null) {
            return Optional.empty();
        }
        ArrayNode requirement = NODES.arrayNode();
        requirement.addObject().putArray(key);
        return Optional.of(requirement);
    }

    /** The IANA name of an HTTP authentication scheme, for the Postman types that have one. */
    private static String httpScheme(String postmanType) {
        return switch (postmanType.toLowerCase(Locale.ROOT)) {
            case "digest" -> "digest";
            case "oauth1" -> "OAuth";
            case "ntlm" -> "NTLM";
            case "awsv4" -> "AWS4-HMAC-SHA256";
            default -> postmanType;
        };
    }

    private void scheme(AuthScheme auth) {
        ObjectNode scheme;
        String base;
        if (auth instanceof AuthScheme.ApiKey key) {
            scheme = NODES.objectNode().put("type", "apiKey").put("name", key.name())
                    .put("in", key.in().name().toLowerCase(Locale.ROOT));
            if (!key.variable().isEmpty()) {
                scheme.put("description", "The value of {{" + key.variable() + "}}.");
            }
            base = key.variable().isEmpty() ? "apiKey" : key.variable();
        } else if (auth instanceof AuthScheme.Bearer bearer) {
            scheme = NODES.objectNode().put("type", "http").put("scheme", "bearer");
            base = bearer.variable().isEmpty() ? "bearerAuth" : bearer.variable();
        } else if (auth instanceof AuthScheme.Basic) {
            scheme = NODES.objectNode().put("type", "http").put("scheme", "basic");
            base = "basicAuth";
        } else if (auth instanceof AuthScheme.Other other && !other.type().isBlank()) {
            // Digest, OAuth 1, Hawk...: HTTP schemes by their registered names where they have one,
            // so the operation still says it needs credentials.
            scheme = NODES.objectNode().put("type", "http").put("scheme", httpScheme(other.type()))
                    .put("description", "Postman's " + other.type() + " auth.");
            base = other.type() + "Auth";
        } else {
            return;
        }
        base = Examples.key(base);
        String key = base;
        for (int n = 2; schemes.containsKey(key); n++) {
            key = base + n;
        }
        schemes.put(key, scheme);
        keys.put(auth, key);
    }
}
