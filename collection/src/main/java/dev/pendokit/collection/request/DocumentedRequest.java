package dev.pendokit.collection.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.runtime.UrlEncoding;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The request the collection documents for an operation, as a client that follows the
 * documentation sends it. What the mock's tests, the contracts, live drift and the client's own
 * tests send, so that they all send the same thing:
 *
 * <ul>
 *   <li><b>Values.</b> Each path variable, query parameter, form field and {@code {{placeholder}}}
 *       of the body gets the caller's value where given ({@link Builder#value}); else the
 *       collection's example where it has one that is not itself a placeholder; else
 *       {@code example-NAME}. Nothing goes out as {@code {{NAME}}}.</li>
 *   <li><b>What is sent.</b> The required query parameters, headers and form fields (those Postman
 *       sends: optional ones are disabled there), and optional ones the caller gives a value;
 *       constant headers with their value ({@code x-pendo-base64-encoded-params: true}).</li>
 *   <li><b>Encoding.</b> As generated clients encode: path values and query components with
 *       {@link UrlEncoding#pathSegment} and {@link UrlEncoding#component}, literal segments with
 *       {@link UrlEncoding#literalSegment}, form bodies as the runtime's {@code Forms}.</li>
 *   <li><b>Body.</b> A JSON example as strict JSON (comments dropped, placeholders filled), forms
 *       encoded, anything else as written.</li>
 *   <li><b>Credential.</b> Only when given ({@link Builder#credential}), where the operation's auth
 *       puts it.</li>
 * </ul>
 */
public final class DocumentedRequest {

    /** A query parameter or header, decoded. */
    public record NameValue(String name, String value) {}

    /**
     * What the body sends.
     *
     * @param json the body as JSON, where it is JSON
     */
    public record Body(String mediaType, String text, Optional<JsonNode> json) {}

    private final Operation operation;
    private final String path;
    private final List<NameValue> query;
    private final List<NameValue> headers;
    private final Optional<Body> body;
    private final Map<Parameter, String> values;

    private DocumentedRequest(Operation operation, String path, List<NameValue> query, List<NameValue> headers,
            Optional<Body> body, Map<Parameter, String> values) {
        this.operation = operation;
        this.path = path;
        this.query = List.copyOf(query);
        this.headers = List.copyOf(headers);
        this.body = body;
        this.values = Collections.unmodifiableMap(values);
    }

    /** The documented request with the documentation's values and no credential. */
    public static DocumentedRequest of(Operation operation) {
        return builder(operation).build();
    }

    public static Builder builder(Operation operation) {
        return new Builder(operation);
    }

    public Operation operation() {
        return operation;
    }

    public String method() {
        return operation.method();
    }

    /** The path, every variable filled and every segment encoded. */
    public String path() {
        return path;
    }

    /** The query parameters sent, in the collection's order, decoded. */
    public List<NameValue> query() {
        return query;
    }

    /** The query as it goes on the wire, {@code a=1&b=2}; "" when there is none. */
    public String rawQuery() {
        StringBuilder out = new StringBuilder();
        for (NameValue parameter : query) {
            out.append(out.length() == 0 ? "" : "&").append(UrlEncoding.component(parameter.name())).append('=')
                    .append(UrlEncoding.component(parameter.value()));
        }
        return out.toString();
    }

    /** The path and, where there is one, {@code ?} and the query. */
    public String pathAndQuery() {
        String raw = rawQuery();
        return raw.isEmpty() ? path : path + "?" + raw;
    }

    /** The headers sent besides {@code Content-Type} (which goes with the body): documented ones and the credential. */
    public List<NameValue> headers() {
        return headers;
    }

    public Optional<Body> body() {
        return body;
    }

    /** The value each path, query and form parameter was sent with; a parameter not sent is absent. */
    public Map<Parameter, String> values() {
        return values;
    }

    /** The request for {@code baseUrl} ({@code https://app.pendo.io}, a path of its own kept), with java.net.http. */
    public HttpRequest.Builder toHttpRequest(URI baseUrl) {
        String base = baseUrl.toString();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(
                (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery()));
        headers.forEach(h -> builder.header(h.name(), h.value()));
        if (body.isEmpty()) {
            return builder.method(method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.header("Content-Type", body.get().mediaType())
                .method(method(), HttpRequest.BodyPublishers.ofString(body.get().text(), StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return method() + " " + path + " (" + operation.location().itemPath() + ")";
    }

    /** Values of the caller's, a credential and a body of the caller's, over the documentation's. */
    public static final class Builder {

        private final Operation operation;
        private final Map<String, String> given = new LinkedHashMap<>();
        private String credential;
        private String jsonBody;

        private Builder(Operation operation) {
            this.operation = Objects.requireNonNull(operation, "operation");
        }

        /**
         * A value for the parameter or {@code {{placeholder}}} of that name: a real id in place of
         * the example, or an optional query parameter to send.
         */
        public Builder value(String name, String value) {
            given.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder values(Map<String, String> values) {
            values.forEach(this::value);
            return this;
        }

        /** The key (or token) to send where the operation's auth puts it; unset, none is sent. */
        public Builder credential(String credential) {
            this.credential = credential;
            return this;
        }

        /** A JSON body to send instead of the documented one ({@code Content-Type: application/json}). */
        public Builder jsonBody(String json) {
            this.jsonBody = json;
            return this;
        }

        public DocumentedRequest build() {
            Values values = new Values(given);
            Map<Parameter, String> sent = new LinkedHashMap<>();
            String path = path(values, sent);
            List<NameValue> query = new ArrayList<>();
            for (Parameter parameter : operation.parameters(ParameterIn.QUERY)) {
                values.ifSent(parameter).ifPresent(value -> {
                    query.add(new NameValue(parameter.name(), value));
                    sent.put(parameter, value);
                });
            }
            List<NameValue> headers = new ArrayList<>();
            for (Parameter parameter : operation.parameters(ParameterIn.HEADER)) {
                if (!parameter.name().equalsIgnoreCase("Content-Type")) {
                    values.ifSent(parameter).ifPresent(value -> headers.add(new NameValue(parameter.name(), value)));
                }
            }
            addCredential(query, headers);
            Optional<Body> body = jsonBody != null
                    ? Optional.of(new Body("application/json", jsonBody, Optional.empty()))
                    : operation.requestBody().map(b -> RequestBodies.of(b, values, sent));
            return new DocumentedRequest(operation, path, query, headers, body, sent);
        }

        private String path(Values values, Map<Parameter, String> sent) {
            Map<String, Parameter> variables = new LinkedHashMap<>();
            operation.parameters(ParameterIn.PATH).forEach(p -> variables.putIfAbsent(p.name(), p));
            StringBuilder path = new StringBuilder();
            for (var segment : operation.path().segments()) {
                path.append('/');
                if (!segment.variable()) {
                    path.append(UrlEncoding.literalSegment(segment.text()));
                    continue;
                }
                Parameter parameter = variables.get(segment.text());
                String value = parameter == null ? values.of(segment.text(), null) : values.of(parameter);
                if (parameter != null) {
                    sent.put(parameter, value);
                }
                path.append(UrlEncoding.pathSegment(value));
            }
            return path.length() == 0 ? "/" : path.toString();
        }

        private void addCredential(List<NameValue> query, List<NameValue> headers) {
            if (credential == null) {
                return;
            }
            if (operation.auth() instanceof AuthScheme.ApiKey key) {
                (key.in() == AuthScheme.In.QUERY ? query : headers).add(new NameValue(key.name(), credential));
            } else if (operation.auth() instanceof AuthScheme.Bearer) {
                headers.add(new NameValue("Authorization", "Bearer " + credential));
            }
        }
    }
}
