package dev.pendokit.postmanecho;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pendokit.postmanecho.api.AuthDigestApi;
import dev.pendokit.postmanecho.api.AuthenticationMethodsApi;
import dev.pendokit.postmanecho.api.CookieManipulationApi;
import dev.pendokit.postmanecho.api.CustomApi;
import dev.pendokit.postmanecho.api.HeadersApi;
import dev.pendokit.postmanecho.api.RequestMethodsApi;
import dev.pendokit.postmanecho.api.UtilitiesApi;
import dev.pendokit.postmanecho.api.UtilitiesDateAndTimeApi;
import dev.pendokit.postmanecho.api.UtilitiesPostmanCollectionApi;
import dev.pendokit.postmanecho.runtime.Authentication;
import dev.pendokit.postmanecho.runtime.Credentials;
import dev.pendokit.postmanecho.runtime.RetryPolicy;
import dev.pendokit.postmanecho.runtime.Transport;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The client of "Postman Echo", generated from its Postman collection.
 *
 * <p>Build one with {@link #builder()}; it is thread-safe and meant to be shared. Every operation has a blocking method and an {@code Async} twin. Failed calls throw {@link PostmanEchoException} and its subclasses.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PostmanEchoClient {
    private final Transport transport;

    private final RequestMethodsApi requestMethods;

    private final HeadersApi headers;

    private final AuthenticationMethodsApi authenticationMethods;

    private final CookieManipulationApi cookieManipulation;

    private final UtilitiesApi utilities;

    private final UtilitiesDateAndTimeApi utilitiesDateAndTime;

    private final UtilitiesPostmanCollectionApi utilitiesPostmanCollection;

    private final AuthDigestApi authDigest;

    private final CustomApi custom;

    private PostmanEchoClient(Transport transport) {
        this.transport = transport;
        this.requestMethods = new RequestMethodsApi(transport);
        this.headers = new HeadersApi(transport);
        this.authenticationMethods = new AuthenticationMethodsApi(transport);
        this.cookieManipulation = new CookieManipulationApi(transport);
        this.utilities = new UtilitiesApi(transport);
        this.utilitiesDateAndTime = new UtilitiesDateAndTimeApi(transport);
        this.utilitiesPostmanCollection = new UtilitiesPostmanCollectionApi(transport);
        this.authDigest = new AuthDigestApi(transport);
        this.custom = new CustomApi(transport);
    }

    /**
     * The requests of the folder "Request Methods".
     *
     * @return their methods
     */
    public RequestMethodsApi requestMethods() {
        return requestMethods;
    }

    /**
     * The requests of the folder "Headers".
     *
     * @return their methods
     */
    public HeadersApi headers() {
        return headers;
    }

    /**
     * The requests of the folder "Authentication Methods".
     *
     * @return their methods
     */
    public AuthenticationMethodsApi authenticationMethods() {
        return authenticationMethods;
    }

    /**
     * The requests of the folder "Cookie Manipulation".
     *
     * @return their methods
     */
    public CookieManipulationApi cookieManipulation() {
        return cookieManipulation;
    }

    /**
     * The requests of the folder "Utilities".
     *
     * @return their methods
     */
    public UtilitiesApi utilities() {
        return utilities;
    }

    /**
     * The requests of the folder "Utilities / Date and Time".
     *
     * @return their methods
     */
    public UtilitiesDateAndTimeApi utilitiesDateAndTime() {
        return utilitiesDateAndTime;
    }

    /**
     * The requests of the folder "Utilities / Postman Collection".
     *
     * @return their methods
     */
    public UtilitiesPostmanCollectionApi utilitiesPostmanCollection() {
        return utilitiesPostmanCollection;
    }

    /**
     * The requests of the folder "Auth: Digest".
     *
     * @return their methods
     */
    public AuthDigestApi authDigest() {
        return authDigest;
    }

    /**
     * The requests of the folder "Custom".
     *
     * @return their methods
     */
    public CustomApi custom() {
        return custom;
    }

    /**
     * A builder with the defaults: the servers' documented URLs, no credential.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The servers and the names of the credentials, never their values.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "PostmanEchoClient[" + transport + "]";
    }

    /**
     * Configures a {@link PostmanEchoClient}. Only the credentials the operations you call need must be set.
     */
    public static final class Builder {
        private URI baseUrl = URI.create("https://postman-echo.com");

        private String username;

        private String password;

        private Duration connectTimeout = Duration.ofSeconds(10);

        private Duration requestTimeout = Duration.ofSeconds(60);

        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;

        private HttpClient httpClient;

        private ObjectMapper objectMapper;

        private Builder() {
        }

        /**
         * The URL requests to this server go to (default https://postman-echo.com).
         *
         * @param baseUrl the URL
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * The credential the collection calls {@code username}. Kept out of every message and {@code toString()}.
         *
         * @param username the secret
         * @return this builder
         */
        public Builder username(String username) {
            this.username = Objects.requireNonNull(username, "username");
            return this;
        }

        /**
         * The credential the collection calls {@code password}. Kept out of every message and {@code toString()}.
         *
         * @param password the secret
         * @return this builder
         */
        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * How long to wait for a connection (default 10 s). Ignored when you pass your own {@link HttpClient}.
         *
         * @param connectTimeout the value
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * How long to wait for each answer (default 60 s).
         *
         * @param requestTimeout the value
         * @return this builder
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /**
         * When to retry: by default 429 and 5xx, three attempts, Retry-After honoured, and only calls that do not change data.
         *
         * @param retryPolicy the value
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Your own {@link HttpClient} (proxy, TLS, executor).
         *
         * @param httpClient the value
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Your own Jackson {@code ObjectMapper}; it must read records.
         *
         * @param objectMapper the value
         * @return this builder
         */
        public Builder objectMapper(ObjectMapper objectMapper) {
            this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
            return this;
        }

        /**
         * The client, ready to share between threads.
         *
         * @return the client
         */
        public PostmanEchoClient build() {
            Map<String, URI> servers = new LinkedHashMap<>();
            if (baseUrl != null) {
                servers.put("baseUrl", baseUrl);
            }
            Map<String, String> credentials = new LinkedHashMap<>();
            credentials.put("username", username);
            credentials.put("password", password);
            HttpClient http = httpClient != null ? httpClient : HttpClient.newBuilder().connectTimeout(connectTimeout).build();
            ObjectMapper mapper = objectMapper != null ? objectMapper : JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            return new PostmanEchoClient(new Transport(http, mapper, servers, Credentials.of(credentials),
                    Authentication.NONE,
                    requestTimeout, retryPolicy, new PostmanEchoErrors(), "pendokit PostmanEchoClient"));
        }
    }
}
