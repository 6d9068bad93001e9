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
    public JsonNode getInformationAboutAFolder(String authorization) {
        return transport.send(getInformationAboutAFolderCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getInformationAboutAFolder}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getInformationAboutAFolderAsync(String authorization) {
        return transport.sendAsync(getInformationAboutAFolderCall(authorization), jsonReader);
    }

    private Call getInformationAboutAFolderCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("folders.getInformationAboutAFolder", "GET", "apiBoxComUrl", "/2.0/folders/103404330")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode retrieveAFoldersItems(String authorization) {
        return transport.send(retrieveAFoldersItemsCall(authorization), jsonReader);
    }

    /**
     * Like {@link #retrieveAFoldersItems}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> retrieveAFoldersItemsAsync(String authorization) {
        return transport.sendAsync(retrieveAFoldersItemsCall(authorization), jsonReader);
    }

    private Call retrieveAFoldersItemsCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("folders.retrieveAFoldersItems", "GET", "apiBoxComUrl", "/2.0/folders/103404330/items")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode viewAFoldersCollaborations(String authorization) {
        return transport.send(viewAFoldersCollaborationsCall(authorization), jsonReader);
    }

    /**
     * Like {@link #viewAFoldersCollaborations}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> viewAFoldersCollaborationsAsync(String authorization) {
        return transport.sendAsync(viewAFoldersCollaborationsCall(authorization), jsonReader);
    }

    private Call viewAFoldersCollaborationsCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("folders.viewAFoldersCollaborations", "GET", "apiBoxComUrl", "/2.0/folders/1139054013/collaborations")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode getATrashedFolder(String authorization) {
        return transport.send(getATrashedFolderCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getATrashedFolder}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getATrashedFolderAsync(String authorization) {
        return transport.sendAsync(getATrashedFolderCall(authorization), jsonReader);
    }

    private Call getATrashedFolderCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("folders.getATrashedFolder", "GET", "apiBoxComUrl", "/2.0/folders/628210759/trash")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode getTheItemsInTheTrash(String authorization) {
        return transport.send(getTheItemsInTheTrashCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getTheItemsInTheTrash}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getTheItemsInTheTrashAsync(String authorization) {
        return transport.sendAsync(getTheItemsInTheTrashCall(authorization), jsonReader);
    }

    private Call getTheItemsInTheTrashCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("folders.getTheItemsInTheTrash", "GET", "apiBoxComUrl", "/2.0/folders/trash/items")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode copyAFolder(String authorization, JsonNode body) {
        return transport.send(copyAFolderCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #copyAFolder}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> copyAFolderAsync(String authorization, JsonNode body) {
        return transport.sendAsync(copyAFolderCall(authorization, body), jsonReader);
    }

    private Call copyAFolderCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("folders.copyAFolder", "POST", "apiBoxComUrl", "/2.0/folders/103404330/copy")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode createAFolder(String authorization, JsonNode body) {
        return transport.send(createAFolderCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #createAFolder}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> createAFolderAsync(String authorization, JsonNode body) {
        return transport.sendAsync(createAFolderCall(authorization, body), jsonReader);
    }

    private Call createAFolderCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("folders.createAFolder", "POST", "apiBoxComUrl", "/2.0/folders")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode restoreATrashedFolder(String authorization, JsonNode body) {
        return transport.send(restoreATrashedFolderCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #restoreATrashedFolder}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> restoreATrashedFolderAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(restoreATrashedFolderCall(authorization, body), jsonReader);
    }

    private Call restoreATrashedFolderCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("folders.restoreATrashedFolder", "POST", "apiBoxComUrl", "/2.0/folders/628210759")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode moveAFolder(String authorization, JsonNode body) {
        return transport.send(moveAFolderCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #moveAFolder}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> moveAFolderAsync(String authorization, JsonNode body) {
        return transport.sendAsync(moveAFolderCall(authorization, body), jsonReader);
    }

    private Call moveAFolderCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("folders.moveAFolder", "PUT", "apiBoxComUrl", "/2.0/folders/1076466685")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode updateInformationAboutAFolder(String authorization, JsonNode body) {
        return transport.send(updateInformationAboutAFolderCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateInformationAboutAFolder}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> updateInformationAboutAFolderAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(updateInformationAboutAFolderCall(authorization, body), jsonReader);
    }

    private Call updateInformationAboutAFolderCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("folders.updateInformationAboutAFolder", "PUT", "apiBoxComUrl", "/2.0/folders/473153600")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode turnOnEmailFileToFolder(String authorization, JsonNode body) {
        return transport.send(turnOnEmailFileToFolderCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #turnOnEmailFileToFolder}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> turnOnEmailFileToFolderAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(turnOnEmailFileToFolderCall(authorization, body), jsonReader);
    }

    private Call turnOnEmailFileToFolderCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("folders.turnOnEmailFileToFolder", "PUT", "apiBoxComUrl", "/2.0/folders/653992945")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode disabledASharedLink(String authorization, JsonNode body) {
        return transport.send(disabledASharedLinkCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #disabledASharedLink}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> disabledASharedLinkAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(disabledASharedLinkCall(authorization, body), jsonReader);
    }

    private Call disabledASharedLinkCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("folders.disabledASharedLink", "PUT", "apiBoxComUrl", "/2.0/folders/103404330")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode deleteAFolder(boolean recursive, String authorization) {
        return transport.send(deleteAFolderCall(recursive, authorization), jsonReader);
    }

    /**
     * Like {@link #deleteAFolder}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> deleteAFolderAsync(boolean recursive, String authorization) {
        return transport.sendAsync(deleteAFolderCall(recursive, authorization), jsonReader);
    }

    private Call deleteAFolderCall(boolean recursive, String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("folders.deleteAFolder", "DELETE", "apiBoxComUrl", "/2.0/folders/441526399")
            .query("recursive", recursive)
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode permanentlyDeleteAFolder(String authorization) {
        return transport.send(permanentlyDeleteAFolderCall(authorization), jsonReader);
    }

    /**
     * Like {@link #permanentlyDeleteAFolder}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> permanentlyDeleteAFolderAsync(String authorization) {
        return transport.sendAsync(permanentlyDeleteAFolderCall(authorization), jsonReader);
    }

    private Call permanentlyDeleteAFolderCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("folders.permanentlyDeleteAFolder", "DELETE", "apiBoxComUrl", "/2.0/folders/628210759/trash")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }
}
