package dev.pendokit.boxcontent.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.boxcontent.BoxContentException;
import dev.pendokit.boxcontent.runtime.Call;
import dev.pendokit.boxcontent.runtime.Readers;
import dev.pendokit.boxcontent.runtime.ResponseReader;
import dev.pendokit.boxcontent.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Shared Items".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class SharedItemsApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code sharedItems()} accessor.
     *
     * @param transport sends the calls
     */
    public SharedItemsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/shared_items} (request "Shared Items/Get a Shared Item").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode get(String authorization) {
        return transport.send(getCall(authorization), jsonReader);
    }

    /**
     * Like {@link #get(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getAsync(String authorization) {
        return transport.sendAsync(getCall(authorization), jsonReader);
    }

    private Call getCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("sharedItems.get", "GET", "apiBoxComUrl", "/2.0/shared_items")
            .header("Authorization", authorization)
            .header("BoxApi", "shared_link=https://box.com/s/5szm1glgq1foiai1kjqz")
            .build();
    }
}
