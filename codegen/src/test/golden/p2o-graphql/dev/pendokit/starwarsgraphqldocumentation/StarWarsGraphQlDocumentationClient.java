package dev.pendokit.starwarsgraphqldocumentation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pendokit.starwarsgraphqldocumentation.api.QueriesApi;
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
     */
    public QueriesApi queries() {
        return queries;
    }

    public static Builder builder() {
        return new Builder();
    }

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
         */
        public Builder url(URI url) {
            this.url = Objects.requireNonNull(url, "url");
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

        public StarWarsGraphQlDocumentationClient build() {
            Map<String, URI> servers = new LinkedHashMap<>();
            if (url != null) {
                servers.put("url", url);
            }
            Map<String, String> credentials = new LinkedHashMap<>();
            HttpClient http = httpClient != null ? httpClient : HttpClient.newBuilder().connectTimeout(connectTimeout).build();
            ObjectMapper mapper = objectMapper != null ? objectMapper : JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            return new StarWarsGraphQlDocumentationClient(new Transport(http, mapper, servers, Credentials.of(credentials), requestTimeout, retryPolicy, new StarWarsGraphQlDocumentationErrors(), "pendokit StarWarsGraphQlDocumentationClient"));
        }
    }
}
