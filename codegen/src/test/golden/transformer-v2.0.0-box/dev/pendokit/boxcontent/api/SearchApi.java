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
 * The requests of the collection's folder "Search".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class SearchApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code search()} accessor.
     *
     * @param transport sends the calls
     */
    public SearchApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/search} (request "Search/Search a User's Account").
     *
     * @param query the query parameter {@code query}
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode searchUsersAccount(String query, String authorization) {
        return transport.send(searchUsersAccountCall(query, authorization), jsonReader);
    }

    /**
     * Like {@link #searchUsersAccount(String, String)}, without blocking.
     *
     * @param query the query parameter {@code query}
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> searchUsersAccountAsync(String query, String authorization) {
        return transport.sendAsync(searchUsersAccountCall(query, authorization), jsonReader);
    }

    private Call searchUsersAccountCall(String query, String authorization) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("search.searchUsersAccount", "GET", "apiBoxComUrl", "/2.0/search")
            .query("query", query)
            .header("Authorization", authorization)
            .build();
    }
}
