package dev.pendokit.pendo.api;

import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.PendoNotFoundException;
import dev.pendokit.pendo.model.Account;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Account".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class AccountsApi {
    private final Transport transport;

    private final ResponseReader<Account> accountReader;

    /**
     * Made by the client; use its {@code accounts()} accessor.
     *
     * @param transport sends the calls
     */
    public AccountsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.accountReader = Readers.json(transport.mapper(), Account.class);
    }

    /**
     * Gets an account object using an Account ID.
     *
     * <p>{@code GET /api/v1/account/:accountId} (request "Account/Get Account by ID").
     *
     * @param accountId Account ID (path parameter {@code accountId})
     * @return the answer (200: Response is sent as body)
     * @throws PendoNotFoundException 404: Error while getting account, no such entity found
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public Account get(String accountId) {
        return transport.send(getCall(accountId), accountReader);
    }

    /**
     * Like {@link #get(String)}, without blocking.
     *
     * @param accountId Account ID (path parameter {@code accountId})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<Account> getAsync(String accountId) {
        return transport.sendAsync(getCall(accountId), accountReader);
    }

    private Call getCall(String accountId) {
        Objects.requireNonNull(accountId, "accountId");
        return Call.builder("accounts.get", "GET", "baseUrl", "/api/v1/account/{accountId}")
            .pathParam("accountId", accountId)
            .reason(404, "Error while getting account, no such entity found")
            .build();
    }

    /**
     * You may also retrieve account information by using a base64-encoded Account ID.
     *
     * <p>{@code GET /api/v1/account/:b64_id} (request "Account/Get Account by base64 encoded ID").
     *
     * @param b64Id base64 encoded Account ID (path parameter {@code b64_id})
     * @return the answer (200: Response is sent as body)
     * @throws PendoNotFoundException 404: Error while getting visitor, no such entity found
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public Account getByBase64Id(String b64Id) {
        return transport.send(getByBase64IdCall(b64Id), accountReader);
    }

    /**
     * Like {@link #getByBase64Id(String)}, without blocking.
     *
     * @param b64Id base64 encoded Account ID (path parameter {@code b64_id})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<Account> getByBase64IdAsync(String b64Id) {
        return transport.sendAsync(getByBase64IdCall(b64Id), accountReader);
    }

    private Call getByBase64IdCall(String b64Id) {
        Objects.requireNonNull(b64Id, "b64Id");
        return Call.builder("accounts.getByBase64Id", "GET", "baseUrl", "/api/v1/account/{b64_id}")
            .pathParam("b64_id", b64Id)
            .header("x-pendo-base64-encoded-params", "true")
            .reason(404, "Error while getting visitor, no such entity found")
            .build();
    }
}
