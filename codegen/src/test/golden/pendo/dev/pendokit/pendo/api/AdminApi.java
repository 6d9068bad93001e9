package dev.pendokit.pendo.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.PendoForbiddenException;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Admin".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class AdminApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code admin()} accessor.
     *
     * @param transport sends the calls
     */
    public AdminApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * The verify endpoint allows you to check the validity of an integration key and whether that key has write access. No body is required as the system evaluates the key used in the x-pendo-integration-key header.
     *
     * <p>{@code GET /api/v1/token/verify} (request "Admin/Verify integration key").
     *
     * @return the answer (200: Response is sent as body)
     * @throws PendoForbiddenException 403: Key is invalid.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode verifyIntegrationKey() {
        return transport.send(verifyIntegrationKeyCall(), jsonReader);
    }

    /**
     * Like {@link #verifyIntegrationKey()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> verifyIntegrationKeyAsync() {
        return transport.sendAsync(verifyIntegrationKeyCall(), jsonReader);
    }

    private Call verifyIntegrationKeyCall() {
        return Call.builder("admin.verifyIntegrationKey", "GET", "baseUrl", "/api/v1/token/verify")
            .reason(403, "Key is invalid.")
            .build();
    }
}
