package dev.pendokit.pendo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pendokit.pendo.api.AccountsApi;
import dev.pendokit.pendo.api.AdminApi;
import dev.pendokit.pendo.api.AggregationsApi;
import dev.pendokit.pendo.api.BulkDeletionApi;
import dev.pendokit.pendo.api.DataSyncApi;
import dev.pendokit.pendo.api.FeaturesApi;
import dev.pendokit.pendo.api.GuidesApi;
import dev.pendokit.pendo.api.ListenApi;
import dev.pendokit.pendo.api.MetadataApi;
import dev.pendokit.pendo.api.PagesApi;
import dev.pendokit.pendo.api.ReportsApi;
import dev.pendokit.pendo.api.SegmentsApi;
import dev.pendokit.pendo.api.TracksApi;
import dev.pendokit.pendo.api.VisitorsApi;
import dev.pendokit.pendo.runtime.Authentication;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Credentials;
import dev.pendokit.pendo.runtime.RetryPolicy;
import dev.pendokit.pendo.runtime.Transport;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The client of "Pendo API", generated from its Postman collection.
 *
 * <p>Build one with {@link #builder()}; it is thread-safe and meant to be shared. Every operation has a blocking method and an {@code Async} twin. Failed calls throw {@link PendoException} and its subclasses.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoClient {
    private final Transport transport;

    private final PagesApi pages;

    private final FeaturesApi features;

    private final TracksApi tracks;

    private final VisitorsApi visitors;

    private final AccountsApi accounts;

    private final BulkDeletionApi bulkDeletion;

    private final SegmentsApi segments;

    private final ReportsApi reports;

    private final GuidesApi guides;

    private final MetadataApi metadata;

    private final DataSyncApi dataSync;

    private final ListenApi listen;

    private final AdminApi admin;

    private final AggregationsApi aggregations;

    private PendoClient(Transport transport) {
        this.transport = transport;
        this.pages = new PagesApi(transport);
        this.features = new FeaturesApi(transport);
        this.tracks = new TracksApi(transport);
        this.visitors = new VisitorsApi(transport);
        this.accounts = new AccountsApi(transport);
        this.bulkDeletion = new BulkDeletionApi(transport);
        this.segments = new SegmentsApi(transport);
        this.reports = new ReportsApi(transport);
        this.guides = new GuidesApi(transport);
        this.metadata = new MetadataApi(transport);
        this.dataSync = new DataSyncApi(transport);
        this.listen = new ListenApi(transport);
        this.admin = new AdminApi(transport);
        this.aggregations = new AggregationsApi(transport);
    }

    /**
     * The requests of the folder "Page".
     *
     * @return their methods
     */
    public PagesApi pages() {
        return pages;
    }

    /**
     * The requests of the folder "Feature".
     *
     * @return their methods
     */
    public FeaturesApi features() {
        return features;
    }

    /**
     * The requests of the folder "Track".
     *
     * @return their methods
     */
    public TracksApi tracks() {
        return tracks;
    }

    /**
     * The requests of the folder "Visitor".
     *
     * @return their methods
     */
    public VisitorsApi visitors() {
        return visitors;
    }

    /**
     * The requests of the folder "Account".
     *
     * @return their methods
     */
    public AccountsApi accounts() {
        return accounts;
    }

    /**
     * The requests of the folder "Bulk Deletion (GDPR/CCPA)".
     *
     * @return their methods
     */
    public BulkDeletionApi bulkDeletion() {
        return bulkDeletion;
    }

    /**
     * The requests of the folder "Segment".
     *
     * @return their methods
     */
    public SegmentsApi segments() {
        return segments;
    }

    /**
     * The requests of the folder "Report".
     *
     * @return their methods
     */
    public ReportsApi reports() {
        return reports;
    }

    /**
     * The requests of the folder "Guide".
     *
     * @return their methods
     */
    public GuidesApi guides() {
        return guides;
    }

    /**
     * The requests of the folder "Metadata".
     *
     * @return their methods
     */
    public MetadataApi metadata() {
        return metadata;
    }

    /**
     * The requests of the folder "Data Sync".
     *
     * @return their methods
     */
    public DataSyncApi dataSync() {
        return dataSync;
    }

    /**
     * The requests of the folder "Listen".
     *
     * @return their methods
     */
    public ListenApi listen() {
        return listen;
    }

    /**
     * The requests of the folder "Admin".
     *
     * @return their methods
     */
    public AdminApi admin() {
        return admin;
    }

    /**
     * The requests of the folder "Aggregation".
     *
     * @return their methods
     */
    public AggregationsApi aggregations() {
        return aggregations;
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
        return "PendoClient[" + transport + "]";
    }

    /**
     * Configures a {@link PendoClient}. Only the credentials the operations you call need must be set.
     */
    public static final class Builder {
        private URI baseUrl = URI.create("https://app.pendo.io");

        private URI dataHost = URI.create("https://data.pendo.io");

        private String integrationKey;

        private String trackEventSecret;

        private Duration connectTimeout = Duration.ofSeconds(10);

        private Duration requestTimeout = Duration.ofSeconds(60);

        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;

        private HttpClient httpClient;

        private ObjectMapper objectMapper;

        private Builder() {
        }

        /**
         * The Pendo host of your region: US https://app.pendo.io, EU https://app.eu.pendo.io, US1 https://us1.app.pendo.io, JPN https://app.jpn.pendo.io, AU https://app.au.pendo.io.
         *
         * @param baseUrl the URL
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * The data host that receives track events (POST /data/track): US https://data.pendo.io, EU https://data.eu.pendo.io, US1 https://us1.data.pendo.io, JPN https://data.jpn.pendo.io.
         *
         * @param dataHost the URL
         * @return this builder
         */
        public Builder dataHost(URI dataHost) {
            this.dataHost = Objects.requireNonNull(dataHost, "dataHost");
            return this;
        }

        /**
         * Points every server at the region's host, as the collection documents them. A host the collection gives for no region stays unset, so calls to it fail until you set it: requests never silently go to another region.
         *
         * @param region the region
         * @return this builder
         */
        public Builder region(Region region) {
            Objects.requireNonNull(region, "region");
            this.baseUrl = region.baseUrl();
            this.dataHost = region.dataHost();
            return this;
        }

        /**
         * The credential the collection calls {@code integrationKey}. Kept out of every message and {@code toString()}.
         *
         * @param integrationKey the secret
         * @return this builder
         */
        public Builder integrationKey(String integrationKey) {
            this.integrationKey = Objects.requireNonNull(integrationKey, "integrationKey");
            return this;
        }

        /**
         * The credential the collection calls {@code trackEventSecret}. Kept out of every message and {@code toString()}.
         *
         * @param trackEventSecret the secret
         * @return this builder
         */
        public Builder trackEventSecret(String trackEventSecret) {
            this.trackEventSecret = Objects.requireNonNull(trackEventSecret, "trackEventSecret");
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
        public PendoClient build() {
            Map<String, URI> servers = new LinkedHashMap<>();
            if (baseUrl != null) {
                servers.put("baseUrl", baseUrl);
            }
            if (dataHost != null) {
                servers.put("dataHost", dataHost);
            }
            Map<String, String> credentials = new LinkedHashMap<>();
            credentials.put("integrationKey", integrationKey);
            credentials.put("trackEventSecret", trackEventSecret);
            HttpClient http = httpClient != null ? httpClient : HttpClient.newBuilder().connectTimeout(connectTimeout).build();
            ObjectMapper mapper = objectMapper != null ? objectMapper : JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            return new PendoClient(new Transport(http, mapper, servers, Credentials.of(credentials),
                    Authentication.apiKey("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER),
                    requestTimeout, retryPolicy, new PendoErrors(), "pendokit PendoClient"));
        }
    }
}
