package dev.pendokit.boxcontent;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pendokit.boxcontent.api.CollaborationsApi;
import dev.pendokit.boxcontent.api.CommentsApi;
import dev.pendokit.boxcontent.api.EventsApi;
import dev.pendokit.boxcontent.api.FilesApi;
import dev.pendokit.boxcontent.api.FoldersApi;
import dev.pendokit.boxcontent.api.GroupsApi;
import dev.pendokit.boxcontent.api.OAuth2Api;
import dev.pendokit.boxcontent.api.OnBehalfOf1Api;
import dev.pendokit.boxcontent.api.OnBehalfOf1Copy1Api;
import dev.pendokit.boxcontent.api.ProvisioningApiApi;
import dev.pendokit.boxcontent.api.SearchApi;
import dev.pendokit.boxcontent.api.SharedItemsApi;
import dev.pendokit.boxcontent.api.TasksApi;
import dev.pendokit.boxcontent.api.UsersApi;
import dev.pendokit.boxcontent.runtime.Authentication;
import dev.pendokit.boxcontent.runtime.Credentials;
import dev.pendokit.boxcontent.runtime.RetryPolicy;
import dev.pendokit.boxcontent.runtime.Transport;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The client of "Box Content API", generated from its Postman collection.
 *
 * <p>Build one with {@link #builder()}; it is thread-safe and meant to be shared. Every operation has a blocking method and an {@code Async} twin. Failed calls throw {@link BoxContentException} and its subclasses.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class BoxContentClient {
    private final Transport transport;

    private final CollaborationsApi collaborations;

    private final CommentsApi comments;

    private final EventsApi events;

    private final FilesApi files;

    private final FoldersApi folders;

    private final GroupsApi groups;

    private final OnBehalfOf1Copy1Api onBehalfOf1Copy1;

    private final OnBehalfOf1Api onBehalfOf1;

    private final ProvisioningApiApi provisioningApi;

    private final SearchApi search;

    private final SharedItemsApi sharedItems;

    private final TasksApi tasks;

    private final UsersApi users;

    private final OAuth2Api oAuth2;

    private BoxContentClient(Transport transport) {
        this.transport = transport;
        this.collaborations = new CollaborationsApi(transport);
        this.comments = new CommentsApi(transport);
        this.events = new EventsApi(transport);
        this.files = new FilesApi(transport);
        this.folders = new FoldersApi(transport);
        this.groups = new GroupsApi(transport);
        this.onBehalfOf1Copy1 = new OnBehalfOf1Copy1Api(transport);
        this.onBehalfOf1 = new OnBehalfOf1Api(transport);
        this.provisioningApi = new ProvisioningApiApi(transport);
        this.search = new SearchApi(transport);
        this.sharedItems = new SharedItemsApi(transport);
        this.tasks = new TasksApi(transport);
        this.users = new UsersApi(transport);
        this.oAuth2 = new OAuth2Api(transport);
    }

    /**
     * The requests of the folder "Collaborations".
     *
     * @return their methods
     */
    public CollaborationsApi collaborations() {
        return collaborations;
    }

    /**
     * The requests of the folder "Comments".
     *
     * @return their methods
     */
    public CommentsApi comments() {
        return comments;
    }

    /**
     * The requests of the folder "Events".
     *
     * @return their methods
     */
    public EventsApi events() {
        return events;
    }

    /**
     * The requests of the folder "Files".
     *
     * @return their methods
     */
    public FilesApi files() {
        return files;
    }

    /**
     * The requests of the folder "Folders".
     *
     * @return their methods
     */
    public FoldersApi folders() {
        return folders;
    }

    /**
     * The requests of the folder "Groups".
     *
     * @return their methods
     */
    public GroupsApi groups() {
        return groups;
    }

    /**
     * The requests of the folder "On-Behalf-Of-1 copy-1".
     *
     * @return their methods
     */
    public OnBehalfOf1Copy1Api onBehalfOf1Copy1() {
        return onBehalfOf1Copy1;
    }

    /**
     * The requests of the folder "On-Behalf-Of-1".
     *
     * @return their methods
     */
    public OnBehalfOf1Api onBehalfOf1() {
        return onBehalfOf1;
    }

    /**
     * The requests of the folder "Provisioning API".
     *
     * @return their methods
     */
    public ProvisioningApiApi provisioningApi() {
        return provisioningApi;
    }

    /**
     * The requests of the folder "Search".
     *
     * @return their methods
     */
    public SearchApi search() {
        return search;
    }

    /**
     * The requests of the folder "Shared Items".
     *
     * @return their methods
     */
    public SharedItemsApi sharedItems() {
        return sharedItems;
    }

    /**
     * The requests of the folder "Tasks".
     *
     * @return their methods
     */
    public TasksApi tasks() {
        return tasks;
    }

    /**
     * The requests of the folder "Users".
     *
     * @return their methods
     */
    public UsersApi users() {
        return users;
    }

    /**
     * The requests of the folder "oAuth 2".
     *
     * @return their methods
     */
    public OAuth2Api oAuth2() {
        return oAuth2;
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
        return "BoxContentClient[" + transport + "]";
    }

    /**
     * Configures a {@link BoxContentClient}. Only the credentials the operations you call need must be set.
     */
    public static final class Builder {
        private URI apiBoxComUrl = URI.create("https://api.box.com");

        private URI uploadBoxComUrl = URI.create("https://upload.box.com");

        private Duration connectTimeout = Duration.ofSeconds(10);

        private Duration requestTimeout = Duration.ofSeconds(60);

        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;

        private HttpClient httpClient;

        private ObjectMapper objectMapper;

        private Builder() {
        }

        /**
         * The URL requests to this server go to (default https://api.box.com).
         *
         * @param apiBoxComUrl the URL
         * @return this builder
         */
        public Builder apiBoxComUrl(URI apiBoxComUrl) {
            this.apiBoxComUrl = Objects.requireNonNull(apiBoxComUrl, "apiBoxComUrl");
            return this;
        }

        /**
         * The URL requests to this server go to (default https://upload.box.com).
         *
         * @param uploadBoxComUrl the URL
         * @return this builder
         */
        public Builder uploadBoxComUrl(URI uploadBoxComUrl) {
            this.uploadBoxComUrl = Objects.requireNonNull(uploadBoxComUrl, "uploadBoxComUrl");
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
        public BoxContentClient build() {
            Map<String, URI> servers = new LinkedHashMap<>();
            if (apiBoxComUrl != null) {
                servers.put("apiBoxComUrl", apiBoxComUrl);
            }
            if (uploadBoxComUrl != null) {
                servers.put("uploadBoxComUrl", uploadBoxComUrl);
            }
            Map<String, String> credentials = new LinkedHashMap<>();
            HttpClient http = httpClient != null ? httpClient : HttpClient.newBuilder().connectTimeout(connectTimeout).build();
            ObjectMapper mapper = objectMapper != null ? objectMapper : JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            return new BoxContentClient(new Transport(http, mapper, servers, Credentials.of(credentials),
                    Authentication.NONE,
                    requestTimeout, retryPolicy, new BoxContentErrors(), "pendokit BoxContentClient"));
        }
    }
}
