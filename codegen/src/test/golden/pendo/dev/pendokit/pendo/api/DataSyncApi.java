package dev.pendokit.pendo.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.pendo.PendoBadRequestException;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Data Sync".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class DataSyncApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code dataSync()} accessor.
     *
     * @param transport sends the calls
     */
    public DataSyncApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Rotate the service account and secret key for a Google (GCS) Data Sync destination that has previously been configured in the Pendo UI.
     *
     * <p>For information on setup, visit the main documentation site.
     *
     * <p>{@code PUT /api/v1/datasync/storageTypes/gcs/destinations/Default/credentials} (request "Data Sync/Rotate Credentials for GCS Destination").
     *
     * @param body the request body
     * @return the answer (200: Credentials were successfully rotated)
     * @throws PendoBadRequestException 400: For one of the following reasons: Missing a required field in the request body; The existing destination is not a Google Cloud Platform storage bucket; Unable to validate the updated credentials provided
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode rotateGcsCredentials(JsonNode body) {
        return transport.send(rotateGcsCredentialsCall(body), jsonReader);
    }

    /**
     * Like {@link #rotateGcsCredentials(JsonNode)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> rotateGcsCredentialsAsync(JsonNode body) {
        return transport.sendAsync(rotateGcsCredentialsCall(body), jsonReader);
    }

    private Call rotateGcsCredentialsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("dataSync.rotateGcsCredentials", "PUT", "baseUrl", "/api/v1/datasync/storageTypes/gcs/destinations/Default/credentials")
            .body(transport.json(body), "application/json")
            .reason(400, "For one of the following reasons: Missing a required field in the request body; The existing destination is not a Google Cloud Platform storage bucket; Unable to validate the updated credentials provided")
            .build();
    }

    /**
     * Rotate the service account and secret key for an Amazon S3 Data Sync destination that has previously been configured in the Pendo UI.
     *
     * <p>For information on setup, visit the main documentation
     *
     * <p>{@code PUT /api/v1/datasync/storageTypes/s3/destinations/Default/credentials} (request "Data Sync/Rotate Credentials for S3 Destination").
     *
     * @param body the request body
     * @return the answer (200: Credentials were successfully rotated)
     * @throws PendoBadRequestException 400: For one of the following reasons: Missing a required field in the request body; The existing destination is not an Amazon S3 bucket; Unable to validate the updated credentials provided
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode rotateS3Credentials(JsonNode body) {
        return transport.send(rotateS3CredentialsCall(body), jsonReader);
    }

    /**
     * Like {@link #rotateS3Credentials(JsonNode)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> rotateS3CredentialsAsync(JsonNode body) {
        return transport.sendAsync(rotateS3CredentialsCall(body), jsonReader);
    }

    private Call rotateS3CredentialsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("dataSync.rotateS3Credentials", "PUT", "baseUrl", "/api/v1/datasync/storageTypes/s3/destinations/Default/credentials")
            .body(transport.json(body), "application/json")
            .reason(400, "For one of the following reasons: Missing a required field in the request body; The existing destination is not an Amazon S3 bucket; Unable to validate the updated credentials provided")
            .build();
    }

    /**
     * Rotate the service account and secret key for a Microsoft Azure Data Sync destination that has previously been configured in the Pendo UI.
     *
     * <p>For information on setup, visit the main documentation site.
     *
     * <p>{@code PUT /api/v1/datasync/storageTypes/azure/destinations/Default/credentials} (request "Data Sync/Rotate Credentials for Azure Destination").
     *
     * @param body the request body
     * @return the answer (200: Credentials were successfully rotated)
     * @throws PendoBadRequestException 400: For one of the following reasons: Missing a required field in the request body; The existing destination is not a Microsoft Azure blob storage; Unable to validate the updated credentials provided
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public JsonNode rotateAzureCredentials(JsonNode body) {
        return transport.send(rotateAzureCredentialsCall(body), jsonReader);
    }

    /**
     * Like {@link #rotateAzureCredentials(JsonNode)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> rotateAzureCredentialsAsync(JsonNode body) {
        return transport.sendAsync(rotateAzureCredentialsCall(body), jsonReader);
    }

    private Call rotateAzureCredentialsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("dataSync.rotateAzureCredentials", "PUT", "baseUrl", "/api/v1/datasync/storageTypes/azure/destinations/Default/credentials")
            .body(transport.json(body), "application/json")
            .reason(400, "For one of the following reasons: Missing a required field in the request body; The existing destination is not a Microsoft Azure blob storage; Unable to validate the updated credentials provided")
            .build();
    }
}
