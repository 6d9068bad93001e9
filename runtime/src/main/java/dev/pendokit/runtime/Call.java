package dev.pendokit.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request of an operation, as generated code describes it: which server variable the URL
 * starts from, the path template and its values, query parameters and headers (a null value
 * leaves the parameter out), the body, which credential authenticates it, and whether it may be
 * retried. Built fresh for every call; {@link Transport} sends it.
 */
public final class Call {

    /** How a credential travels: an API key in a header or query parameter, or an Authorization header. */
    public enum KeyIn {
        /** In the header the call names ({@code x-pendo-integration-key}). */
        HEADER,
        /** In the query parameter the call names; the key is then part of the URL. */
        QUERY,
        /** In {@code Authorization: Bearer <credential>}. */
        BEARER,
        /** In {@code Authorization: Basic}, with a second credential as the password. */
        BASIC
    }

    final String operation;
    final String method;
    final String server;
    final String pathTemplate;
    final Map<String, String> pathParams;
    final List<String[]> query;
    final List<String[]> headers;
    final byte[] body;
    final String contentType;
    final String accept;
    /** How the call authenticates; null for the transport's default. */
    final Authentication authentication;
    final boolean idempotent;
    final Map<Integer, String> reasons;

    private Call(Builder b) {
        this.operation = b.operation;
        this.method = b.method;
        this.server = b.server;
        this.pathTemplate = b.pathTemplate;
        this.pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.pathParams));
        this.query = List.copyOf(b.query);
        this.headers = List.copyOf(b.headers);
        this.body = b.body;
        this.contentType = b.contentType;
        this.accept = b.accept;
        this.authentication = b.authentication;
        this.idempotent = b.idempotent;
        this.reasons = Map.copyOf(b.reasons);
    }

    /**
     * Starts describing a call; generated code then sets its values and sends the built call.
     *
     * @param operation the operation's name, for messages ({@code visitors.getVisitorById})
     * @param method the HTTP method
     * @param server the server variable the URL starts from ({@code baseUrl})
     * @param pathTemplate the path with {@code {name}} placeholders
     * @return the builder; GET, PUT, DELETE, HEAD and OPTIONS calls are idempotent unless
     *     {@link Builder#idempotent} says otherwise
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(String operation, String method, String server, String pathTemplate) {
        return new Builder(operation, method, server, pathTemplate);
    }

    /**
     * The operation's name, which messages and logs give to say which call it was.
     *
     * @return the name ({@code visitors.getVisitorById})
     */
    public String operation() {
        return operation;
    }

    /**
     * The HTTP method the call is sent with.
     *
     * @return the method ({@code GET})
     */
    public String method() {
        return method;
    }

    /** The path with its values filled in, each percent-encoded as a path segment. */
    String path() {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pathTemplate.length()) {
            int open = pathTemplate.indexOf('{', i);
            if (open < 0) {
                out.append(pathTemplate, i, pathTemplate.length());
                break;
            }
            int close = pathTemplate.indexOf('}', open);
            out.append(pathTemplate, i, open);
            String name = pathTemplate.substring(open + 1, close);
            String value = pathParams.get(name);
            if (value == null) {
                throw new IllegalArgumentException(operation + ": the path parameter " + name + " is required");
            }
            if (value.equals(".") || value.equals("..")) {
                // Unreserved, so not encoded, yet a dot segment: servers would resolve it to another path.
                throw new IllegalArgumentException(operation + ": the path parameter " + name + " cannot be \"" + value
                        + "\", which would change the path rather than name one segment");
            }
            out.append(UrlEncoding.pathSegment(value));
            i = close + 1;
        }
        return out.toString();
    }

    /** Who describes this call in messages: method and path template, never values or secrets. */
    @Override
    public String toString() {
        return operation + " (" + method + " " + pathTemplate + ")";
    }

    /** Collects the values of one call; generated code fills one for every call it makes. */
    public static final class Builder {
        private final String operation;
        private final String method;
        private final String server;
        private final String pathTemplate;
        private final Map<String, String> pathParams = new LinkedHashMap<>();
        private final List<String[]> query = new ArrayList<>();
        private final List<String[]> headers = new ArrayList<>();
        private final Map<Integer, String> reasons = new LinkedHashMap<>();
        private byte[] body;
        private String contentType;
        private String accept = "application/json";
        private Authentication authentication;
        private boolean idempotent;

        private Builder(String operation, String method, String server, String pathTemplate) {
            this.operation = Objects.requireNonNull(operation, "operation");
            this.method = Objects.requireNonNull(method, "method");
            this.server = Objects.requireNonNull(server, "server");
            this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
            this.idempotent = method.equals("GET") || method.equals("PUT") || method.equals("DELETE")
                    || method.equals("HEAD") || method.equals("OPTIONS");
        }

        /**
         * The value of a {@code {name}} placeholder of the path, encoded as one path segment.
         *
         * @param name the placeholder's name
         * @param value the value, sent as its {@code String.valueOf}; null, {@code .} or {@code ..} fails the
         *     call when it is sent, since the path needs one segment there
         * @return this builder
         */
        public Builder pathParam(String name, Object value) {
            pathParams.put(name, value == null ? null : String.valueOf(value));
            return this;
        }

        /**
         * A query parameter; a null value leaves it out.
         *
         * @param name the parameter's name
         * @param value the value, sent as its {@code String.valueOf}; null leaves the parameter out
         * @return this builder
         */
        public Builder query(String name, Object value) {
            if (value != null) {
                query.add(new String[] {name, String.valueOf(value)});
            }
            return this;
        }

        /**
         * A query parameter that takes several values joined by commas ({@code id=a,b}); a null list leaves it out.
         *
         * @param name the parameter's name
         * @param values the values, each sent as its {@code String.valueOf}; null leaves the parameter out
         * @return this builder
         */
        public Builder queryList(String name, List<?> values) {
            if (values != null) {
                StringBuilder joined = new StringBuilder();
                for (Object value : values) {
                    joined.append(joined.length() == 0 ? "" : ",").append(value);
                }
                query.add(new String[] {name, joined.toString()});
            }
            return this;
        }

        /**
         * A header; a null value leaves it out.
         *
         * @param name the header's name
         * @param value the value, sent as its {@code String.valueOf}; null leaves the header out
         * @return this builder
         */
        public Builder header(String name, Object value) {
            if (value != null) {
                headers.add(new String[] {name, String.valueOf(value)});
            }
            return this;
        }

        /**
         * The request body, as it is sent.
         *
         * @param body the bytes; null sends no body
         * @param contentType the Content-Type header's value, sent with the body
         * @return this builder
         */
        public Builder body(byte[] body, String contentType) {
            this.body = body;
            this.contentType = contentType;
            return this;
        }

        /**
         * A form as the body, with the Content-Type it was encoded for.
         *
         * @param form the encoded form
         * @return this builder
         */
        public Builder body(Forms.Encoded form) {
            return body(form.bytes(), form.contentType());
        }

        /**
         * A text body, sent as UTF-8.
         *
         * @param body the text; null sends no body
         * @param contentType the Content-Type header's value, sent with the body
         * @return this builder
         */
        public Builder textBody(String body, String contentType) {
            return body(body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType);
        }

        /**
         * The Accept header, for operations that answer something other than JSON.
         *
         * @param accept the media types the call accepts; {@code application/json} unless set
         * @return this builder
         */
        public Builder accept(String accept) {
            this.accept = accept;
            return this;
        }

        /**
         * Authenticates otherwise than the client's other calls: with another credential, or none
         * ({@link Authentication#NONE}). Without it, the call sends the client's default.
         *
         * @param authentication what the call sends
         * @return this builder
         */
        public Builder authentication(Authentication authentication) {
            this.authentication = Objects.requireNonNull(authentication, "authentication");
            return this;
        }

        /**
         * Declares a POST or PATCH safe to retry (it only reads, as Pendo's aggregation query does).
         *
         * @param idempotent whether sending the call twice does no more than sending it once
         * @return this builder
         */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /**
         * The reason the documentation gives for a status of this operation, for error messages.
         *
         * @param status the HTTP status
         * @param reason what the status means for this operation ({@code Visitor not found})
         * @return this builder
         */
        public Builder reason(int status, String reason) {
            reasons.put(status, reason);
            return this;
        }

        /**
         * The call as described, ready to send.
         *
         * @return the call, for {@link Transport#send}
         */
        public Call build() {
            return new Call(this);
        }
    }
}
