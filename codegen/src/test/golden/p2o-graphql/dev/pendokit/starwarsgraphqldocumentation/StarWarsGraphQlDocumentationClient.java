package dev.pendokit.starwarsgraphqldocumentation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pendokit.starwarsgraphqldocumentation.api.QueriesApi;
import dev.pendokit.starwarsgraphqldocumentation.runtime.Authentication;
import dev.pendokit.starwarsgraphqldocumentation.runtime.Credentials;
import dev.pendokit.starwarsgraphqldocumentation.runtime.RetryPolicy;
import dev.pendokit.starwarsgraphqldocumentation.runtime.Transport;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The client of "Star Wars GraphQL API - documentation", generated from its Postman collection.
 *
 * <p>Build one with {@link #builder()}; it is thread-safe and meant to be shared. Every operation has a blocking method and an {@code Async} twin. Failed calls throw {@link StarWarsGraphQlDocumentationException} and its subclasses.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class StarWarsGraphQlDocumentationClient {
    private final Transport transport;

    private final QueriesApi queries;

    private StarWarsGraphQlDocumentationClient(Transport transport) {
        this.transport = transport;
        this.queries = new QueriesApi(transport);
    }

    /**
     * The requests of the folder "queries".
     *
     * @return their methods
     */
    public QueriesApi queries() {
        return queries;
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
        return "StarWarsGraphQlDocumentationClient[" + transport + "]";
    }

    /**
     * Configures a {@link StarWarsGraphQlDocumentationClient}. Only the credentials the operations you call need must be set.
     */
    public static final class Builder {
        private URI url = URI.create("https://swapi-graphql.netlify.app/.netlify/functions/index");

        private Duration connectTimeout = Duration.ofSeconds(10);

        private Duration requestTimeout = Duration.ofSeconds(60);

        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;

        private HttpClient httpClient;

        private ObjectMapper objectMapper;

        private Builder() {
        }

        /**
         * The URL requests to this server go to (default https://swapi-graphql.netlify.app/.netlify/functions/index).
         *
         * @param url the URL
         * @return this builder
         */
        public Builder url(URI url) {
            this.url = Objects.requireNonNull(url, "url");
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
        public StarWarsGraphQlDocumentationClient build() {
            Map<String, URI> servers = new LinkedHashMap<>();
            if (url != null) {
                servers.put("url", url);
            }
            Map<String, String> credentials = new LinkedHashMap<>();
            HttpClient http = httpClient != null ? httpClient : HttpClient.newBuilder().connectTimeout(connectTimeout).build();
            ObjectMapper mapper = objectMapper != null ? objectMapper : JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            return new StarWarsGraphQlDocumentationClient(new Transport(http, mapper, servers, Credentials.of(credentials),
                    Authentication.NONE,
                    requestTimeout, retryPolicy, new StarWarsGraphQlDocumentationErrors(), "pendokit StarWarsGraphQlDocumentationClient"));
        }
    }
}
