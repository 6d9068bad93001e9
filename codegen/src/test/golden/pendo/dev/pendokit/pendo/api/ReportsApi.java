package dev.pendokit.pendo.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.PendoNotFoundException;
import dev.pendokit.pendo.model.Report;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Report".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class ReportsApi {
    private final Transport transport;

    private final ResponseReader<List<Report>> reportListReader;

    private final ResponseReader<List<JsonNode>> jsonListReader;

    private final ResponseReader<String> textReader;

    /**
     * Made by the client; use its {@code reports()} accessor.
     *
     * @param transport sends the calls
     */
    public ReportsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.reportListReader = Readers.json(transport.mapper(), new TypeReference<List<Report>>() {});
        this.jsonListReader = Readers.json(transport.mapper(), new TypeReference<List<JsonNode>>() {});
        this.textReader = Readers.text();
    }

    /**
     * Returns an array of JSON objects representing all public reports for a subscription.
     *
     * <p>{@code GET /api/v1/report} (request "Report/Return a List of Public Reports").
     *
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<Report> listPublic() {
        return transport.send(listPublicCall(), reportListReader);
    }

    /**
     * Like {@link #listPublic()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<Report>> listPublicAsync() {
        return transport.sendAsync(listPublicCall(), reportListReader);
    }

    private Call listPublicCall() {
        return Call.builder("reports.listPublic", "GET", "baseUrl", "/api/v1/report")
            .build();
    }

    /**
     * Returns a list of JSON objects. Paths, Funnels, and Data Explore reports cannot be returned with this endpoint.
     *
     * <p>{@code GET /api/v1/report/:reportId/results.json} (request "Report/Return Report Contents as JSON").
     *
     * @param reportId ID of the report (path parameter {@code reportId})
     * @return the answer (200: Response is sent as body)
     * @throws PendoNotFoundException 404: The report in question was not found.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<JsonNode> getContents(String reportId) {
        return transport.send(getContentsCall(reportId), jsonListReader);
    }

    /**
     * Like {@link #getContents(String)}, without blocking.
     *
     * @param reportId ID of the report (path parameter {@code reportId})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<JsonNode>> getContentsAsync(String reportId) {
        return transport.sendAsync(getContentsCall(reportId), jsonListReader);
    }

    private Call getContentsCall(String reportId) {
        Objects.requireNonNull(reportId, "reportId");
        return Call.builder("reports.getContents", "GET", "baseUrl", "/api/v1/report/{reportId}/results.json")
            .pathParam("reportId", reportId)
            .reason(404, "The report in question was not found.")
            .build();
    }

    /**
     * Returns a .csv of the report contents. Paths, Funnels, and Data Explore reports cannot be returned with this endpoint.
     *
     * <p>{@code GET /api/v1/report/:reportId/results.csv} (request "Report/Return Report Contents as CSV").
     *
     * @param reportId ID of the report (path parameter {@code reportId})
     * @return the answer (200: Response is sent as body)
     * @throws PendoNotFoundException 404: The report in question was not found.
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public String getContentsAsCsv(String reportId) {
        return transport.send(getContentsAsCsvCall(reportId), textReader);
    }

    /**
     * Like {@link #getContentsAsCsv(String)}, without blocking.
     *
     * @param reportId ID of the report (path parameter {@code reportId})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<String> getContentsAsCsvAsync(String reportId) {
        return transport.sendAsync(getContentsAsCsvCall(reportId), textReader);
    }

    private Call getContentsAsCsvCall(String reportId) {
        Objects.requireNonNull(reportId, "reportId");
        return Call.builder("reports.getContentsAsCsv", "GET", "baseUrl", "/api/v1/report/{reportId}/results.csv")
            .pathParam("reportId", reportId)
            .accept("text/csv")
            .reason(404, "The report in question was not found.")
            .build();
    }
}
