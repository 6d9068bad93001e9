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
 * The requests of the collection's folder "Groups".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class GroupsApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code groups()} accessor.
     *
     * @param transport sends the calls
     */
    public GroupsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/group_memberships/1025175} (request "Groups/Get a Group Membership").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getMembership(String authorization) {
        return transport.send(getMembershipCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getMembership(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getMembershipAsync(String authorization) {
        return transport.sendAsync(getMembershipCall(authorization), jsonReader);
    }

    private Call getMembershipCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("groups.getMembership", "GET", "apiBoxComUrl", "/2.0/group_memberships/1025175")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/groups/104687/collaborations} (request "Groups/Get a Group's Collaborations").
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
        return Call.builder("groups.getCollaborations", "GET", "apiBoxComUrl", "/2.0/groups/104687/collaborations")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/groups/104687/memberships} (request "Groups/Get a Group's Memberships").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getMemberships(String authorization) {
        return transport.send(getMembershipsCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getMemberships(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getMembershipsAsync(String authorization) {
        return transport.sendAsync(getMembershipsCall(authorization), jsonReader);
    }

    private Call getMembershipsCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("groups.getMemberships", "GET", "apiBoxComUrl", "/2.0/groups/104687/memberships")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/groups} (request "Groups/Get a Enterprise's Groups").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getEnterprises(String authorization) {
        return transport.send(getEnterprisesCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getEnterprises(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getEnterprisesAsync(String authorization) {
        return transport.sendAsync(getEnterprisesCall(authorization), jsonReader);
    }

    private Call getEnterprisesCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("groups.getEnterprises", "GET", "apiBoxComUrl", "/2.0/groups")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/groups/104687} (request "Groups/Get Information about an Enterprise Group").
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
        return Call.builder("groups.getInformation", "GET", "apiBoxComUrl", "/2.0/groups/104687")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/collaborations} (request "Groups/Add a Group Collaboration").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode addCollaboration(String authorization, JsonNode body) {
        return transport.send(addCollaborationCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #addCollaboration(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> addCollaborationAsync(String authorization, JsonNode body) {
        return transport.sendAsync(addCollaborationCall(authorization, body), jsonReader);
    }

    private Call addCollaborationCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("groups.addCollaboration", "POST", "apiBoxComUrl", "/2.0/collaborations")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/group_memberships} (request "Groups/Add a Group Membership").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode addMembership(String authorization, JsonNode body) {
        return transport.send(addMembershipCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #addMembership(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> addMembershipAsync(String authorization, JsonNode body) {
        return transport.sendAsync(addMembershipCall(authorization, body), jsonReader);
    }

    private Call addMembershipCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("groups.addMembership", "POST", "apiBoxComUrl", "/2.0/group_memberships")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/groups} (request "Groups/Create an Enterprise Group").
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
        return Call.builder("groups.createEnterprise", "POST", "apiBoxComUrl", "/2.0/groups")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/collaborations/44519356} (request "Groups/Update a Group's Collaborations").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode updateCollaborations(String authorization, JsonNode body) {
        return transport.send(updateCollaborationsCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateCollaborations(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateCollaborationsAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(updateCollaborationsCall(authorization, body), jsonReader);
    }

    private Call updateCollaborationsCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("groups.updateCollaborations", "PUT", "apiBoxComUrl", "/2.0/collaborations/44519356")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/groups/137561} (request "Groups/Update an Enterprise Group").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode updateEnterprise(String authorization, JsonNode body) {
        return transport.send(updateEnterpriseCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateEnterprise(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateEnterpriseAsync(String authorization, JsonNode body) {
        return transport.sendAsync(updateEnterpriseCall(authorization, body), jsonReader);
    }

    private Call updateEnterpriseCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("groups.updateEnterprise", "PUT", "apiBoxComUrl", "/2.0/groups/137561")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/group_memberships/1025175} (request "Groups/Update a Group Membership").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode updateMembership(String authorization, JsonNode body) {
        return transport.send(updateMembershipCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateMembership(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateMembershipAsync(String authorization, JsonNode body) {
        return transport.sendAsync(updateMembershipCall(authorization, body), jsonReader);
    }

    private Call updateMembershipCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("groups.updateMembership", "PUT", "apiBoxComUrl", "/2.0/group_memberships/1025175")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/collaborations/44519086} (request "Groups/Delete a Group Collaboration").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode deleteCollaboration(String authorization) {
        return transport.send(deleteCollaborationCall(authorization), jsonReader);
    }

    /**
     * Like {@link #deleteCollaboration(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deleteCollaborationAsync(String authorization) {
        return transport.sendAsync(deleteCollaborationCall(authorization), jsonReader);
    }

    private Call deleteCollaborationCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("groups.deleteCollaboration", "DELETE", "apiBoxComUrl", "/2.0/collaborations/44519086")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/group_memberships/1025175} (request "Groups/Delete a Group Membership").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode deleteMembership(String authorization) {
        return transport.send(deleteMembershipCall(authorization), jsonReader);
    }

    /**
     * Like {@link #deleteMembership(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deleteMembershipAsync(String authorization) {
        return transport.sendAsync(deleteMembershipCall(authorization), jsonReader);
    }

    private Call deleteMembershipCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("groups.deleteMembership", "DELETE", "apiBoxComUrl", "/2.0/group_memberships/1025175")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/groups/137561} (request "Groups/Delete a an Enterprise Group").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode deleteEnterprise(String authorization) {
        return transport.send(deleteEnterpriseCall(authorization), jsonReader);
    }

    /**
     * Like {@link #deleteEnterprise(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deleteEnterpriseAsync(String authorization) {
        return transport.sendAsync(deleteEnterpriseCall(authorization), jsonReader);
    }

    private Call deleteEnterpriseCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("groups.deleteEnterprise", "DELETE", "apiBoxComUrl", "/2.0/groups/137561")
            .header("Authorization", authorization)
            .build();
    }
}
