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
 * The requests of the collection's folder "Folders".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class FoldersApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code folders()} accessor.
     *
     * @param transport sends the calls
     */
    public FoldersApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/folders/103404330} (request "Folders/Get Information about a Folder").
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
        return Call.builder("folders.getInformation", "GET", "apiBoxComUrl", "/2.0/folders/103404330")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/folders/103404330/items} (request "Folders/Retrieve a Folder's Items").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getItems(String authorization) {
        return transport.send(getItemsCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getItems(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getItemsAsync(String authorization) {
        return transport.sendAsync(getItemsCall(authorization), jsonReader);
    }

    private Call getItemsCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("folders.getItems", "GET", "apiBoxComUrl", "/2.0/folders/103404330/items")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/folders/1139054013/collaborations} (request "Folders/View a Folder's Collaborations").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getCollaborations(String authorization) {
        return transport.send(getCollaborationsCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getCollaborations(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getCollaborationsAsync(String authorization) {
        return transport.sendAsync(getCollaborationsCall(authorization), jsonReader);
    }

    private Call getCollaborationsCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("folders.getCollaborations", "GET", "apiBoxComUrl", "/2.0/folders/1139054013/collaborations")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/folders/628210759/trash} (request "Folders/Get a Trashed Folder").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getTrashed(String authorization) {
        return transport.send(getTrashedCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getTrashed(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getTrashedAsync(String authorization) {
        return transport.sendAsync(getTrashedCall(authorization), jsonReader);
    }

    private Call getTrashedCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("folders.getTrashed", "GET", "apiBoxComUrl", "/2.0/folders/628210759/trash")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/folders/trash/items} (request "Folders/Get the Items in the Trash").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getItemsInTrash(String authorization) {
        return transport.send(getItemsInTrashCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getItemsInTrash(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getItemsInTrashAsync(String authorization) {
        return transport.sendAsync(getItemsInTrashCall(authorization), jsonReader);
    }

    private Call getItemsInTrashCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("folders.getItemsInTrash", "GET", "apiBoxComUrl", "/2.0/folders/trash/items")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/folders/103404330/copy} (request "Folders/Copy a Folder").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode copy(String authorization, JsonNode body) {
        return transport.send(copyCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #copy(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> copyAsync(String authorization, JsonNode body) {
        return transport.sendAsync(copyCall(authorization, body), jsonReader);
    }

    private Call copyCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("folders.copy", "POST", "apiBoxComUrl", "/2.0/folders/103404330/copy")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/folders} (request "Folders/Create a Folder").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode create(String authorization, JsonNode body) {
        return transport.send(createCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #create(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> createAsync(String authorization, JsonNode body) {
        return transport.sendAsync(createCall(authorization, body), jsonReader);
    }

    private Call createCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("folders.create", "POST", "apiBoxComUrl", "/2.0/folders")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/folders/628210759} (request "Folders/Restore a Trashed Folder").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode restoreTrashed(String authorization, JsonNode body) {
        return transport.send(restoreTrashedCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #restoreTrashed(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> restoreTrashedAsync(String authorization, JsonNode body) {
        return transport.sendAsync(restoreTrashedCall(authorization, body), jsonReader);
    }

    private Call restoreTrashedCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("folders.restoreTrashed", "POST", "apiBoxComUrl", "/2.0/folders/628210759")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/folders/1076466685} (request "Folders/Move a Folder").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode move(String authorization, JsonNode body) {
        return transport.send(moveCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #move(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> moveAsync(String authorization, JsonNode body) {
        return transport.sendAsync(moveCall(authorization, body), jsonReader);
    }

    private Call moveCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("folders.move", "PUT", "apiBoxComUrl", "/2.0/folders/1076466685")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/folders/473153600} (request "Folders/Update Information about a Folder").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode updateInformation(String authorization, JsonNode body) {
        return transport.send(updateInformationCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateInformation(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateInformationAsync(String authorization, JsonNode body) {
        return transport.sendAsync(updateInformationCall(authorization, body), jsonReader);
    }

    private Call updateInformationCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("folders.updateInformation", "PUT", "apiBoxComUrl", "/2.0/folders/473153600")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/folders/653992945} (request "Folders/Turn on 'Email File to Folder'").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode updateTurn(String authorization, JsonNode body) {
        return transport.send(updateTurnCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateTurn(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateTurnAsync(String authorization, JsonNode body) {
        return transport.sendAsync(updateTurnCall(authorization, body), jsonReader);
    }

    private Call updateTurnCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("folders.updateTurn", "PUT", "apiBoxComUrl", "/2.0/folders/653992945")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/folders/103404330} (request "Folders/Disabled a Shared Link").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode updateDisabledSharedLink(String authorization, JsonNode body) {
        return transport.send(updateDisabledSharedLinkCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateDisabledSharedLink(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateDisabledSharedLinkAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(updateDisabledSharedLinkCall(authorization, body), jsonReader);
    }

    private Call updateDisabledSharedLinkCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("folders.updateDisabledSharedLink", "PUT", "apiBoxComUrl", "/2.0/folders/103404330")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/folders/441526399} (request "Folders/Delete a Folder").
     *
     * @param recursive the query parameter {@code recursive}
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode delete(boolean recursive, String authorization) {
        return transport.send(deleteCall(recursive, authorization), jsonReader);
    }

    /**
     * Like {@link #delete(boolean, String)}, without blocking.
     *
     * @param recursive the query parameter {@code recursive}
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deleteAsync(boolean recursive, String authorization) {
        return transport.sendAsync(deleteCall(recursive, authorization), jsonReader);
    }

    private Call deleteCall(boolean recursive, String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("folders.delete", "DELETE", "apiBoxComUrl", "/2.0/folders/441526399")
            .query("recursive", recursive)
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/folders/628210759/trash} (request "Folders/Permanently Delete a Folder").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode deletePermanently(String authorization) {
        return transport.send(deletePermanentlyCall(authorization), jsonReader);
    }

    /**
     * Like {@link #deletePermanently(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deletePermanentlyAsync(String authorization) {
        return transport.sendAsync(deletePermanentlyCall(authorization), jsonReader);
    }

    private Call deletePermanentlyCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("folders.deletePermanently", "DELETE", "apiBoxComUrl", "/2.0/folders/628210759/trash")
            .header("Authorization", authorization)
            .build();
    }
}
