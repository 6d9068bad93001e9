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
    public JsonNode getInformationAboutAComment(String authorization) {
        return transport.send(getInformationAboutACommentCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getInformationAboutAComment}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getInformationAboutACommentAsync(String authorization) {
        return transport.sendAsync(getInformationAboutACommentCall(authorization), jsonReader);
    }

    private Call getInformationAboutACommentCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("comments.getInformationAboutAComment", "GET", "apiBoxComUrl", "/2.0/comments/12772127")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/comments} (request "Comments/Add a Comment to a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode addACommentToAFile(String authorization, JsonNode body) {
        return transport.send(addACommentToAFileCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #addACommentToAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> addACommentToAFileAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(addACommentToAFileCall(authorization, body), jsonReader);
    }

    private Call addACommentToAFileCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("comments.addACommentToAFile", "POST", "apiBoxComUrl", "/2.0/comments")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/comments} (request "Comments/Add an '&#64;' Comment to a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode addAnCommentToAFile(String authorization, JsonNode body) {
        return transport.send(addAnCommentToAFileCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #addAnCommentToAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> addAnCommentToAFileAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(addAnCommentToAFileCall(authorization, body), jsonReader);
    }

    private Call addAnCommentToAFileCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("comments.addAnCommentToAFile", "POST", "apiBoxComUrl", "/2.0/comments")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode addAnReplyCommentToAFile(String authorization, JsonNode body) {
        return transport.send(addAnReplyCommentToAFileCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #addAnReplyCommentToAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> addAnReplyCommentToAFileAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(addAnReplyCommentToAFileCall(authorization, body), jsonReader);
    }

    private Call addAnReplyCommentToAFileCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("comments.addAnReplyCommentToAFile", "POST", "apiBoxComUrl", "/2.0/comments/15322686/comments")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode changeACommentsMessage(String authorization, JsonNode body) {
        return transport.send(changeACommentsMessageCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #changeACommentsMessage}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> changeACommentsMessageAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(changeACommentsMessageCall(authorization, body), jsonReader);
    }

    private Call changeACommentsMessageCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("comments.changeACommentsMessage", "PUT", "apiBoxComUrl", "/2.0/comments/12772103")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode deleteAComment(String authorization) {
        return transport.send(deleteACommentCall(authorization), jsonReader);
    }

    /**
     * Like {@link #deleteAComment}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> deleteACommentAsync(String authorization) {
        return transport.sendAsync(deleteACommentCall(authorization), jsonReader);
    }

    private Call deleteACommentCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("comments.deleteAComment", "DELETE", "apiBoxComUrl", "/2.0/comments/12772103")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }
}
