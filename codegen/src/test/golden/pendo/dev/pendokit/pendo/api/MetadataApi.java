package dev.pendokit.pendo.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.pendo.PendoBadRequestException;
import dev.pendokit.pendo.PendoConflictException;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.PendoInternalServerErrorException;
import dev.pendokit.pendo.PendoNotFoundException;
import dev.pendokit.pendo.PendoRequestTimeoutException;
import dev.pendokit.pendo.PendoUnprocessableEntityException;
import dev.pendokit.pendo.model.CreateOrUndeleteAnAgentOrCustomFieldResponse;
import dev.pendokit.pendo.model.Metadata;
import dev.pendokit.pendo.model.SetValueForASetOfAgentOrCustomFieldsResponse;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Metadata".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class MetadataApi {
    private final Transport transport;

    private final ResponseReader<Metadata> metadataReader;

    private final ResponseReader<JsonNode> jsonReader;

    private final ResponseReader<SetValueForASetOfAgentOrCustomFieldsResponse> setValueForASetOfAgentOrCustomFieldsResponseReader;

    private final ResponseReader<CreateOrUndeleteAnAgentOrCustomFieldResponse> createOrUndeleteAnAgentOrCustomFieldResponseReader;

    private final ResponseReader<List<Metadata>> metadataListReader;

    /**
     * Made by the client; use its {@code metadata()} accessor.
     *
     * @param transport sends the calls
     */
    public MetadataApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.metadataReader = Readers.json(transport.mapper(), Metadata.class);
        this.jsonReader = Readers.tree(transport.mapper());
        this.setValueForASetOfAgentOrCustomFieldsResponseReader = Readers.json(transport.mapper(), SetValueForASetOfAgentOrCustomFieldsResponse.class);
        this.createOrUndeleteAnAgentOrCustomFieldResponseReader = Readers.json(transport.mapper(), CreateOrUndeleteAnAgentOrCustomFieldResponse.class);
        this.metadataListReader = Readers.json(transport.mapper(), new TypeReference<List<Metadata>>() {});
    }

    /**
     * Gets the metadata schema for a single kind of metadata (visitor or account).
     *
     * <p>{@code GET /api/v1/metadata/schema/:kind} (request "Metadata/Get a Metadata Schema").
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @return the answer (200: The metadata value was updated)
     * @throws PendoNotFoundException 404: Check to make sure the visitor or account ID is valid
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public Metadata getSchema(String kind) {
        return transport.send(getSchemaCall(kind), metadataReader);
    }

    /**
     * Like {@link #getSchema(String)}, without blocking.
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<Metadata> getSchemaAsync(String kind) {
        return transport.sendAsync(getSchemaCall(kind), metadataReader);
    }

    private Call getSchemaCall(String kind) {
        Objects.requireNonNull(kind, "kind");
        return Call.builder("metadata.getSchema", "GET", "baseUrl", "/api/v1/metadata/schema/{kind}")
            .pathParam("kind", kind)
            .reason(404, "Check to make sure the visitor or account ID is valid")
            .build();
    }

    /**
     * Gets the value of metadata field for an individual account or visitor
     *
     * <p>{@code GET /api/v1/metadata/:kind/:group/value/:id/:fieldName} (request "Metadata/Get Value of a Metadata Field").
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param group type of metadata field by origin (agent, custom, salesforce, etc.) (path parameter {@code group})
     * @param id ID of the visitor or account being updated (path parameter {@code id})
     * @param fieldName name of the metadata field (path parameter {@code fieldName})
     * @return the answer (200: The metadata value was updated)
     * @throws PendoNotFoundException 404: Check to make sure the visitor or account ID is valid
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode getValue(String kind, String group, String id, String fieldName) {
        return transport.send(getValueCall(kind, group, id, fieldName), jsonReader);
    }

    /**
     * Like {@link #getValue(String, String, String, String)}, without blocking.
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param group type of metadata field by origin (agent, custom, salesforce, etc.) (path parameter {@code group})
     * @param id ID of the visitor or account being updated (path parameter {@code id})
     * @param fieldName name of the metadata field (path parameter {@code fieldName})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getValueAsync(String kind, String group, String id,
            String fieldName) {
        return transport.sendAsync(getValueCall(kind, group, id, fieldName), jsonReader);
    }

    private Call getValueCall(String kind, String group, String id, String fieldName) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fieldName, "fieldName");
        return Call.builder("metadata.getValue", "GET", "baseUrl", "/api/v1/metadata/{kind}/{group}/value/{id}/{fieldName}")
            .pathParam("kind", kind)
            .pathParam("group", group)
            .pathParam("id", id)
            .pathParam("fieldName", fieldName)
            .reason(404, "Check to make sure the visitor or account ID is valid")
            .build();
    }

    /**
     * This provides an opt-out capability for visitors and accounts to prevent them from receiving guides. To use this feature, contact support to enable the setting "Enable guide exclude list per visitor and account". Without this setting, attempts to
     *
     * <p>{@code PUT /api/v1/metadata/:kind/pendo/value/:id/blacklistguides} (request "Metadata/Opt-out a Visitor or Account From All Guide Display").
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param id ID of the visitor or account to update (path parameter {@code id})
     * @param body the request body
     * @return the answer (200: The metadata value was updated)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode blockGuides(String kind, String id, Boolean body) {
        return transport.send(blockGuidesCall(kind, id, body), jsonReader);
    }

    /**
     * Like {@link #blockGuides(String, String, Boolean)}, without blocking.
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param id ID of the visitor or account to update (path parameter {@code id})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> blockGuidesAsync(String kind, String id, Boolean body) {
        return transport.sendAsync(blockGuidesCall(kind, id, body), jsonReader);
    }

    private Call blockGuidesCall(String kind, String id, Boolean body) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        return Call.builder("metadata.blockGuides", "PUT", "baseUrl", "/api/v1/metadata/{kind}/pendo/value/{id}/blacklistguides")
            .pathParam("kind", kind)
            .pathParam("id", id)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * ... requirements where a user can invoke their data right(s).
     *
     * <p>Learn more about GDPR at Pendo.
     *
     * <p>How does Pendo use this flag?
     *
     * <p>If you select "do not process" for a visitor, the agent will recognize that it's a "do not process" visitor on the first hit of a visitor and immediately discard the data. For subsequent visits, Pendo already knows the visitor is DNP and does not even collect any data. For agent versions lower than 2.15.6, Pendo will immediately discard the data.
     *
     * <p>Note: Data for "Do Not Process" Visitors is unrecoverable, regardless of agent version.
     *
     * <p>{@code PUT /api/v1/metadata/:kind/pendo/value/:id/donotprocess} (request "Metadata/Opt-Out or Do Not Process a Visitor or Account").
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param id ID of the visitor to update (path parameter {@code id})
     * @param body the request body
     * @return the answer (200: The metadata value was updated)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode doNotProcess(String kind, String id, Boolean body) {
        return transport.send(doNotProcessCall(kind, id, body), jsonReader);
    }

    /**
     * Like {@link #doNotProcess(String, String, Boolean)}, without blocking.
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param id ID of the visitor to update (path parameter {@code id})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> doNotProcessAsync(String kind, String id, Boolean body) {
        return transport.sendAsync(doNotProcessCall(kind, id, body), jsonReader);
    }

    private Call doNotProcessCall(String kind, String id, Boolean body) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        return Call.builder("metadata.doNotProcess", "PUT", "baseUrl", "/api/v1/metadata/{kind}/pendo/value/{id}/donotprocess")
            .pathParam("kind", kind)
            .pathParam("id", id)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Sets the value of an agent or custom metadata field on a single account or visitor. When setting custom metadata fields, a new field will be created if the provided name does not match an existing custom field. When creating fields in this manner, please go to the Data Mappings page to set the data type.
     *
     * <p>The body is the new value, JSON encoded: for example the JSON string {@code "YES"} (with its quotes).
     *
     * <p>{@code PUT /api/v1/metadata/:kind/:group/value/:id/:fieldName} (request "Metadata/Set Value for an Agent or Custom Field").
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param group type of metadata field by origin (agent, custom, salesforce, etc.) (path parameter {@code group})
     * @param id ID of the visitor or account being updated (path parameter {@code id})
     * @param fieldName name of the metadata field being updated (path parameter {@code fieldName})
     * @param body the request body
     * @return the answer (200: The metadata value was updated)
     * @throws PendoNotFoundException 404: Check to make sure the custom field exists in Data Mappings
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode setValue(String kind, String group, String id, String fieldName, String body) {
        return transport.send(setValueCall(kind, group, id, fieldName, body), jsonReader);
    }

    /**
     * Like {@link #setValue(String, String, String, String, String)}, without blocking.
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param group type of metadata field by origin (agent, custom, salesforce, etc.) (path parameter {@code group})
     * @param id ID of the visitor or account being updated (path parameter {@code id})
     * @param fieldName name of the metadata field being updated (path parameter {@code fieldName})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> setValueAsync(String kind, String group, String id,
            String fieldName, String body) {
        return transport.sendAsync(setValueCall(kind, group, id, fieldName, body), jsonReader);
    }

    private Call setValueCall(String kind, String group, String id, String fieldName, String body) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fieldName, "fieldName");
        Objects.requireNonNull(body, "body");
        return Call.builder("metadata.setValue", "PUT", "baseUrl", "/api/v1/metadata/{kind}/{group}/value/{id}/{fieldName}")
            .pathParam("kind", kind)
            .pathParam("group", group)
            .pathParam("id", id)
            .pathParam("fieldName", fieldName)
            .body(transport.json(body), "application/json")
            .reason(404, "Check to make sure the custom field exists in Data Mappings")
            .build();
    }

    /**
     * Sets the value of multiple metadata fields on set of accounts or visitors. When setting custom metadata fields, a new field will be created if the provided name does not match an existing custom field. When creating fields in this manner, please go to the Data Mappings page to set the data type.
     *
     * <p>Any number of records may be submitted for update, but the call is limited to five (5) minutes. Any calls that takes longer will timeout with a 408 Request Timeout.
     *
     * <p>{@code POST /api/v1/metadata/:kind/:group/value} (request "Metadata/Set Value for a Set of Agent or Custom Fields").
     *
     * @param params the request's parameters
     * @param body the request body
     * @return the answer (200: The bulk update completed.)
     * @throws PendoBadRequestException 400: The format is unacceptable due to malformed JSON or missing field mappings.
     * @throws PendoRequestTimeoutException 408: The call took too long and timed out.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public SetValueForASetOfAgentOrCustomFieldsResponse setValues(SetValuesParams params,
            JsonNode body) {
        return transport.send(setValuesCall(params, body), setValueForASetOfAgentOrCustomFieldsResponseReader);
    }

    /**
     * Like {@link #setValues(MetadataApi.SetValuesParams, JsonNode)}, without blocking.
     *
     * @param params the request's parameters
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<SetValueForASetOfAgentOrCustomFieldsResponse> setValuesAsync(
            SetValuesParams params, JsonNode body) {
        return transport.sendAsync(setValuesCall(params, body), setValueForASetOfAgentOrCustomFieldsResponseReader);
    }

    private Call setValuesCall(SetValuesParams params, JsonNode body) {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(body, "body");
        return Call.builder("metadata.setValues", "POST", "baseUrl", "/api/v1/metadata/{kind}/{group}/value")
            .pathParam("kind", params.kind())
            .pathParam("group", params.group())
            .query("create", params.create())
            .body(transport.json(body), "application/json")
            .reason(400, "The format is unacceptable due to malformed JSON or missing field mappings.")
            .reason(408, "The call took too long and timed out.")
            .build();
    }

    /**
     * Creates or undeletes up to 24 agent or custom metadata fields. When undeleting, any data for that field that was in Pendo prior to its deletion will be restored within a few hours. However, any values associated with a data scrub or received for the field(s) while it was deleted will not appear.
     *
     * <p>{@code POST /api/v1/metadata/schema/:kind/:group} (request "Metadata/Create or Undelete an Agent or Custom Field").
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param group "agent" or "custom" (path parameter {@code group})
     * @param body the request body
     * @return the answer (201: All created successfully.)
     * @throws PendoBadRequestException 400: Body is in the wrong format or request exceeds the limit of 24.
     * @throws PendoConflictException 409: All entities already exist.
     * @throws PendoUnprocessableEntityException 422: One or more submissions failed validation.
     * @throws PendoInternalServerErrorException 500: All entities failed. See error in response.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public CreateOrUndeleteAnAgentOrCustomFieldResponse createField(String kind, String group,
            JsonNode body) {
        return transport.send(createFieldCall(kind, group, body), createOrUndeleteAnAgentOrCustomFieldResponseReader);
    }

    /**
     * Like {@link #createField(String, String, JsonNode)}, without blocking.
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param group "agent" or "custom" (path parameter {@code group})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<CreateOrUndeleteAnAgentOrCustomFieldResponse> createFieldAsync(
            String kind, String group, JsonNode body) {
        return transport.sendAsync(createFieldCall(kind, group, body), createOrUndeleteAnAgentOrCustomFieldResponseReader);
    }

    private Call createFieldCall(String kind, String group, JsonNode body) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(body, "body");
        return Call.builder("metadata.createField", "POST", "baseUrl", "/api/v1/metadata/schema/{kind}/{group}")
            .pathParam("kind", kind)
            .pathParam("group", group)
            .body(transport.json(body), "application/json")
            .reason(400, "Body is in the wrong format or request exceeds the limit of 24.")
            .reason(409, "All entities already exist.")
            .reason(422, "One or more submissions failed validation.")
            .reason(500, "All entities failed. See error in response.")
            .build();
    }

    /**
     * Deletes an exisiting metadata field.
     *
     * <p>{@code DELETE /api/v1/metadata/schema/:kind/:group/:field} (request "Metadata/Delete an Agent or Custom Field").
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param group "agent" or "custom" (path parameter {@code group})
     * @param field metadata field name (path parameter {@code field})
     * @return the answer (200: Deletion successful.)
     * @throws PendoNotFoundException 404: Field not found.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode deleteField(String kind, String group, String field) {
        return transport.send(deleteFieldCall(kind, group, field), jsonReader);
    }

    /**
     * Like {@link #deleteField(String, String, String)}, without blocking.
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param group "agent" or "custom" (path parameter {@code group})
     * @param field metadata field name (path parameter {@code field})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deleteFieldAsync(String kind, String group, String field) {
        return transport.sendAsync(deleteFieldCall(kind, group, field), jsonReader);
    }

    private Call deleteFieldCall(String kind, String group, String field) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(field, "field");
        return Call.builder("metadata.deleteField", "DELETE", "baseUrl", "/api/v1/metadata/schema/{kind}/{group}/{field}")
            .pathParam("kind", kind)
            .pathParam("group", group)
            .pathParam("field", field)
            .reason(404, "Field not found.")
            .build();
    }

    /**
     * Returns objects that all metadata fields are tied to. This includes:
     *
     * <p>- lists of all guides and reports using a draft/custom segment referencing the field - lists of all shared segments and reports referencing the field - a boolean true/false if the field is used in a report or segment set to "Only Me" visibility
     *
     * <p>{@code GET /api/v1/metadata/dependencies} (request "Metadata/Get a List of Dependencies for All Metadata Fields").
     *
     * @return the answer (200: Response is sent as body)
     * @throws PendoNotFoundException 404: Check to make sure the field name is valid
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<Metadata> listDependencies() {
        return transport.send(listDependenciesCall(), metadataListReader);
    }

    /**
     * Like {@link #listDependencies()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<Metadata>> listDependenciesAsync() {
        return transport.sendAsync(listDependenciesCall(), metadataListReader);
    }

    private Call listDependenciesCall() {
        return Call.builder("metadata.listDependencies", "GET", "baseUrl", "/api/v1/metadata/dependencies")
            .reason(404, "Check to make sure the field name is valid")
            .build();
    }

    /**
     * Returns objects that a metadata field is tied to. This includes:
     *
     * <p>- lists of all guides and reports using a draft/custom segment referencing the field - lists of all shared segments and reports referencing the field - a boolean true/false if the field is used in a report or segment set to "Only Me" visibility
     *
     * <p>{@code GET /api/v1/metadata/dependencies/:kind/:group/:fieldName} (request "Metadata/Get a List of Dependencies for a Metadata Field").
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param group type of metadata field by origin (agent, custom, salesforce, etc.) (path parameter {@code group})
     * @param fieldName name of the metadata field being updated (path parameter {@code fieldName})
     * @return the answer (200: Response is sent as body)
     * @throws PendoNotFoundException 404: Check to make sure the field name is valid
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public Metadata getDependencies(String kind, String group, String fieldName) {
        return transport.send(getDependenciesCall(kind, group, fieldName), metadataReader);
    }

    /**
     * Like {@link #getDependencies(String, String, String)}, without blocking.
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param group type of metadata field by origin (agent, custom, salesforce, etc.) (path parameter {@code group})
     * @param fieldName name of the metadata field being updated (path parameter {@code fieldName})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<Metadata> getDependenciesAsync(String kind, String group,
            String fieldName) {
        return transport.sendAsync(getDependenciesCall(kind, group, fieldName), metadataReader);
    }

    private Call getDependenciesCall(String kind, String group, String fieldName) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(fieldName, "fieldName");
        return Call.builder("metadata.getDependencies", "GET", "baseUrl", "/api/v1/metadata/dependencies/{kind}/{group}/{fieldName}")
            .pathParam("kind", kind)
            .pathParam("group", group)
            .pathParam("fieldName", fieldName)
            .reason(404, "Check to make sure the field name is valid")
            .build();
    }

    /**
     * The parameters of {@code setValues}.
     *
     * @param kind "visitor" or "account" (path parameter {@code kind})
     * @param group type of metadata field by origin (agent, custom, salesforce, etc.) (path parameter {@code group})
     * @param create If the visitor or account ID passed does not exist, it will be created (query parameter {@code create})
     */
    public record SetValuesParams(String kind, String group, Boolean create) {
        /**
         * A builder with no parameter set.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Builds a {@link SetValuesParams}; {@link #build()} names every required parameter that is missing.
         */
        public static final class Builder {
            private String kind;

            private String group;

            private Boolean create;

            private Builder() {
            }

            /**
             * "visitor" or "account" (path parameter {@code kind})
             *
             * @param kind the value, or null to leave it out
             * @return this builder
             */
            public Builder kind(String kind) {
                this.kind = kind;
                return this;
            }

            /**
             * type of metadata field by origin (agent, custom, salesforce, etc.) (path parameter {@code group})
             *
             * @param group the value, or null to leave it out
             * @return this builder
             */
            public Builder group(String group) {
                this.group = group;
                return this;
            }

            /**
             * If the visitor or account ID passed does not exist, it will be created (query parameter {@code create})
             *
             * @param create the value, or null to leave it out
             * @return this builder
             */
            public Builder create(Boolean create) {
                this.create = create;
                return this;
            }

            /**
             * The parameters as set.
             *
             * @return the parameters
             * @throws IllegalStateException naming every required parameter that is not set
             */
            public SetValuesParams build() {
                List<String> missing = new ArrayList<>();
                if (kind == null) {
                    missing.add("kind");
                }
                if (group == null) {
                    missing.add("group");
                }
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("SetValuesParams is missing required parameters: " + missing);
                }
                return new SetValuesParams(kind, group, create);
            }
        }
    }
}
