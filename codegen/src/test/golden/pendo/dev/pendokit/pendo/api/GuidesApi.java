package dev.pendokit.pendo.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.pendo.PendoBadRequestException;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.PendoInternalServerErrorException;
import dev.pendokit.pendo.PendoNotFoundException;
import dev.pendokit.pendo.model.Guide;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Guide".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class GuidesApi {
    private final Transport transport;

    private final ResponseReader<List<Guide>> guideListReader;

    private final ResponseReader<Guide> guideReader;

    private final ResponseReader<List<JsonNode>> jsonListReader;

    private final ResponseReader<JsonNode> jsonReader;

    private final ResponseReader<String> textReader;

    /**
     * Made by the client; use its {@code guides()} accessor.
     *
     * @param transport sends the calls
     */
    public GuidesApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.guideListReader = Readers.json(transport.mapper(), new TypeReference<List<Guide>>() {});
        this.guideReader = Readers.first(transport.mapper(), Guide.class, "guide");
        this.jsonListReader = Readers.json(transport.mapper(), new TypeReference<List<JsonNode>>() {});
        this.jsonReader = Readers.tree(transport.mapper());
        this.textReader = Readers.text();
    }

    /**
     * Returns a JSON list of all guides for a subscription. For multi-app subscriptions, specify the application in the query parameters.
     *
     * <p>{@code GET /api/v1/guide} (request "Guide/Return List of All Guides").
     *
     * @param params the request's parameters
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<Guide> list(ListParams params) {
        return transport.send(listCall(params), guideListReader);
    }

    /**
     * Like {@link #list(GuidesApi.ListParams)}, without blocking.
     *
     * @param params the request's parameters
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<Guide>> listAsync(ListParams params) {
        return transport.sendAsync(listCall(params), guideListReader);
    }

    /**
     * {@link #list(GuidesApi.ListParams)} without any of its optional parameters.
     *
     * @return the answer (200: Response is sent as body)
     */
    public List<Guide> list() {
        return list(ListParams.builder().build());
    }

    private Call listCall(ListParams params) {
        Objects.requireNonNull(params, "params");
        return Call.builder("guides.list", "GET", "baseUrl", "/api/v1/guide")
            .query("expand", params.expand())
            .query("appId", params.appId())
            .build();
    }

    /**
     * Instead of returning all guides, you can specify a singular guide you'd like returned by adding a guideId to the request. Comma separated values are allowed. For example, if you wanted to return multiple guides but not the entire list, follow the format: guide?id=guideId_1,guideId_2,guideId_3
     *
     * <p>{@code GET /api/v1/guide} (request "Guide/Return a Specific Guide").
     *
     * @param id guideID (query parameter {@code id})
     * @return the one element of the answer
     * @throws PendoNotFoundException when the answer holds none (an empty list)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public Guide get(String id) {
        return transport.send(getCall(id), guideReader);
    }

    /**
     * Like {@link #get(String)}, without blocking.
     *
     * @param id guideID (query parameter {@code id})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<Guide> getAsync(String id) {
        return transport.sendAsync(getCall(id), guideReader);
    }

    private Call getCall(String id) {
        Objects.requireNonNull(id, "id");
        return Call.builder("guides.get", "GET", "baseUrl", "/api/v1/guide")
            .query("id", id)
            .build();
    }

    /**
     * Returns a JSON list of all versions of a guide, from current to oldest. Changes to guides through the Pendo user interface often result in multiple individual updates, each of which will be independently reflected in the history.
     *
     * <p>{@code GET /api/v1/guide/:guideId/history} (request "Guide/Retrieve Change History for a Guide").
     *
     * @param guideId the ID of the guide whose history is needed (path parameter {@code guideId})
     * @return the answer (200: guide was located and history found.)
     * @throws PendoNotFoundException 404: guide in question was not found.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<JsonNode> getChangeHistory(String guideId) {
        return transport.send(getChangeHistoryCall(guideId), jsonListReader);
    }

    /**
     * Like {@link #getChangeHistory(String)}, without blocking.
     *
     * @param guideId the ID of the guide whose history is needed (path parameter {@code guideId})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<JsonNode>> getChangeHistoryAsync(String guideId) {
        return transport.sendAsync(getChangeHistoryCall(guideId), jsonListReader);
    }

    private Call getChangeHistoryCall(String guideId) {
        Objects.requireNonNull(guideId, "guideId");
        return Call.builder("guides.getChangeHistory", "GET", "baseUrl", "/api/v1/guide/{guideId}/history")
            .pathParam("guideId", guideId)
            .reason(404, "guide in question was not found.")
            .build();
    }

    /**
     * Reset the guide seen records for a guide with ID guideId for a particular visitor with ID visitorId. The guide can be in any state.
     *
     * <p>Note: The visitor should immediately be able to see the guide again. However, the previous records may not be reflected in the UI for some time.
     *
     * <p>{@code POST /api/v1/guide/:guideId/visitor/:visitorId/reset} (request "Guide/Reset Guide Seen for Specific Visitor").
     *
     * @param guideId ID of the guide to be reset (path parameter {@code guideId})
     * @param visitorId ID of the visitor whose record of having seen the guide should be removed (path parameter {@code visitorId})
     * @return the answer (200: guide was reset as requested.)
     * @throws PendoNotFoundException 404: The guide in question was not found.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode resetSeen(String guideId, String visitorId) {
        return transport.send(resetSeenCall(guideId, visitorId), jsonReader);
    }

    /**
     * Like {@link #resetSeen(String, String)}, without blocking.
     *
     * @param guideId ID of the guide to be reset (path parameter {@code guideId})
     * @param visitorId ID of the visitor whose record of having seen the guide should be removed (path parameter {@code visitorId})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> resetSeenAsync(String guideId, String visitorId) {
        return transport.sendAsync(resetSeenCall(guideId, visitorId), jsonReader);
    }

    private Call resetSeenCall(String guideId, String visitorId) {
        Objects.requireNonNull(guideId, "guideId");
        Objects.requireNonNull(visitorId, "visitorId");
        return Call.builder("guides.resetSeen", "POST", "baseUrl", "/api/v1/guide/{guideId}/visitor/{visitorId}/reset")
            .pathParam("guideId", guideId)
            .pathParam("visitorId", visitorId)
            .reason(404, "The guide in question was not found.")
            .build();
    }

    /**
     * Reset the guide seen records for a particular visitor with ID {visitorId}. All seen data will be removed across all guides for that visitor.
     *
     * <p>{@code POST /api/v1/guide/all/visitor/:visitorId/reset} (request "Guide/Reset Guide Seen for Specific Visitor for All Guides").
     *
     * @param visitorId ID of the visitor whose record of having seen all guides should be removed (path parameter {@code visitorId})
     * @return the answer (200: guide was reset as requested.)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode resetSeen(String visitorId) {
        return transport.send(resetSeenCall(visitorId), jsonReader);
    }

    /**
     * Like {@link #resetSeen(String)}, without blocking.
     *
     * @param visitorId ID of the visitor whose record of having seen all guides should be removed (path parameter {@code visitorId})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> resetSeenAsync(String visitorId) {
        return transport.sendAsync(resetSeenCall(visitorId), jsonReader);
    }

    private Call resetSeenCall(String visitorId) {
        Objects.requireNonNull(visitorId, "visitorId");
        return Call.builder("guides.resetSeen", "POST", "baseUrl", "/api/v1/guide/all/visitor/{visitorId}/reset")
            .pathParam("visitorId", visitorId)
            .build();
    }

    /**
     * Reset an individual <b>staged</b> guide with ID &lt;code&gt;guideId&lt;/code&gt;. All visitors that have seen the guide previously will be eligible to see it again as if it were a newly created guide. All previous guide data will be deleted for this guide, including any poll response data, though this may take some time to be reflected in the UI.
     *
     * <p>{@code POST /api/v1/guide/:guideId/reset} (request "Guide/Reset Individual Staged Guide").
     *
     * @param guideId guideId to be reset of all views (path parameter {@code guideId})
     * @return the answer (200: guide was reset as requested.)
     * @throws PendoBadRequestException 400: The guide could not be reset (e.g. it's not a staged guide).
     * @throws PendoNotFoundException 404: The guide in question was not found.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode resetStaged(String guideId) {
        return transport.send(resetStagedCall(guideId), jsonReader);
    }

    /**
     * Like {@link #resetStaged(String)}, without blocking.
     *
     * @param guideId guideId to be reset of all views (path parameter {@code guideId})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> resetStagedAsync(String guideId) {
        return transport.sendAsync(resetStagedCall(guideId), jsonReader);
    }

    private Call resetStagedCall(String guideId) {
        Objects.requireNonNull(guideId, "guideId");
        return Call.builder("guides.resetStaged", "POST", "baseUrl", "/api/v1/guide/{guideId}/reset")
            .pathParam("guideId", guideId)
            .reason(400, "The guide could not be reset (e.g. it's not a staged guide).")
            .reason(404, "The guide in question was not found.")
            .build();
    }

    /**
     * Reset ALL staged guides. All visitors that have seen guides previously will be eligible to them again as if they were newly created guides. All previous guide data will be deleted, including any poll response data, though this may take some time to be reflected in the UI.
     *
     * <p>{@code POST /api/v1/guide/staged/reset} (request "Guide/Reset All Staged Guides").
     *
     * @return the answer (200: All guides were reset as requested.)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode resetStaged() {
        return transport.send(resetStagedCall(), jsonReader);
    }

    /**
     * Like {@link #resetStaged()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> resetStagedAsync() {
        return transport.sendAsync(resetStagedCall(), jsonReader);
    }

    private Call resetStagedCall() {
        return Call.builder("guides.resetStaged", "POST", "baseUrl", "/api/v1/guide/staged/reset")
            .build();
    }

    /**
     * Export all experiment results for a single guide. The response will be returned as a .csv.
     *
     * <p>{@code POST /api/v1/guide/:guideId/experiment/export} (request "Guide/Export Guide Experiment Results").
     *
     * @param guideId ID of the guide (path parameter {@code guideId})
     * @return the answer (200: Success)
     * @throws PendoNotFoundException 404: The guide in question was not found.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public String exportExperimentResults(String guideId) {
        return transport.send(exportExperimentResultsCall(guideId), textReader);
    }

    /**
     * Like {@link #exportExperimentResults(String)}, without blocking.
     *
     * @param guideId ID of the guide (path parameter {@code guideId})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<String> exportExperimentResultsAsync(String guideId) {
        return transport.sendAsync(exportExperimentResultsCall(guideId), textReader);
    }

    private Call exportExperimentResultsCall(String guideId) {
        Objects.requireNonNull(guideId, "guideId");
        return Call.builder("guides.exportExperimentResults", "POST", "baseUrl", "/api/v1/guide/{guideId}/experiment/export")
            .pathParam("guideId", guideId)
            .accept("text/csv")
            .reason(404, "The guide in question was not found.")
            .build();
    }

    /**
     * Export XLIFF XML for up to 15 guides per request. Guides are selected by guideId. Response contains XML with each guide XLIFF contained in a file tag.
     *
     * <p>- The Resource Center and P1/Classic guides are not supported - Any incorrect guideIds will cause the request to fail - The subscription must have localization enabled in Settings
     *
     * <p>{@code GET /api/v1/guide/localization/export} (request "Guide/Bulk XLIFF Export").
     *
     * @param guideIds Multiple guideId values, comma-separated (query parameter {@code guideids})
     * @return the answer (200: Success)
     * @throws PendoBadRequestException 400: Bad Request. More than 15 guides requested.
     * @throws PendoNotFoundException 404: Not Found. guide id xxxxx not found.
     * @throws PendoInternalServerErrorException 500: Server Error. Any other failure.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public String exportBulkXliff(List<String> guideIds) {
        return transport.send(exportBulkXliffCall(guideIds), textReader);
    }

    /**
     * Like {@link #exportBulkXliff(List)}, without blocking.
     *
     * @param guideIds Multiple guideId values, comma-separated (query parameter {@code guideids})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<String> exportBulkXliffAsync(List<String> guideIds) {
        return transport.sendAsync(exportBulkXliffCall(guideIds), textReader);
    }

    private Call exportBulkXliffCall(List<String> guideIds) {
        Objects.requireNonNull(guideIds, "guideIds");
        return Call.builder("guides.exportBulkXliff", "GET", "baseUrl", "/api/v1/guide/localization/export")
            .queryList("guideids", guideIds)
            .accept("application/xml")
            .reason(400, "Bad Request. More than 15 guides requested.")
            .reason(404, "Not Found. guide id xxxxx not found.")
            .reason(500, "Server Error. Any other failure.")
            .build();
    }

    /**
     * Import up to 15 XLIFF 1.2 files per request. Each file is one guideId/target language combination, delineated by ... contained in the parent Import validates each file and will continue to the next file if an import fails.
     *
     * <p>- XLIFF files must be formatted correctly with all target elements complete - Only P2/Visual Design Studio guides are supported - The subscription must have localization and target language enabled in Settings - Integration key requires Read/Write access.
     *
     * <p>{@code POST /api/v1/guide/localization/import} (request "Guide/Bulk XLIFF Import").
     *
     * @param body the request body
     * @return the answer (200: Success)
     * @throws PendoBadRequestException 400: Bad Request. Exceeds limit of 15 translations.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode importBulkXliff(String body) {
        return transport.send(importBulkXliffCall(body), jsonReader);
    }

    /**
     * Like {@link #importBulkXliff(String)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> importBulkXliffAsync(String body) {
        return transport.sendAsync(importBulkXliffCall(body), jsonReader);
    }

    private Call importBulkXliffCall(String body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("guides.importBulkXliff", "POST", "baseUrl", "/api/v1/guide/localization/import")
            .textBody(body, "application/xml; charset=UTF-8")
            .reason(400, "Bad Request. Exceeds limit of 15 translations.")
            .build();
    }

    /**
     * The parameters of {@code list}.
     *
     * @param expand Return all guides from all applications within the subscription (query parameter {@code expand})
     * @param appId Return all guides from a single application within the subscription. This ID can be found at the end of the URL when viewing app details in subscription settings (query parameter {@code appId})
     */
    public record ListParams(String expand, Long appId) {
        /**
         * A builder with no parameter set.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Builds a {@link ListParams}; every parameter is optional.
         */
        public static final class Builder {
            private String expand;

            private Long appId;

            private Builder() {
            }

            /**
             * Return all guides from all applications within the subscription (query parameter {@code expand})
             *
             * @param expand the value, or null to leave it out
             * @return this builder
             */
            public Builder expand(String expand) {
                this.expand = expand;
                return this;
            }

            /**
             * Return all guides from a single application within the subscription. This ID can be found at the end of the URL when viewing app details in subscription settings (query parameter {@code appId})
             *
             * @param appId the value, or null to leave it out
             * @return this builder
             */
            public Builder appId(Long appId) {
                this.appId = appId;
                return this;
            }

            /**
             * The parameters as set.
             *
             * @return the parameters
             */
            public ListParams build() {
                return new ListParams(expand, appId);
            }
        }
    }
}
