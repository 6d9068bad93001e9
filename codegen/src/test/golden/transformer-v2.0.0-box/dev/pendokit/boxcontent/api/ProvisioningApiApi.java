package dev.pendokit.boxcontent.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.boxcontent.BoxContentException;
import dev.pendokit.boxcontent.runtime.Call;
import dev.pendokit.boxcontent.runtime.Forms;
import dev.pendokit.boxcontent.runtime.Readers;
import dev.pendokit.boxcontent.runtime.ResponseReader;
import dev.pendokit.boxcontent.runtime.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Provisioning API".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class ProvisioningApiApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code provisioningApi()} accessor.
     *
     * @param transport sends the calls
     */
    public ProvisioningApiApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Description
     *
     * <p>{@code POST /oauth2/token} (request "Provisioning API/Get an Access Token for a Scoped Folder").
     *
     * @param grantType the form parameter {@code grant_type}
     * @param clientId the form parameter {@code client_id}
     * @param clientSecret the form parameter {@code client_secret}
     * @param username the form parameter {@code username}
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getAccessToken(String grantType, String clientId, String clientSecret,
            String username) {
        return transport.send(getAccessTokenCall(grantType, clientId, clientSecret, username), jsonReader);
    }

    /**
     * Like {@link #getAccessToken(String, String, String, String)}, without blocking.
     *
     * @param grantType the form parameter {@code grant_type}
     * @param clientId the form parameter {@code client_id}
     * @param clientSecret the form parameter {@code client_secret}
     * @param username the form parameter {@code username}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getAccessTokenAsync(String grantType, String clientId,
            String clientSecret, String username) {
        return transport.sendAsync(getAccessTokenCall(grantType, clientId, clientSecret, username), jsonReader);
    }

    private Call getAccessTokenCall(String grantType, String clientId, String clientSecret,
            String username) {
        Objects.requireNonNull(grantType, "grantType");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(username, "username");
        return Call.builder("provisioningApi.getAccessToken", "POST", "apiBoxComUrl", "/oauth2/token")
            .body(Forms.builder().field("grant_type", grantType).field("client_id", clientId).field("client_secret", clientSecret).field("username", username).urlencoded())
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /oauth2/authorize} (request "Provisioning API/Request a New Access Token from User").
     *
     * @param params the request's parameters
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getAccessToken(GetAccessTokenParams params) {
        return transport.send(getAccessTokenCall(params), jsonReader);
    }

    /**
     * Like {@link #getAccessToken(ProvisioningApiApi.GetAccessTokenParams)}, without blocking.
     *
     * @param params the request's parameters
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getAccessTokenAsync(GetAccessTokenParams params) {
        return transport.sendAsync(getAccessTokenCall(params), jsonReader);
    }

    private Call getAccessTokenCall(GetAccessTokenParams params) {
        Objects.requireNonNull(params, "params");
        return Call.builder("provisioningApi.getAccessToken", "GET", "apiBoxComUrl", "/oauth2/authorize")
            .query("response_type", params.responseType())
            .query("client_id", params.clientId())
            .query("state", params.state())
            .query("scope", params.scope())
            .query("folder_id", params.folderId())
            .query("redirect_uri", params.redirectUri())
            .body(Forms.builder().field("token", params.token()).field("client_id", params.clientId2()).field("client_secret", params.clientSecret()).multipart())
            .build();
    }

    /**
     * The parameters of {@code getAccessToken}.
     *
     * @param responseType the query parameter {@code response_type}
     * @param clientId the query parameter {@code client_id}
     * @param state the query parameter {@code state}
     * @param scope the query parameter {@code scope}
     * @param folderId the query parameter {@code folder_id}
     * @param redirectUri the query parameter {@code redirect_uri}
     * @param token the form parameter {@code token}
     * @param clientId2 the form parameter {@code client_id}
     * @param clientSecret the form parameter {@code client_secret}
     */
    public record GetAccessTokenParams(String responseType, String clientId, String state,
            String scope, String folderId, String redirectUri, String token, String clientId2,
            String clientSecret) {
        /**
         * A builder with no parameter set.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Builds a {@link GetAccessTokenParams}; {@link #build()} names every required parameter that is missing.
         */
        public static final class Builder {
            private String responseType;

            private String clientId;

            private String state;

            private String scope;

            private String folderId;

            private String redirectUri;

            private String token;

            private String clientId2;

            private String clientSecret;

            private Builder() {
            }

            /**
             * the query parameter {@code response_type}
             *
             * @param responseType the value, or null to leave it out
             * @return this builder
             */
            public Builder responseType(String responseType) {
                this.responseType = responseType;
                return this;
            }

            /**
             * the query parameter {@code client_id}
             *
             * @param clientId the value, or null to leave it out
             * @return this builder
             */
            public Builder clientId(String clientId) {
                this.clientId = clientId;
                return this;
            }

            /**
             * the query parameter {@code state}
             *
             * @param state the value, or null to leave it out
             * @return this builder
             */
            public Builder state(String state) {
                this.state = state;
                return this;
            }

            /**
             * the query parameter {@code scope}
             *
             * @param scope the value, or null to leave it out
             * @return this builder
             */
            public Builder scope(String scope) {
                this.scope = scope;
                return this;
            }

            /**
             * the query parameter {@code folder_id}
             *
             * @param folderId the value, or null to leave it out
             * @return this builder
             */
            public Builder folderId(String folderId) {
                this.folderId = folderId;
                return this;
            }

            /**
             * the query parameter {@code redirect_uri}
             *
             * @param redirectUri the value, or null to leave it out
             * @return this builder
             */
            public Builder redirectUri(String redirectUri) {
                this.redirectUri = redirectUri;
                return this;
            }

            /**
             * the form parameter {@code token}
             *
             * @param token the value, or null to leave it out
             * @return this builder
             */
            public Builder token(String token) {
                this.token = token;
                return this;
            }

            /**
             * the form parameter {@code client_id}
             *
             * @param clientId2 the value, or null to leave it out
             * @return this builder
             */
            public Builder clientId2(String clientId2) {
                this.clientId2 = clientId2;
                return this;
            }

            /**
             * the form parameter {@code client_secret}
             *
             * @param clientSecret the value, or null to leave it out
             * @return this builder
             */
            public Builder clientSecret(String clientSecret) {
                this.clientSecret = clientSecret;
                return this;
            }

            /**
             * The parameters as set.
             *
             * @return the parameters
             * @throws IllegalStateException naming every required parameter that is not set
             */
            public GetAccessTokenParams build() {
                List<String> missing = new ArrayList<>();
                if (responseType == null) {
                    missing.add("responseType");
                }
                if (clientId == null) {
                    missing.add("clientId");
                }
                if (state == null) {
                    missing.add("state");
                }
                if (scope == null) {
                    missing.add("scope");
                }
                if (folderId == null) {
                    missing.add("folderId");
                }
                if (redirectUri == null) {
                    missing.add("redirectUri");
                }
                if (token == null) {
                    missing.add("token");
                }
                if (clientId2 == null) {
                    missing.add("clientId2");
                }
                if (clientSecret == null) {
                    missing.add("clientSecret");
                }
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("GetAccessTokenParams is missing required parameters: " + missing);
                }
                return new GetAccessTokenParams(responseType, clientId, state, scope, folderId, redirectUri, token, clientId2, clientSecret);
            }
        }
    }
}
