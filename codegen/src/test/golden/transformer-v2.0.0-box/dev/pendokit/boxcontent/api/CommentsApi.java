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
 * The requests of the collection's folder "Comments".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class CommentsApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code comments()} accessor.
     *
     * @param transport sends the calls
     */
    public CommentsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/comments/12772127} (request "Comments/Get Information About a Comment").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getInformation(String authorization) {
        return transport.send(getInformationCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getInformation(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getInformationAsync(String authorization) {
        return transport.sendAsync(getInformationCall(authorization), jsonReader);
    }

    private Call getInformationCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("comments.getInformation", "GET", "apiBoxComUrl", "/2.0/comments/12772127")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * {@code POST /2.0/comments}: the collection has 2 examples of this call, which differ in their bodies:
     * <ul>
     *   <li>Add a Comment to a File (request "Comments/Add a Comment to a File")</li>
     *   <li>Add an '&#64;' Comment to a File (request "Comments/Add an '&#64;' Comment to a File")</li>
     * </ul>
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode send(String authorization, JsonNode body) {
        return transport.send(sendCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #send(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> sendAsync(String authorization, JsonNode body) {
        return transport.sendAsync(sendCall(authorization, body), jsonReader);
    }

    private Call sendCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("comments.send", "POST", "apiBoxComUrl", "/2.0/comments")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/comments/15322686/comments} (request "Comments/Add an Reply Comment to a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode addReply(String authorization, JsonNode body) {
        return transport.send(addReplyCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #addReply(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> addReplyAsync(String authorization, JsonNode body) {
        return transport.sendAsync(addReplyCall(authorization, body), jsonReader);
    }

    private Call addReplyCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("comments.addReply", "POST", "apiBoxComUrl", "/2.0/comments/15322686/comments")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/comments/12772103} (request "Comments/Change a Comment's Message").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode updateMessage(String authorization, JsonNode body) {
        return transport.send(updateMessageCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateMessage(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateMessageAsync(String authorization, JsonNode body) {
        return transport.sendAsync(updateMessageCall(authorization, body), jsonReader);
    }

    private Call updateMessageCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("comments.updateMessage", "PUT", "apiBoxComUrl", "/2.0/comments/12772103")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/comments/12772103} (request "Comments/Delete a Comment").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode delete(String authorization) {
        return transport.send(deleteCall(authorization), jsonReader);
    }

    /**
     * Like {@link #delete(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deleteAsync(String authorization) {
        return transport.sendAsync(deleteCall(authorization), jsonReader);
    }

    private Call deleteCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("comments.delete", "DELETE", "apiBoxComUrl", "/2.0/comments/12772103")
            .header("Authorization", authorization)
            .build();
    }
}
