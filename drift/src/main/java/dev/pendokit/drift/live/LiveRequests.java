package dev.pendokit.drift.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.PathTemplate.Segment;
import dev.pendokit.collection.model.RequestBody;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Requests as the documentation makes them, against the live base URL: path variables and the
 * required query parameters filled (with real ids where the caller found them, the collection's
 * examples otherwise), the constant headers ({@code x-pendo-base64-encoded-params: true}), the
 * example body as strict JSON, and the integration key where the operation's auth puts it.
 */
final class LiveRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String key;

    LiveRequests(URI baseUrl, String key) {
        String url = baseUrl.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.key = key;
    }

    /** Why the operation's body cannot be sent as documented, or empty when it can. */
    static Optional<String> unsendableBody(Operation operation) {
        return operation.requestBody().filter(b -> b.kind() == BodyKind.JSON && b.exampleJson().isEmpty())
                .map(b -> "Not called: its example body is documented as " + b.mediaType()
                        + " but is not JSON, even read leniently, so there is no documented request to send.");
    }

    /**
     * The documented request.
     *
     * @param values values for path variables and query parameters, by name, over the examples
     * @param body a JSON body to send instead of the example, or null
     */
    HttpRequest.Builder request(Operation operation, Map<String, String> values, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path(operation, values)
                + query(operation, values)));
        for (Parameter header : operation.parameters(ParameterIn.HEADER)) {
            if (header.required() && !header.name().equalsIgnoreCase("content-type")) {
                builder.header(header.name(), value(header, values));
            }
        }
        if (operation.auth() instanceof AuthScheme.ApiKey auth && auth.in() == AuthScheme.In.HEADER) {
            builder.header(auth.name(), key);
        }
        Optional<RequestBody> documented = operation.requestBody();
        if (body == null && documented.isEmpty()) {
            return builder.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        }
        String mediaType = documented.map(RequestBody::mediaType).orElse("application/json");
        builder.header("Content-Type", body != null ? "application/json" : mediaType);
        String text = body != null ? body : bodyText(documented.get());
        return builder.method(operation.method(), HttpRequest.BodyPublishers.ofString(text));
    }

    private static String path(Operation operation, Map<String, String> values) {
        StringBuilder path = new StringBuilder();
        for (Segment segment : operation.path().segments()) {
            path.append('/');
            if (segment.variable()) {
                String value = values.get(segment.text());
                if (value == null) {
                    value = operation.parameters(ParameterIn.PATH).stream().filter(p -> p.name().equals(segment.text()))
                            .findFirst().map(p -> value(p, values)).orElse("example-" + segment.text());
                }
                path.append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            } else {
                path.append(literal(segment.text()));
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    private String query(Operation operation, Map<String, String> values) {
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : operation.parameters(ParameterIn.QUERY)) {
            if (parameter.required()) {
                pairs.add(encode(parameter.name()) + "=" + encode(value(parameter, values)));
            }
        }
        if (operation.auth() instanceof AuthScheme.ApiKey auth && auth.in() == AuthScheme.In.QUERY) {
            pairs.add(encode(auth.name()) + "=" + encode(key));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** A fixed segment as a client sends it: what a URI path cannot hold percent-encoded. */
    private static String literal(String segment) {
        try {
            return new URI(null, null, "/" + segment, null).getRawPath().substring(1);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The path segment '" + segment + "' cannot be sent", e);
        }
    }

    private static String bodyText(RequestBody body) {
        if (body.exampleJson().isPresent()) {
            try {
                return JSON.writeValueAsString(body.exampleJson().get());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        if (body.kind() == BodyKind.FORM_URLENCODED) {
            return body.formFields().stream().map(f -> encode(f.name()) + "=" + encode(value(f, Map.of())))
                    .collect(Collectors.joining("&"));
        }
        return body.example();
    }

    /** The caller's value, else the example where usable, else a made-up one. */
    private static String value(Parameter parameter, Map<String, String> values) {
        String given = values.get(parameter.name());
        if (given != null) {
            return given;
        }
        String example = parameter.example();
        return example == null || example.isBlank() || example.contains("{{") ? "example-" + parameter.name() : example;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
