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
    public JsonNode getAGroupMembership(String authorization) {
        return transport.send(getAGroupMembershipCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getAGroupMembership}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getAGroupMembershipAsync(String authorization) {
        return transport.sendAsync(getAGroupMembershipCall(authorization), jsonReader);
    }

    private Call getAGroupMembershipCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("groups.getAGroupMembership", "GET", "apiBoxComUrl", "/2.0/group_memberships/1025175")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode getAGroupsCollaborations(String authorization) {
        return transport.send(getAGroupsCollaborationsCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getAGroupsCollaborations}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getAGroupsCollaborationsAsync(String authorization) {
        return transport.sendAsync(getAGroupsCollaborationsCall(authorization), jsonReader);
    }

    private Call getAGroupsCollaborationsCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("groups.getAGroupsCollaborations", "GET", "apiBoxComUrl", "/2.0/groups/104687/collaborations")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode getAGroupsMemberships(String authorization) {
        return transport.send(getAGroupsMembershipsCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getAGroupsMemberships}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getAGroupsMembershipsAsync(String authorization) {
        return transport.sendAsync(getAGroupsMembershipsCall(authorization), jsonReader);
    }

    private Call getAGroupsMembershipsCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("groups.getAGroupsMemberships", "GET", "apiBoxComUrl", "/2.0/groups/104687/memberships")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode getAEnterprisesGroups(String authorization) {
        return transport.send(getAEnterprisesGroupsCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getAEnterprisesGroups}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getAEnterprisesGroupsAsync(String authorization) {
        return transport.sendAsync(getAEnterprisesGroupsCall(authorization), jsonReader);
    }

    private Call getAEnterprisesGroupsCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("groups.getAEnterprisesGroups", "GET", "apiBoxComUrl", "/2.0/groups")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode getInformationAboutAnEnterpriseGroup(String authorization) {
        return transport.send(getInformationAboutAnEnterpriseGroupCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getInformationAboutAnEnterpriseGroup}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getInformationAboutAnEnterpriseGroupAsync(
            String authorization) {
        return transport.sendAsync(getInformationAboutAnEnterpriseGroupCall(authorization), jsonReader);
    }

    private Call getInformationAboutAnEnterpriseGroupCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("groups.getInformationAboutAnEnterpriseGroup", "GET", "apiBoxComUrl", "/2.0/groups/104687")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode addAGroupCollaboration(String authorization, JsonNode body) {
        return transport.send(addAGroupCollaborationCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #addAGroupCollaboration}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> addAGroupCollaborationAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(addAGroupCollaborationCall(authorization, body), jsonReader);
    }

    private Call addAGroupCollaborationCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("groups.addAGroupCollaboration", "POST", "apiBoxComUrl", "/2.0/collaborations")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode addAGroupMembership(String authorization, JsonNode body) {
        return transport.send(addAGroupMembershipCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #addAGroupMembership}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> addAGroupMembershipAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(addAGroupMembershipCall(authorization, body), jsonReader);
    }

    private Call addAGroupMembershipCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("groups.addAGroupMembership", "POST", "apiBoxComUrl", "/2.0/group_memberships")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode createAnEnterpriseGroup(String authorization, JsonNode body) {
        return transport.send(createAnEnterpriseGroupCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #createAnEnterpriseGroup}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> createAnEnterpriseGroupAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(createAnEnterpriseGroupCall(authorization, body), jsonReader);
    }

    private Call createAnEnterpriseGroupCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("groups.createAnEnterpriseGroup", "POST", "apiBoxComUrl", "/2.0/groups")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode updateAGroupsCollaborations(String authorization, JsonNode body) {
        return transport.send(updateAGroupsCollaborationsCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateAGroupsCollaborations}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> updateAGroupsCollaborationsAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(updateAGroupsCollaborationsCall(authorization, body), jsonReader);
    }

    private Call updateAGroupsCollaborationsCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("groups.updateAGroupsCollaborations", "PUT", "apiBoxComUrl", "/2.0/collaborations/44519356")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode updateAnEnterpriseGroup(String authorization, JsonNode body) {
        return transport.send(updateAnEnterpriseGroupCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateAnEnterpriseGroup}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> updateAnEnterpriseGroupAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(updateAnEnterpriseGroupCall(authorization, body), jsonReader);
    }

    private Call updateAnEnterpriseGroupCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("groups.updateAnEnterpriseGroup", "PUT", "apiBoxComUrl", "/2.0/groups/137561")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode updateAGroupMembership(String authorization, JsonNode body) {
        return transport.send(updateAGroupMembershipCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateAGroupMembership}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> updateAGroupMembershipAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(updateAGroupMembershipCall(authorization, body), jsonReader);
    }

    private Call updateAGroupMembershipCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("groups.updateAGroupMembership", "PUT", "apiBoxComUrl", "/2.0/group_memberships/1025175")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode deleteAGroupCollaboration(String authorization) {
        return transport.send(deleteAGroupCollaborationCall(authorization), jsonReader);
    }

    /**
     * Like {@link #deleteAGroupCollaboration}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> deleteAGroupCollaborationAsync(String authorization) {
        return transport.sendAsync(deleteAGroupCollaborationCall(authorization), jsonReader);
    }

    private Call deleteAGroupCollaborationCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("groups.deleteAGroupCollaboration", "DELETE", "apiBoxComUrl", "/2.0/collaborations/44519086")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode deleteAGroupMembership(String authorization) {
        return transport.send(deleteAGroupMembershipCall(authorization), jsonReader);
    }

    /**
     * Like {@link #deleteAGroupMembership}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> deleteAGroupMembershipAsync(String authorization) {
        return transport.sendAsync(deleteAGroupMembershipCall(authorization), jsonReader);
    }

    private Call deleteAGroupMembershipCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("groups.deleteAGroupMembership", "DELETE", "apiBoxComUrl", "/2.0/group_memberships/1025175")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode deleteAAnEnterpriseGroup(String authorization) {
        return transport.send(deleteAAnEnterpriseGroupCall(authorization), jsonReader);
    }

    /**
     * Like {@link #deleteAAnEnterpriseGroup}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> deleteAAnEnterpriseGroupAsync(String authorization) {
        return transport.sendAsync(deleteAAnEnterpriseGroupCall(authorization), jsonReader);
    }

    private Call deleteAAnEnterpriseGroupCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("groups.deleteAAnEnterpriseGroup", "DELETE", "apiBoxComUrl", "/2.0/groups/137561")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }
}
