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
    public JsonNode rotateCredentialsForGcsDestination(JsonNode body) {
        return transport.send(rotateCredentialsForGcsDestinationCall(body), jsonReader);
    }

    /**
     * Like {@link #rotateCredentialsForGcsDestination}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> rotateCredentialsForGcsDestinationAsync(JsonNode body) {
        return transport.sendAsync(rotateCredentialsForGcsDestinationCall(body), jsonReader);
    }

    private Call rotateCredentialsForGcsDestinationCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("dataSync.rotateCredentialsForGcsDestination", "PUT", "baseUrl", "/api/v1/datasync/storageTypes/gcs/destinations/Default/credentials")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public JsonNode rotateCredentialsForS3Destination(JsonNode body) {
        return transport.send(rotateCredentialsForS3DestinationCall(body), jsonReader);
    }

    /**
     * Like {@link #rotateCredentialsForS3Destination}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> rotateCredentialsForS3DestinationAsync(JsonNode body) {
        return transport.sendAsync(rotateCredentialsForS3DestinationCall(body), jsonReader);
    }

    private Call rotateCredentialsForS3DestinationCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("dataSync.rotateCredentialsForS3Destination", "PUT", "baseUrl", "/api/v1/datasync/storageTypes/s3/destinations/Default/credentials")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
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
    public JsonNode rotateCredentialsForAzureDestination(JsonNode body) {
        return transport.send(rotateCredentialsForAzureDestinationCall(body), jsonReader);
    }

    /**
     * Like {@link #rotateCredentialsForAzureDestination}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> rotateCredentialsForAzureDestinationAsync(JsonNode body) {
        return transport.sendAsync(rotateCredentialsForAzureDestinationCall(body), jsonReader);
    }

    private Call rotateCredentialsForAzureDestinationCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("dataSync.rotateCredentialsForAzureDestination", "PUT", "baseUrl", "/api/v1/datasync/storageTypes/azure/destinations/Default/credentials")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .reason(400, "For one of the following reasons: Missing a required field in the request body; The existing destination is not a Microsoft Azure blob storage; Unable to validate the updated credentials provided")
            .build();
    }
}
