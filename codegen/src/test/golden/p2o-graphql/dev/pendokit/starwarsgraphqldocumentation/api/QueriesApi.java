package dev.pendokit.starwarsgraphqldocumentation.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.starwarsgraphqldocumentation.StarWarsGraphQlDocumentationException;
import dev.pendokit.starwarsgraphqldocumentation.runtime.Call;
import dev.pendokit.starwarsgraphqldocumentation.runtime.Readers;
import dev.pendokit.starwarsgraphqldocumentation.runtime.ResponseReader;
import dev.pendokit.starwarsgraphqldocumentation.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "queries".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class QueriesApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code queries()} accessor.
     *
     * @param transport sends the calls
     */
    public QueriesApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * {@code POST /}: the collection has 5 examples of this call, which differ in their bodies:
     * <ul>
     *   <li>hero (request "queries/hero")</li>
     *   <li>human (request "queries/human")</li>
     *   <li>humans (request "queries/humans")</li>
     *   <li>droid (request "queries/droid")</li>
     *   <li>droids (request "queries/droids")</li>
     * </ul>
     *
     * @param body the request body
     * @return the answer
     * @throws StarWarsGraphQlDocumentationException for every other failed call, with its status, reason and body
     */
    public JsonNode send(String body) {
        return transport.send(sendCall(body), jsonReader);
    }

    /**
     * Like {@link #send(String)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> sendAsync(String body) {
        return transport.sendAsync(sendCall(body), jsonReader);
    }

    private Call sendCall(String body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("queries.send", "POST", "url", "/")
            .body(transport.json(body), "application/json")
            .build();
    }
}
