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
    public enum KeyIn { HEADER, QUERY, BEARER, BASIC }

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
    final String credential;
    final String password;
    final String credentialName;
    final KeyIn credentialIn;
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
        this.credential = b.credential;
        this.password = b.password;
        this.credentialName = b.credentialName;
        this.credentialIn = b.credentialIn;
        this.idempotent = b.idempotent;
        this.reasons = Map.copyOf(b.reasons);
    }

    /**
     * @param operation the operation's name, for messages ({@code visitors.getVisitorById})
     * @param method the HTTP method
     * @param server the server variable the URL starts from ({@code baseUrl})
     * @param pathTemplate the path with {@code {name}} placeholders
     */
    public static Builder builder(String operation, String method, String server, String pathTemplate) {
        return new Builder(operation, method, server, pathTemplate);
    }

    public String operation() {
        return operation;
    }

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
        private String credential;
        private String password;
        private String credentialName;
        private KeyIn credentialIn = KeyIn.HEADER;
        private boolean idempotent;

        private Builder(String operation, String method, String server, String pathTemplate) {
            this.operation = Objects.requireNonNull(operation, "operation");
            this.method = Objects.requireNonNull(method, "method");
            this.server = Objects.requireNonNull(server, "server");
            this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
            this.idempotent = method.equals("GET") || method.equals("PUT") || method.equals("DELETE")
                    || method.equals("HEAD") || method.equals("OPTIONS");
        }

        public Builder pathParam(String name, Object value) {
            pathParams.put(name, value == null ? null : String.valueOf(value));
            return this;
        }

        /** A query parameter; a null value leaves it out. */
        public Builder query(String name, Object value) {
            if (value != null) {
                query.add(new String[] {name, String.valueOf(value)});
            }
            return this;
        }

        /** A query parameter that takes several values joined by commas ({@code id=a,b}); a null list leaves it out. */
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

        /** A header; a null value leaves it out. */
        public Builder header(String name, Object value) {
            if (value != null) {
                headers.add(new String[] {name, String.valueOf(value)});
            }
            return this;
        }

        public Builder body(byte[] body, String contentType) {
            this.body = body;
            this.contentType = contentType;
            return this;
        }

        public Builder body(Forms.Encoded form) {
            return body(form.bytes(), form.contentType());
        }

        public Builder textBody(String body, String contentType) {
            return body(body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType);
        }

        public Builder accept(String accept) {
            this.accept = accept;
            return this;
        }

        /**
         * Authenticates with the credential the client holds under {@code credential}, sent as
         * header (or query parameter) {@code name}.
         */
        public Builder credential(String credential, String name, KeyIn in) {
            this.credential = credential;
            this.credentialName = name;
            this.credentialIn = in;
            return this;
        }

        /** Authenticates with {@code Authorization: Bearer <credential>}. */
        public Builder bearer(String credential) {
            return credential(credential, "Authorization", KeyIn.BEARER);
        }

        /** Authenticates with {@code Authorization: Basic base64(<username>:<password>)}. */
        public Builder basic(String username, String password) {
            this.password = password;
            return credential(username, "Authorization", KeyIn.BASIC);
        }

        /** Declares a POST or PATCH safe to retry (it only reads, as Pendo's aggregation query does). */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /** The reason the documentation gives for a status of this operation, for error messages. */
        public Builder reason(int status, String reason) {
            reasons.put(status, reason);
            return this;
        }

        public Call build() {
            return new Call(this);
        }
    }
}
