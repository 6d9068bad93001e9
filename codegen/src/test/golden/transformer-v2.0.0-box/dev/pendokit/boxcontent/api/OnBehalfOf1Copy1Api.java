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
 * The requests of the collection's folder "On-Behalf-Of-1 copy-1".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class OnBehalfOf1Copy1Api {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code onBehalfOf1Copy1()} accessor.
     *
     * @param transport sends the calls
     */
    public OnBehalfOf1Copy1Api(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/folders/trash/items} (request "On-Behalf-Of-1 copy-1/Get the Items in a User's Trash").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param token the form parameter {@code token}
     * @param clientId the form parameter {@code client_id}
     * @param clientSecret the form parameter {@code client_secret}
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getItems(String authorization, String token, String clientId,
            String clientSecret) {
        return transport.send(getItemsCall(authorization, token, clientId, clientSecret), jsonReader);
    }

    /**
     * Like {@link #getItems(String, String, String, String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param token the form parameter {@code token}
     * @param clientId the form parameter {@code client_id}
     * @param clientSecret the form parameter {@code client_secret}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getItemsAsync(String authorization, String token,
            String clientId, String clientSecret) {
        return transport.sendAsync(getItemsCall(authorization, token, clientId, clientSecret), jsonReader);
    }

    private Call getItemsCall(String authorization, String token, String clientId,
            String clientSecret) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        return Call.builder("onBehalfOf1Copy1.getItems", "GET", "apiBoxComUrl", "/2.0/folders/trash/items")
            .header("Authorization", authorization)
            .header("On-Behalf-Of", "joen.doe+what@box.com")
            .body(Forms.builder().field("token", token).field("client_id", clientId).field("client_secret", clientSecret).multipart())
            .build();
    }
}
