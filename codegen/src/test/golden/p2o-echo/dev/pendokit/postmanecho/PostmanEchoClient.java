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
     */
    public RequestMethodsApi requestMethods() {
        return requestMethods;
    }

    /**
     * The requests of the folder "Headers".
     */
    public HeadersApi headers() {
        return headers;
    }

    /**
     * The requests of the folder "Authentication Methods".
     */
    public AuthenticationMethodsApi authenticationMethods() {
        return authenticationMethods;
    }

    /**
     * The requests of the folder "Cookie Manipulation".
     */
    public CookieManipulationApi cookieManipulation() {
        return cookieManipulation;
    }

    /**
     * The requests of the folder "Utilities".
     */
    public UtilitiesApi utilities() {
        return utilities;
    }

    /**
     * The requests of the folder "Utilities / Date and Time".
     */
    public UtilitiesDateAndTimeApi utilitiesDateAndTime() {
        return utilitiesDateAndTime;
    }

    /**
     * The requests of the folder "Utilities / Postman Collection".
     */
    public UtilitiesPostmanCollectionApi utilitiesPostmanCollection() {
        return utilitiesPostmanCollection;
    }

    /**
     * The requests of the folder "Auth: Digest".
     */
    public AuthDigestApi authDigest() {
        return authDigest;
    }

    /**
     * The requests of the folder "Custom".
     */
    public CustomApi custom() {
        return custom;
    }

    public static Builder builder() {
        return new Builder();
    }

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
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * The credential the collection calls {@code username}. Kept out of every message and {@code toString()}.
         */
        public Builder username(String username) {
            this.username = Objects.requireNonNull(username, "username");
            return this;
        }

        /**
         * The credential the collection calls {@code password}. Kept out of every message and {@code toString()}.
         */
        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * How long to wait for a connection (default 10 s). Ignored when you pass your own {@link HttpClient}.
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * How long to wait for each answer (default 60 s).
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /**
         * When to retry: by default 429 and 5xx, three attempts, Retry-After honoured, and only calls that do not change data.
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Your own {@link HttpClient} (proxy, TLS, executor).
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Your own Jackson {@code ObjectMapper}; it must read records.
         */
        public Builder objectMapper(ObjectMapper objectMapper) {
            this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
            return this;
        }

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
            return new PostmanEchoClient(new Transport(http, mapper, servers, Credentials.of(credentials), requestTimeout, retryPolicy, new PostmanEchoErrors(), "pendokit PostmanEchoClient"));
        }
    }
}
