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
     *
     * @param transport sends the calls
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
    public JsonNode getEmailAliases(String authorization) {
        return transport.send(getEmailAliasesCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getEmailAliases(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getEmailAliasesAsync(String authorization) {
        return transport.sendAsync(getEmailAliasesCall(authorization), jsonReader);
    }

    private Call getEmailAliasesCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("users.getEmailAliases", "GET", "apiBoxComUrl", "/2.0/users/12927765/email_aliases")
            .header("Authorization", authorization)
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
        return Call.builder("users.get", "GET", "apiBoxComUrl", "/2.0/users")
            .header("Authorization", authorization)
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
    public JsonNode getCurrentInformation(String authorization) {
        return transport.send(getCurrentInformationCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getCurrentInformation(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getCurrentInformationAsync(String authorization) {
        return transport.sendAsync(getCurrentInformationCall(authorization), jsonReader);
    }

    private Call getCurrentInformationCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("users.getCurrentInformation", "GET", "apiBoxComUrl", "/2.0/users/me")
            .header("Authorization", authorization)
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
    public JsonNode addEmailAlias(String authorization, JsonNode body) {
        return transport.send(addEmailAliasCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #addEmailAlias(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> addEmailAliasAsync(String authorization, JsonNode body) {
        return transport.sendAsync(addEmailAliasCall(authorization, body), jsonReader);
    }

    private Call addEmailAliasCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("users.addEmailAlias", "POST", "apiBoxComUrl", "/2.0/users/12927765/email_aliases")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
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
    public JsonNode createEnterprise(String authorization, JsonNode body) {
        return transport.send(createEnterpriseCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #createEnterprise(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> createEnterpriseAsync(String authorization, JsonNode body) {
        return transport.sendAsync(createEnterpriseCall(authorization, body), jsonReader);
    }

    private Call createEnterpriseCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("users.createEnterprise", "POST", "apiBoxComUrl", "/2.0/users")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * {@code PUT /2.0/users/12927765}: the collection has 2 examples of this call, which differ in their bodies:
     * <ul>
     *   <li>Change a User's Primary Login (request "Users/Change a User's Primary Login")</li>
     *   <li>Update a User's Information (request "Users/Update a User's Information")</li>
     * </ul>
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode update(String authorization, JsonNode body) {
        return transport.send(updateCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #update(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateAsync(String authorization, JsonNode body) {
        return transport.sendAsync(updateCall(authorization, body), jsonReader);
    }

    private Call updateCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("users.update", "PUT", "apiBoxComUrl", "/2.0/users/12927765")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
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
    public JsonNode moveFolder(String authorization, JsonNode body) {
        return transport.send(moveFolderCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #moveFolder(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> moveFolderAsync(String authorization, JsonNode body) {
        return transport.sendAsync(moveFolderCall(authorization, body), jsonReader);
    }

    private Call moveFolderCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("users.moveFolder", "PUT", "apiBoxComUrl", "/2.0/users/186941196/folders/0")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
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
    public JsonNode resetPassword(String authorization, JsonNode body) {
        return transport.send(resetPasswordCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #resetPassword(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> resetPasswordAsync(String authorization, JsonNode body) {
        return transport.sendAsync(resetPasswordCall(authorization, body), jsonReader);
    }

    private Call resetPasswordCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("users.resetPassword", "PUT", "apiBoxComUrl", "/2.0/users/192642898")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
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
    public JsonNode deleteEnterprise(boolean notify_, boolean force, String authorization) {
        return transport.send(deleteEnterpriseCall(notify_, force, authorization), jsonReader);
    }

    /**
     * Like {@link #deleteEnterprise(boolean, boolean, String)}, without blocking.
     *
     * @param notify_ the query parameter {@code notify}
     * @param force the query parameter {@code force}
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deleteEnterpriseAsync(boolean notify_, boolean force,
            String authorization) {
        return transport.sendAsync(deleteEnterpriseCall(notify_, force, authorization), jsonReader);
    }

    private Call deleteEnterpriseCall(boolean notify_, boolean force, String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("users.deleteEnterprise", "DELETE", "apiBoxComUrl", "/2.0/users/186549705")
            .query("notify", notify_)
            .query("force", force)
            .header("Authorization", authorization)
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
    public JsonNode removeEmailAlias(String authorization) {
        return transport.send(removeEmailAliasCall(authorization), jsonReader);
    }

    /**
     * Like {@link #removeEmailAlias(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> removeEmailAliasAsync(String authorization) {
        return transport.sendAsync(removeEmailAliasCall(authorization), jsonReader);
    }

    private Call removeEmailAliasCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("users.removeEmailAlias", "DELETE", "apiBoxComUrl", "/2.0/users/12927765/email_aliases/597")
            .header("Authorization", authorization)
            .build();
    }
}
