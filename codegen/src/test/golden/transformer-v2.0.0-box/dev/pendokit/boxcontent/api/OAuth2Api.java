package dev.pendokit.boxcontent.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.boxcontent.BoxContentException;
import dev.pendokit.boxcontent.runtime.Call;
import dev.pendokit.boxcontent.runtime.Forms;
import dev.pendokit.boxcontent.runtime.Readers;
import dev.pendokit.boxcontent.runtime.ResponseReader;
import dev.pendokit.boxcontent.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "oAuth 2".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class OAuth2Api {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code oAuth2()} accessor.
     */
    public OAuth2Api(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Description
     *
     * <p>{@code GET /oauth2/authorize} (request "oAuth 2/Request Authorization").
     *
     * @param responseType the query parameter {@code response_type}
     * @param clientId the query parameter {@code client_id}
     * @param state the query parameter {@code state}
     * @param redirectUri the query parameter {@code redirect_uri}
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode requestAuthorization(String responseType, String clientId, String state,
            String redirectUri) {
        return transport.send(requestAuthorizationCall(responseType, clientId, state, redirectUri), jsonReader);
    }

    /**
     * Like {@link #requestAuthorization}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> requestAuthorizationAsync(String responseType,
            String clientId, String state, String redirectUri) {
        return transport.sendAsync(requestAuthorizationCall(responseType, clientId, state, redirectUri), jsonReader);
    }

    private Call requestAuthorizationCall(String responseType, String clientId, String state,
            String redirectUri) {
        Objects.requireNonNull(responseType, "responseType");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(redirectUri, "redirectUri");
        return Call.builder("oAuth2.requestAuthorization", "GET", "apiBoxComUrl", "/oauth2/authorize")
            .query("response_type", responseType)
            .query("client_id", clientId)
            .query("state", state)
            .query("redirect_uri", redirectUri)
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /oauth2/token} (request "oAuth 2/Get Access &amp; Refresh Token").
     *
     * @param grantType the form parameter {@code grant_type}
     * @param code the form parameter {@code code}
     * @param clientId the form parameter {@code client_id}
     * @param clientSecret the form parameter {@code client_secret}
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getAccessRefreshToken(String grantType, String code, String clientId,
            String clientSecret) {
        return transport.send(getAccessRefreshTokenCall(grantType, code, clientId, clientSecret), jsonReader);
    }

    /**
     * Like {@link #getAccessRefreshToken}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getAccessRefreshTokenAsync(String grantType, String code,
            String clientId, String clientSecret) {
        return transport.sendAsync(getAccessRefreshTokenCall(grantType, code, clientId, clientSecret), jsonReader);
    }

    private Call getAccessRefreshTokenCall(String grantType, String code, String clientId,
            String clientSecret) {
        Objects.requireNonNull(grantType, "grantType");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        return Call.builder("oAuth2.getAccessRefreshToken", "POST", "apiBoxComUrl", "/oauth2/token")
            .body(Forms.builder().field("grant_type", grantType).field("code", code).field("client_id", clientId).field("client_secret", clientSecret).multipart())
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /oauth2/token} (request "oAuth 2/Refresh an Access Token").
     *
     * @param grantType the form parameter {@code grant_type}
     * @param refreshToken the form parameter {@code refresh_token}
     * @param clientId the form parameter {@code client_id}
     * @param clientSecret the form parameter {@code client_secret}
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode refreshAnAccessToken(String grantType, String refreshToken, String clientId,
            String clientSecret) {
        return transport.send(refreshAnAccessTokenCall(grantType, refreshToken, clientId, clientSecret), jsonReader);
    }

    /**
     * Like {@link #refreshAnAccessToken}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> refreshAnAccessTokenAsync(String grantType,
            String refreshToken, String clientId, String clientSecret) {
        return transport.sendAsync(refreshAnAccessTokenCall(grantType, refreshToken, clientId, clientSecret), jsonReader);
    }

    private Call refreshAnAccessTokenCall(String grantType, String refreshToken, String clientId,
            String clientSecret) {
        Objects.requireNonNull(grantType, "grantType");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        return Call.builder("oAuth2.refreshAnAccessToken", "POST", "apiBoxComUrl", "/oauth2/token")
            .body(Forms.builder().field("grant_type", grantType).field("refresh_token", refreshToken).field("client_id", clientId).field("client_secret", clientSecret).multipart())
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /oauth2/revoke} (request "oAuth 2/Destroy a Token").
     *
     * @param token the form parameter {@code token}
     * @param clientId the form parameter {@code client_id}
     * @param clientSecret the form parameter {@code client_secret}
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode destroyAToken(String token, String clientId, String clientSecret) {
        return transport.send(destroyATokenCall(token, clientId, clientSecret), jsonReader);
    }

    /**
     * Like {@link #destroyAToken}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> destroyATokenAsync(String token, String clientId,
            String clientSecret) {
        return transport.sendAsync(destroyATokenCall(token, clientId, clientSecret), jsonReader);
    }

    private Call destroyATokenCall(String token, String clientId, String clientSecret) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        return Call.builder("oAuth2.destroyAToken", "POST", "apiBoxComUrl", "/oauth2/revoke")
            .body(Forms.builder().field("token", token).field("client_id", clientId).field("client_secret", clientSecret).multipart())
            .accept("application/json")
            .build();
    }
}
