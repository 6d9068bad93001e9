package dev.pendokit.mock.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Request;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the state's calls read it: its method, its path as decoded segments, its query,
 * its body, and the documented operation it is for (whose statuses and reasons the answers use).
 */
final class Call {

    static final String BASE64_HEADER = "x-pendo-base64-encoded-params";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String method;
    private final List<String> segments;
    private final Map<String, String> query;
    private final String body;
    private final boolean base64Ids;
    private final Operation operation;

    private Call(String method, List<String> segments, Map<String, String> query, String body, boolean base64Ids,
            Operation operation) {
        this.method = method;
        this.segments = segments;
        this.query = query;
        this.body = body;
        this.base64Ids = base64Ids;
        this.operation = operation;
    }

    static Call of(Request request, Operation operation) {
        String[] url = request.getUrl().split("\\?", 2);
        List<String> segments = new ArrayList<>();
        for (String segment : url[0].split("/")) {
            if (!segment.isEmpty()) {
                segments.add(decode(segment));
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (url.length > 1) {
            for (String pair : url[1].split("&")) {
                String[] nameValue = pair.split("=", 2);
                query.putIfAbsent(decode(nameValue[0]), nameValue.length > 1 ? decode(nameValue[1]) : "");
            }
        }
        boolean base64 = request.header(BASE64_HEADER).isPresent()
                && request.header(BASE64_HEADER).firstValue().trim().equalsIgnoreCase("true");
        String body = request.getBodyAsString();
        return new Call(request.getMethod().getName(), List.copyOf(segments), query, body == null ? "" : body, base64,
                operation);
    }

    /**
     * Whether the call has this method and path; {@code *} in the path stands for any one segment.
     * Paths are written as Pendo documents them: {@code /api/v1/visitor/*}.
     */
    boolean is(String method, String path) {
        if (!this.method.equalsIgnoreCase(method)) {
            return false;
        }
        String[] parts = path.substring(1).split("/");
        if (parts.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].equals("*") && !parts[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The path segment at {@code index}, decoded. */
    String segment(int index) {
        return segments.get(index);
    }

    /**
     * The id at segment {@code index}: decoded from Pendo's {@code b64_} form (URL-safe base64)
     * when the request says its ids are encoded ({@code x-pendo-base64-encoded-params: true}).
     * Empty when such an id is not valid base64: no visitor or account has it.
     */
    Optional<String> id(int index) {
        String id = segment(index);
        if (!base64Ids || !id.startsWith("b64_")) {
            return Optional.of(id);
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(id.substring(4)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    boolean queryFlag(String name) {
        return query.getOrDefault(name, "false").equalsIgnoreCase("true");
    }

    boolean hasBody() {
        return !body.isBlank();
    }

    /** The body as JSON; empty when there is none. Broken JSON was answered 400 before the state saw it. */
    Optional<JsonNode> json() {
        if (!hasBody()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What the collection says a status of this call means ("Entity not found"), or "" when it documents none. */
    String documented(int status) {
        return operation.response(status).map(Response::reason).orElse("");
    }

    /** Whether the collection documents the status for this call. */
    boolean documents(int status) {
        return operation.response(status).isPresent();
    }

    private static String decode(String text) {
        // A path keeps '+' as itself; only %XX is an escape.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
