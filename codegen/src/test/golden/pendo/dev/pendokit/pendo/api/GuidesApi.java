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
import java.util.ArrayList;
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

    private final ResponseReader<List<JsonNode>> jsonListReader;

    private final ResponseReader<JsonNode> jsonReader;

    private final ResponseReader<String> textReader;

    /**
     * Made by the client; use its {@code guides()} accessor.
     */
    public GuidesApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.guideListReader = Readers.json(transport.mapper(), new TypeReference<List<Guide>>() {});
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
    public List<Guide> returnListOfAllGuides(ReturnListOfAllGuidesParams params) {
        return transport.send(returnListOfAllGuidesCall(params), guideListReader);
    }

    /**
     * Like {@link #returnListOfAllGuides}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<List<Guide>> returnListOfAllGuidesAsync(
            ReturnListOfAllGuidesParams params) {
        return transport.sendAsync(returnListOfAllGuidesCall(params), guideListReader);
    }

    /**
     * {@link #returnListOfAllGuides} without any of its optional parameters.
     */
    public List<Guide> returnListOfAllGuides() {
        return returnListOfAllGuides(ReturnListOfAllGuidesParams.builder().build());
    }

    private Call returnListOfAllGuidesCall(ReturnListOfAllGuidesParams params) {
        Objects.requireNonNull(params, "params");
        return Call.builder("guides.returnListOfAllGuides", "GET", "baseUrl", "/api/v1/guide")
            .query("expand", params.expand())
            .query("appId", params.appId())
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .build();
    }

    /**
     * Instead of returning all guides, you can specify a singular guide you'd like returned by adding a guideId to the request. Comma separated values are allowed. For example, if you wanted to return multiple guides but not the entire list, follow the format: guide?id=guideId_1,guideId_2,guideId_3
     *
     * <p>{@code GET /api/v1/guide} (request "Guide/Return a Specific Guide").
     *
     * @param id guideID (query parameter {@code id})
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<Guide> returnASpecificGuide(String id) {
        return transport.send(returnASpecificGuideCall(id), guideListReader);
    }

    /**
     * Like {@link #returnASpecificGuide}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<List<Guide>> returnASpecificGuideAsync(String id) {
        return transport.sendAsync(returnASpecificGuideCall(id), guideListReader);
    }

    private Call returnASpecificGuideCall(String id) {
        Objects.requireNonNull(id, "id");
        return Call.builder("guides.returnASpecificGuide", "GET", "baseUrl", "/api/v1/guide")
            .query("id", id)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public List<JsonNode> retrieveChangeHistoryForAGuide(String guideId) {
        return transport.send(retrieveChangeHistoryForAGuideCall(guideId), jsonListReader);
    }

    /**
     * Like {@link #retrieveChangeHistoryForAGuide}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<List<JsonNode>> retrieveChangeHistoryForAGuideAsync(String guideId) {
        return transport.sendAsync(retrieveChangeHistoryForAGuideCall(guideId), jsonListReader);
    }

    private Call retrieveChangeHistoryForAGuideCall(String guideId) {
        Objects.requireNonNull(guideId, "guideId");
        return Call.builder("guides.retrieveChangeHistoryForAGuide", "GET", "baseUrl", "/api/v1/guide/{guideId}/history")
            .pathParam("guideId", guideId)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public JsonNode resetGuideSeenForSpecificVisitor(String guideId, String visitorId) {
        return transport.send(resetGuideSeenForSpecificVisitorCall(guideId, visitorId), jsonReader);
    }

    /**
     * Like {@link #resetGuideSeenForSpecificVisitor}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> resetGuideSeenForSpecificVisitorAsync(String guideId,
            String visitorId) {
        return transport.sendAsync(resetGuideSeenForSpecificVisitorCall(guideId, visitorId), jsonReader);
    }

    private Call resetGuideSeenForSpecificVisitorCall(String guideId, String visitorId) {
        Objects.requireNonNull(guideId, "guideId");
        Objects.requireNonNull(visitorId, "visitorId");
        return Call.builder("guides.resetGuideSeenForSpecificVisitor", "POST", "baseUrl", "/api/v1/guide/{guideId}/visitor/{visitorId}/reset")
            .pathParam("guideId", guideId)
            .pathParam("visitorId", visitorId)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public JsonNode resetGuideSeenForSpecificVisitorForAllGuides(String visitorId) {
        return transport.send(resetGuideSeenForSpecificVisitorForAllGuidesCall(visitorId), jsonReader);
    }

    /**
     * Like {@link #resetGuideSeenForSpecificVisitorForAllGuides}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> resetGuideSeenForSpecificVisitorForAllGuidesAsync(
            String visitorId) {
        return transport.sendAsync(resetGuideSeenForSpecificVisitorForAllGuidesCall(visitorId), jsonReader);
    }

    private Call resetGuideSeenForSpecificVisitorForAllGuidesCall(String visitorId) {
        Objects.requireNonNull(visitorId, "visitorId");
        return Call.builder("guides.resetGuideSeenForSpecificVisitorForAllGuides", "POST", "baseUrl", "/api/v1/guide/all/visitor/{visitorId}/reset")
            .pathParam("visitorId", visitorId)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public JsonNode resetIndividualStagedGuide(String guideId) {
        return transport.send(resetIndividualStagedGuideCall(guideId), jsonReader);
    }

    /**
     * Like {@link #resetIndividualStagedGuide}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> resetIndividualStagedGuideAsync(String guideId) {
        return transport.sendAsync(resetIndividualStagedGuideCall(guideId), jsonReader);
    }

    private Call resetIndividualStagedGuideCall(String guideId) {
        Objects.requireNonNull(guideId, "guideId");
        return Call.builder("guides.resetIndividualStagedGuide", "POST", "baseUrl", "/api/v1/guide/{guideId}/reset")
            .pathParam("guideId", guideId)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public JsonNode resetAllStagedGuides() {
        return transport.send(resetAllStagedGuidesCall(), jsonReader);
    }

    /**
     * Like {@link #resetAllStagedGuides}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> resetAllStagedGuidesAsync() {
        return transport.sendAsync(resetAllStagedGuidesCall(), jsonReader);
    }

    private Call resetAllStagedGuidesCall() {
        return Call.builder("guides.resetAllStagedGuides", "POST", "baseUrl", "/api/v1/guide/staged/reset")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public String exportGuideExperimentResults(String guideId) {
        return transport.send(exportGuideExperimentResultsCall(guideId), textReader);
    }

    /**
     * Like {@link #exportGuideExperimentResults}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<String> exportGuideExperimentResultsAsync(String guideId) {
        return transport.sendAsync(exportGuideExperimentResultsCall(guideId), textReader);
    }

    private Call exportGuideExperimentResultsCall(String guideId) {
        Objects.requireNonNull(guideId, "guideId");
        return Call.builder("guides.exportGuideExperimentResults", "POST", "baseUrl", "/api/v1/guide/{guideId}/experiment/export")
            .pathParam("guideId", guideId)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
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
     * @param guideids Multiple guideId values, comma-separated (query parameter {@code guideids})
     * @return the answer (200: Success)
     * @throws PendoBadRequestException 400: Bad Request. More than 15 guides requested.
     * @throws PendoNotFoundException 404: Not Found. guide id xxxxx not found.
     * @throws PendoInternalServerErrorException 500: Server Error. Any other failure.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public String bulkXliffExport(String guideids) {
        return transport.send(bulkXliffExportCall(guideids), textReader);
    }

    /**
     * Like {@link #bulkXliffExport}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<String> bulkXliffExportAsync(String guideids) {
        return transport.sendAsync(bulkXliffExportCall(guideids), textReader);
    }

    private Call bulkXliffExportCall(String guideids) {
        Objects.requireNonNull(guideids, "guideids");
        return Call.builder("guides.bulkXliffExport", "GET", "baseUrl", "/api/v1/guide/localization/export")
            .query("guideids", guideids)
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
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
    public JsonNode bulkXliffImport(String body) {
        return transport.send(bulkXliffImportCall(body), jsonReader);
    }

    /**
     * Like {@link #bulkXliffImport}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> bulkXliffImportAsync(String body) {
        return transport.sendAsync(bulkXliffImportCall(body), jsonReader);
    }

    private Call bulkXliffImportCall(String body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("guides.bulkXliffImport", "POST", "baseUrl", "/api/v1/guide/localization/import")
            .textBody(body, "application/xml; charset=UTF-8")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .reason(400, "Bad Request. Exceeds limit of 15 translations.")
            .build();
    }

    /**
     * The parameters of {@code returnListOfAllGuides}.
     *
     * @param expand Return all guides from all applications within the subscription (query parameter {@code expand})
     * @param appId Return all guides from a single application within the subscription. This ID can be found at the end of the URL when viewing app details in subscription settings (query parameter {@code appId})
     */
    public record ReturnListOfAllGuidesParams(String expand, Long appId) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String expand;

            private Long appId;

            private Builder() {
            }

            /**
             * Return all guides from all applications within the subscription (query parameter {@code expand})
             */
            public Builder expand(String expand) {
                this.expand = expand;
                return this;
            }

            /**
             * Return all guides from a single application within the subscription. This ID can be found at the end of the URL when viewing app details in subscription settings (query parameter {@code appId})
             */
            public Builder appId(Long appId) {
                this.appId = appId;
                return this;
            }

            public ReturnListOfAllGuidesParams build() {
                List<String> missing = new ArrayList<>();
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("ReturnListOfAllGuidesParams is missing required parameters: " + missing);
                }
                return new ReturnListOfAllGuidesParams(expand, appId);
            }
        }
    }
}
