package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import dev.pendokit.pendo.runtime.ErrorFactory;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Maps failed calls to this client's exceptions.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
final class PendoErrors implements ErrorFactory {
    @Override
    public PendoException httpError(ApiError error) {
        return switch (error.status()) {
            case 400 -> new PendoBadRequestException(error);
            case 401 -> new PendoUnauthorizedException(error);
            case 402 -> new PendoPaymentRequiredException(error);
            case 403 -> new PendoForbiddenException(error);
            case 404 -> new PendoNotFoundException(error);
            case 408 -> new PendoRequestTimeoutException(error);
            case 409 -> new PendoConflictException(error);
            case 413 -> new PendoPayloadTooLargeException(error);
            case 422 -> new PendoUnprocessableEntityException(error);
            case 429 -> new PendoTooManyRequestsException(error);
            case 500 -> new PendoInternalServerErrorException(error);
            case 502 -> new PendoBadGatewayException(error);
            case 503 -> new PendoServiceUnavailableException(error);
            case 504 -> new PendoGatewayTimeoutException(error);
            default -> error.status() >= 500 ? new PendoServerErrorException(error) : new PendoClientErrorException(error);
        } ;
    }

    @Override
    public PendoTransportException ioError(String operation, String method, String path,
            IOException cause) {
        return new PendoTransportException(operation, operation + ": " + method + " " + path + " got no answer: " + cause, cause);
    }

    @Override
    public IllegalStateException misconfigured(String message) {
        return new IllegalStateException(message);
    }
}
