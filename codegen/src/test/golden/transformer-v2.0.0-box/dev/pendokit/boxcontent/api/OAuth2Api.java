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
     *
     * @param transport sends the calls
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
    public JsonNode getAuthorization(String responseType, String clientId, String state,
            String redirectUri) {
        return transport.send(getAuthorizationCall(responseType, clientId, state, redirectUri), jsonReader);
    }

    /**
     * Like {@link #getAuthorization(String, String, String, String)}, without blocking.
     *
     * @param responseType the query parameter {@code response_type}
     * @param clientId the query parameter {@code client_id}
     * @param state the query parameter {@code state}
     * @param redirectUri the query parameter {@code redirect_uri}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getAuthorizationAsync(String responseType, String clientId,
            String state, String redirectUri) {
        return transport.sendAsync(getAuthorizationCall(responseType, clientId, state, redirectUri), jsonReader);
    }

    private Call getAuthorizationCall(String responseType, String clientId, String state,
            String redirectUri) {
        Objects.requireNonNull(responseType, "responseType");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(redirectUri, "redirectUri");
        return Call.builder("oAuth2.getAuthorization", "GET", "apiBoxComUrl", "/oauth2/authorize")
            .query("response_type", responseType)
            .query("client_id", clientId)
            .query("state", state)
            .query("redirect_uri", redirectUri)
            .build();
    }

    /**
     * {@code POST /oauth2/token}: the collection has 2 examples of this call, which differ in their bodies:
     * <ul>
     *   <li>Get Access &amp; Refresh Token (request "oAuth 2/Get Access &amp; Refresh Token")</li>
     *   <li>Refresh an Access Token (request "oAuth 2/Refresh an Access Token")</li>
     * </ul>
     *
     * @param grantType the form parameter {@code grant_type}
     * @param code the form parameter {@code code}
     * @param clientId the form parameter {@code client_id}
     * @param clientSecret the form parameter {@code client_secret}
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode sendToken(String grantType, String code, String clientId, String clientSecret) {
        return transport.send(sendTokenCall(grantType, code, clientId, clientSecret), jsonReader);
    }

    /**
     * Like {@link #sendToken(String, String, String, String)}, without blocking.
     *
     * @param grantType the form parameter {@code grant_type}
     * @param code the form parameter {@code code}
     * @param clientId the form parameter {@code client_id}
     * @param clientSecret the form parameter {@code client_secret}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> sendTokenAsync(String grantType, String code,
            String clientId, String clientSecret) {
        return transport.sendAsync(sendTokenCall(grantType, code, clientId, clientSecret), jsonReader);
    }

    private Call sendTokenCall(String grantType, String code, String clientId,
            String clientSecret) {
        Objects.requireNonNull(grantType, "grantType");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        return Call.builder("oAuth2.sendToken", "POST", "apiBoxComUrl", "/oauth2/token")
            .body(Forms.builder().field("grant_type", grantType).field("code", code).field("client_id", clientId).field("client_secret", clientSecret).multipart())
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
    public JsonNode sendDestroyToken(String token, String clientId, String clientSecret) {
        return transport.send(sendDestroyTokenCall(token, clientId, clientSecret), jsonReader);
    }

    /**
     * Like {@link #sendDestroyToken(String, String, String)}, without blocking.
     *
     * @param token the form parameter {@code token}
     * @param clientId the form parameter {@code client_id}
     * @param clientSecret the form parameter {@code client_secret}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> sendDestroyTokenAsync(String token, String clientId,
            String clientSecret) {
        return transport.sendAsync(sendDestroyTokenCall(token, clientId, clientSecret), jsonReader);
    }

    private Call sendDestroyTokenCall(String token, String clientId, String clientSecret) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        return Call.builder("oAuth2.sendDestroyToken", "POST", "apiBoxComUrl", "/oauth2/revoke")
            .body(Forms.builder().field("token", token).field("client_id", clientId).field("client_secret", clientSecret).multipart())
            .build();
    }
}
