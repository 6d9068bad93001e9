package dev.pendokit.postmanecho.api;

import dev.pendokit.postmanecho.PostmanEchoException;
import dev.pendokit.postmanecho.PostmanEchoUnauthorizedException;
import dev.pendokit.postmanecho.model.BasicAuthResponse;
import dev.pendokit.postmanecho.model.DigestAuthSuccessResponse;
import dev.pendokit.postmanecho.model.HawkAuthResponse;
import dev.pendokit.postmanecho.model.OAuth10VerifySignatureResponse;
import dev.pendokit.postmanecho.runtime.Authentication;
import dev.pendokit.postmanecho.runtime.Call;
import dev.pendokit.postmanecho.runtime.Readers;
import dev.pendokit.postmanecho.runtime.ResponseReader;
import dev.pendokit.postmanecho.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Authentication Methods".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class AuthenticationMethodsApi {
    private final Transport transport;

    private final ResponseReader<BasicAuthResponse> basicAuthResponseReader;

    private final ResponseReader<DigestAuthSuccessResponse> digestAuthSuccessResponseReader;

    private final ResponseReader<HawkAuthResponse> hawkAuthResponseReader;

    private final ResponseReader<OAuth10VerifySignatureResponse> oAuth10VerifySignatureResponseReader;

    /**
     * Made by the client; use its {@code authenticationMethods()} accessor.
     *
     * @param transport sends the calls
     */
    public AuthenticationMethodsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.basicAuthResponseReader = Readers.json(transport.mapper(), BasicAuthResponse.class);
        this.digestAuthSuccessResponseReader = Readers.json(transport.mapper(), DigestAuthSuccessResponse.class);
        this.hawkAuthResponseReader = Readers.json(transport.mapper(), HawkAuthResponse.class);
        this.oAuth10VerifySignatureResponseReader = Readers.json(transport.mapper(), OAuth10VerifySignatureResponse.class);
    }

    /**
     * This endpoint simulates a <b>basic-auth</b> protected endpoint. The endpoint accepts a default username and password and returns a status code of {@code 200 ok} only if the same is provided. Otherwise it will return a status code {@code 401 unauthorized}.
     *
     * <p>&gt; Username: {@code postman} &gt; &gt; Password: {@code password}
     *
     * <p>To use this endpoint, send a request with the header {@code Authorization: Basic cG9zdG1hbjpwYXNzd29yZA==}. The cryptic latter half of the header value is a base64 encoded concatenation of the default username and password. Using Postman, to send this request, you can simply fill in the username and password in the "Authorization" tab and Postman will do the rest for you.
     *
     * <p>To know more about basic authentication, refer to the [Basic Access Authentication](https://en.wikipedia.org/wiki/Basic_access_authentication) wikipedia article. The article on [authentication helpers](https://www.getpostman.com/docs/helpers#basic-auth?source=echo-collection-app-onboarding) elaborates how to use the same within the Postman app.
     *
     * <p>{@code GET /basic-auth} (request "Authentication Methods/Basic Auth").
     *
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public BasicAuthResponse getBasicAuth() {
        return transport.send(getBasicAuthCall(), basicAuthResponseReader);
    }

    /**
     * Like {@link #getBasicAuth()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<BasicAuthResponse> getBasicAuthAsync() {
        return transport.sendAsync(getBasicAuthCall(), basicAuthResponseReader);
    }

    private Call getBasicAuthCall() {
        return Call.builder("authenticationMethods.getBasicAuth", "GET", "baseUrl", "/basic-auth")
            .authentication(Authentication.basic("username", "password"))
            .build();
    }

    /**
     * This endpoint sends a hashed Digest Authorization header to gain access to a valid {@code 200 Ok} response code. In Postman, it uses the stored [global variables](https://www.getpostman.com/docs/environments#gloval-variables?source=echo-collection-app-onboarding), {@code echo_digest_realm} and {@code echo_digest_nonce}, to generate the hashed authorisation header.
     *
     * <p>Within Postman, for this request to successfully authenticate, running the previous request "DigestAuth Request" stores the relevant information within the global variables.
     *
     * <p>{@code GET /digest-auth} (request "Authentication Methods/DigestAuth Success").
     *
     * @param authorization the header parameter {@code Authorization}
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public DigestAuthSuccessResponse getDigestAuthSuccess(String authorization) {
        return transport.send(getDigestAuthSuccessCall(authorization), digestAuthSuccessResponseReader);
    }

    /**
     * Like {@link #getDigestAuthSuccess(String)}, without blocking.
     *
     * @param authorization the header parameter {@code Authorization}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<DigestAuthSuccessResponse> getDigestAuthSuccessAsync(
            String authorization) {
        return transport.sendAsync(getDigestAuthSuccessCall(authorization), digestAuthSuccessResponseReader);
    }

    private Call getDigestAuthSuccessCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("authenticationMethods.getDigestAuthSuccess", "GET", "baseUrl", "/digest-auth")
            .header("Authorization", authorization)
            .authentication(Authentication.NONE)
            .build();
    }

    /**
     * This endpoint is a Hawk Authentication protected endpoint. [Hawk authentication](https://github.com/hueniverse/hawk) is a widely used protocol for protecting API endpoints. One of Hawk's main goals is to enable HTTP authentication for services that do not use TLS (although it can be used in conjunction with TLS as well).
     *
     * <p>In order to use this endpoint, select the "Hawk Auth" helper inside Postman, and set the following values:
     *
     * <p>Hawk Auth ID: {@code dh37fgj492je}
     *
     * <p>Hawk Auth Key: {@code werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn}
     *
     * <p>Algorithm: {@code sha256}
     *
     * <p>The rest of the values are optional, and can be left blank. Hitting send should give you a response with a status code of 200 OK.
     *
     * <p>{@code GET /auth/hawk} (request "Authentication Methods/Hawk Auth").
     *
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public HawkAuthResponse getHawkAuth() {
        return transport.send(getHawkAuthCall(), hawkAuthResponseReader);
    }

    /**
     * Like {@link #getHawkAuth()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<HawkAuthResponse> getHawkAuthAsync() {
        return transport.sendAsync(getHawkAuthCall(), hawkAuthResponseReader);
    }

    private Call getHawkAuthCall() {
        return Call.builder("authenticationMethods.getHawkAuth", "GET", "baseUrl", "/auth/hawk")
            .authentication(Authentication.NONE)
            .build();
    }

    /**
     * OAuth1.0a is a specification that defines a protocol that can be used by one service to access "protected" resources (endpoints) on another service. A major part of OAuth1.0 is HTTP Request Signing. This endpoint allows you to check whether the request calculation works properly in the client.
     *
     * <p>The endpoint supports the HTTP `{@code Authorization}` header. In case the signature verification fails, the endpoint provides the four debug values,
     *
     * <p>* `{@code base_uri}{@code  * }{@code normalized_param_string}{@code  * }{@code base_string}{@code  * }{@code signing_key}`
     *
     * <p>For more details about these parameters, check the [OAuth1.0a Specification](http://oauth.net/core/1.0a/)
     *
     * <p>In order to use this endpoint, you can set the following values:
     *
     * <p>&gt; Consumer Key: `{@code RKCGzna7bv9YD57c}{@code  &gt; &gt; Consumer Secret: }{@code D+EdQ-gs$-%&#64;2Nu7}`
     *
     * <p>If you are using Postman, also check the "Add params to header" and "Auto add parameters" boxes.
     *
     * <p>{@code GET /oauth1} (request "Authentication Methods/OAuth1.0 (verify signature)").
     *
     * @return the answer (200: OK)
     * @throws PostmanEchoUnauthorizedException 401: Unauthorized
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public OAuth10VerifySignatureResponse getOAuth10() {
        return transport.send(getOAuth10Call(), oAuth10VerifySignatureResponseReader);
    }

    /**
     * Like {@link #getOAuth10()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<OAuth10VerifySignatureResponse> getOAuth10Async() {
        return transport.sendAsync(getOAuth10Call(), oAuth10VerifySignatureResponseReader);
    }

    private Call getOAuth10Call() {
        return Call.builder("authenticationMethods.getOAuth10", "GET", "baseUrl", "/oauth1")
            .authentication(Authentication.NONE)
            .build();
    }
}
