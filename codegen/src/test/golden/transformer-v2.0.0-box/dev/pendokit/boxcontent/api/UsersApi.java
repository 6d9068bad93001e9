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
 * The requests of the collection's folder "Users".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class UsersApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code users()} accessor.
     */
    public UsersApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/users/12927765/email_aliases} (request "Users/Get Email Aliases for a User").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getEmailAliasesForAUser(String authorization) {
        return transport.send(getEmailAliasesForAUserCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getEmailAliasesForAUser}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getEmailAliasesForAUserAsync(String authorization) {
        return transport.sendAsync(getEmailAliasesForAUserCall(authorization), jsonReader);
    }

    private Call getEmailAliasesForAUserCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("users.getEmailAliasesForAUser", "GET", "apiBoxComUrl", "/2.0/users/12927765/email_aliases")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/users} (request "Users/Get All Users in an Enterprise").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getAllUsersInAnEnterprise(String authorization) {
        return transport.send(getAllUsersInAnEnterpriseCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getAllUsersInAnEnterprise}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getAllUsersInAnEnterpriseAsync(String authorization) {
        return transport.sendAsync(getAllUsersInAnEnterpriseCall(authorization), jsonReader);
    }

    private Call getAllUsersInAnEnterpriseCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("users.getAllUsersInAnEnterprise", "GET", "apiBoxComUrl", "/2.0/users")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/users/me} (request "Users/Get the Current User's Information").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getTheCurrentUsersInformation(String authorization) {
        return transport.send(getTheCurrentUsersInformationCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getTheCurrentUsersInformation}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getTheCurrentUsersInformationAsync(String authorization) {
        return transport.sendAsync(getTheCurrentUsersInformationCall(authorization), jsonReader);
    }

    private Call getTheCurrentUsersInformationCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("users.getTheCurrentUsersInformation", "GET", "apiBoxComUrl", "/2.0/users/me")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/users/12927765/email_aliases} (request "Users/Add an Email Alias for a User").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode addAnEmailAliasForAUser(String authorization, JsonNode body) {
        return transport.send(addAnEmailAliasForAUserCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #addAnEmailAliasForAUser}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> addAnEmailAliasForAUserAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(addAnEmailAliasForAUserCall(authorization, body), jsonReader);
    }

    private Call addAnEmailAliasForAUserCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("users.addAnEmailAliasForAUser", "POST", "apiBoxComUrl", "/2.0/users/12927765/email_aliases")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/users} (request "Users/Create an Enterprise User").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode createAnEnterpriseUser(String authorization, JsonNode body) {
        return transport.send(createAnEnterpriseUserCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #createAnEnterpriseUser}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> createAnEnterpriseUserAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(createAnEnterpriseUserCall(authorization, body), jsonReader);
    }

    private Call createAnEnterpriseUserCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("users.createAnEnterpriseUser", "POST", "apiBoxComUrl", "/2.0/users")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/users/12927765} (request "Users/Change a User's Primary Login").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode changeAUsersPrimaryLogin(String authorization, JsonNode body) {
        return transport.send(changeAUsersPrimaryLoginCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #changeAUsersPrimaryLogin}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> changeAUsersPrimaryLoginAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(changeAUsersPrimaryLoginCall(authorization, body), jsonReader);
    }

    private Call changeAUsersPrimaryLoginCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("users.changeAUsersPrimaryLogin", "PUT", "apiBoxComUrl", "/2.0/users/12927765")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/users/186941196/folders/0} (request "Users/Move a Folder into Another User's Folder").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode moveAFolderIntoAnotherUsersFolder(String authorization, JsonNode body) {
        return transport.send(moveAFolderIntoAnotherUsersFolderCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #moveAFolderIntoAnotherUsersFolder}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> moveAFolderIntoAnotherUsersFolderAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(moveAFolderIntoAnotherUsersFolderCall(authorization, body), jsonReader);
    }

    private Call moveAFolderIntoAnotherUsersFolderCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("users.moveAFolderIntoAnotherUsersFolder", "PUT", "apiBoxComUrl", "/2.0/users/186941196/folders/0")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/users/192642898} (request "Users/Reset a User's Password").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode resetAUsersPassword(String authorization, JsonNode body) {
        return transport.send(resetAUsersPasswordCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #resetAUsersPassword}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> resetAUsersPasswordAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(resetAUsersPasswordCall(authorization, body), jsonReader);
    }

    private Call resetAUsersPasswordCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("users.resetAUsersPassword", "PUT", "apiBoxComUrl", "/2.0/users/192642898")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/users/12927765} (request "Users/Update a User's Information").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode updateAUsersInformation(String authorization, JsonNode body) {
        return transport.send(updateAUsersInformationCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateAUsersInformation}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> updateAUsersInformationAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(updateAUsersInformationCall(authorization, body), jsonReader);
    }

    private Call updateAUsersInformationCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("users.updateAUsersInformation", "PUT", "apiBoxComUrl", "/2.0/users/12927765")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/users/186549705} (request "Users/Delete an Enterprise User").
     *
     * @param notify_ the query parameter {@code notify}
     * @param force the query parameter {@code force}
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode deleteAnEnterpriseUser(boolean notify_, boolean force, String authorization) {
        return transport.send(deleteAnEnterpriseUserCall(notify_, force, authorization), jsonReader);
    }

    /**
     * Like {@link #deleteAnEnterpriseUser}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> deleteAnEnterpriseUserAsync(boolean notify_, boolean force,
            String authorization) {
        return transport.sendAsync(deleteAnEnterpriseUserCall(notify_, force, authorization), jsonReader);
    }

    private Call deleteAnEnterpriseUserCall(boolean notify_, boolean force, String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("users.deleteAnEnterpriseUser", "DELETE", "apiBoxComUrl", "/2.0/users/186549705")
            .query("notify", notify_)
            .query("force", force)
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/users/12927765/email_aliases/597} (request "Users/Remove a User's Email Alias").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode removeAUsersEmailAlias(String authorization) {
        return transport.send(removeAUsersEmailAliasCall(authorization), jsonReader);
    }

    /**
     * Like {@link #removeAUsersEmailAlias}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> removeAUsersEmailAliasAsync(String authorization) {
        return transport.sendAsync(removeAUsersEmailAliasCall(authorization), jsonReader);
    }

    private Call removeAUsersEmailAliasCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("users.removeAUsersEmailAlias", "DELETE", "apiBoxComUrl", "/2.0/users/12927765/email_aliases/597")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }
}
