package dev.pendokit.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.PathTemplate;
import dev.pendokit.collection.model.RequestBody;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests as a client following the documentation sends them: every path variable filled, the
 * required query parameters and headers, the example body (as strict JSON where the collection's
 * is lenient) and the integration key. What tests send to the mock and to stock WireMock.
 */
final class DocumentedRequests {

    static final String KEY = "test-integration-key";
    static final ApiModel PENDO = ApiModels.loadBundled(ResolveOptions.DEFAULTS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentedRequests() {}

    /** The documented request, with the key and any extra headers (name, value, name, value, ...). */
    static HttpRequest.Builder request(URI base, Operation operation, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path(operation) + query(operation)));
        for (Parameter header : operation.parameters(ParameterIn.HEADER)) {
            if (header.required() && !header.name().equalsIgnoreCase("content-type")) {
                builder.header(header.name(), value(header));
            }
        }
        if (operation.auth() instanceof AuthScheme.ApiKey key && key.in() == AuthScheme.In.HEADER) {
            builder.header(key.name(), KEY);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        RequestBody body = operation.requestBody().orElse(null);
        if (body == null) {
            return builder.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        }
        builder.header("Content-Type", body.mediaType());
        return builder.method(operation.method(), HttpRequest.BodyPublishers.ofString(bodyText(body)));
    }

    static String path(Operation operation) {
        StringBuilder path = new StringBuilder();
        for (PathTemplate.Segment segment : operation.path().segments()) {
            path.append('/');
            if (segment.variable()) {
                Parameter parameter = operation.parameters(ParameterIn.PATH).stream()
                        .filter(p -> p.name().equals(segment.text())).findFirst().orElse(null);
                String value = parameter == null ? "example-" + segment.text() : value(parameter);
                path.append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            } else {
                path.append(literal(segment.text()));
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    /**
     * A fixed segment as a client sends it: characters a URI cannot hold (the braces of an
     * unresolved {@code {{variable}}}, spaces) percent-encoded, the rest as written.
     */
    private static String literal(String segment) {
        try {
            return new URI(null, null, "/" + segment, null).getRawPath().substring(1);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String query(Operation operation) {
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : operation.parameters(ParameterIn.QUERY)) {
            if (parameter.required()) {
                pairs.add(encode(parameter.name()) + "=" + encode(value(parameter)));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    static String bodyText(RequestBody body) {
        try {
            if (body.exampleJson().isPresent()) {
                return JSON.writeValueAsString(body.exampleJson().get());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (body.kind() == BodyKind.FORM_URLENCODED) {
            return body.formFields().stream().map(f -> encode(f.name()) + "=" + encode(value(f)))
                    .collect(Collectors.joining("&"));
        }
        return body.example();
    }

    /** The parameter's example where it has a usable one, else a made-up value. */
    static String value(Parameter parameter) {
        String example = parameter.example();
        return example == null || example.isBlank() || example.contains("{{") ? "example-" + parameter.name() : example;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Every operation by its collection path, {@code Folder/Request}. */
    static Map<String, Operation> byName() {
        return PENDO.operations().stream().collect(Collectors.toMap(DocumentedRequests::name, o -> o));
    }

    static String name(Operation operation) {
        return String.join("/", operation.folders()) + "/" + operation.name();
    }
}
