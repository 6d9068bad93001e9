package dev.pendokit.postmanecho.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.postmanecho.PostmanEchoException;
import dev.pendokit.postmanecho.runtime.Call;
import dev.pendokit.postmanecho.runtime.Readers;
import dev.pendokit.postmanecho.runtime.ResponseReader;
import dev.pendokit.postmanecho.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Auth: Digest".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class AuthDigestApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code authDigest()} accessor.
     *
     * @param transport sends the calls
     */
    public AuthDigestApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Performing a simple {@code GET} request to this endpoint returns status code {@code 401 Unauthorized} with {@code WWW-Authenticate} header containing information to successfully authenticate subsequent requests. The {@code WWW-Authenticate} header must be processed to extract {@code realm} and {@code nonce} values to hash subsequent requests.
     *
     * <p>When this request is executed within Postman, the script attached with this request does the hard work of extracting realm and nonce from the header and set it as [global variables](https://www.getpostman.com/docs/environments#global-variables?source=echo-collection-app-onboarding) named {@code echo_digest_nonce} and {@code echo_digest_realm}. These variables are re-used in subsequent request for seamless integration of the two requests.
     *
     * <p>{@code GET /digest-auth} (request "Auth: Digest/DigestAuth Request").
     *
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode get() {
        return transport.send(getCall(), jsonReader);
    }

    /**
     * Like {@link #get()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getAsync() {
        return transport.sendAsync(getCall(), jsonReader);
    }

    private Call getCall() {
        return Call.builder("authDigest.get", "GET", "baseUrl", "/digest-auth")
            .build();
    }
}
