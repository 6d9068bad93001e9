package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import dev.pendokit.pendo.runtime.DecodeError;
import dev.pendokit.pendo.runtime.ErrorFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import javax.annotation.processing.Generated;

/**
 * Maps failed calls to this client's exceptions.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
final class PendoErrors implements ErrorFactory {
    @Override
    public PendoException httpError(ApiError error) {
        String message = error.message();
        String operation = error.operation();
        String reason = error.reason();
        String body = error.bodyExcerpt();
        Duration retryAfter = error.retryAfter();
        return switch (error.status()) {
            case 400 -> new PendoBadRequestException(message, operation, reason, body, retryAfter);
            case 401 -> new PendoUnauthorizedException(message, operation, reason, body, retryAfter);
            case 402 -> new PendoPaymentRequiredException(message, operation, reason, body, retryAfter);
            case 403 -> new PendoForbiddenException(message, operation, reason, body, retryAfter);
            case 404 -> new PendoNotFoundException(message, operation, reason, body, retryAfter);
            case 408 -> new PendoRequestTimeoutException(message, operation, reason, body, retryAfter);
            case 409 -> new PendoConflictException(message, operation, reason, body, retryAfter);
            case 413 -> new PendoPayloadTooLargeException(message, operation, reason, body, retryAfter);
            case 422 -> new PendoUnprocessableEntityException(message, operation, reason, body, retryAfter);
            case 429 -> new PendoTooManyRequestsException(message, operation, reason, body, retryAfter);
            case 500 -> new PendoInternalServerErrorException(message, operation, reason, body, retryAfter);
            case 502 -> new PendoBadGatewayException(message, operation, reason, body, retryAfter);
            case 503 -> new PendoServiceUnavailableException(message, operation, reason, body, retryAfter);
            case 504 -> new PendoGatewayTimeoutException(message, operation, reason, body, retryAfter);
            default -> error.status() >= 500
                ? new PendoServerErrorException(message, operation, error.status(), reason, body, retryAfter)
                : new PendoClientErrorException(message, operation, error.status(), reason, body, retryAfter);
        };
    }

    @Override
    public PendoDecodeException decodeError(DecodeError error) {
        return new PendoDecodeException(error.message("the Pendo API"), error.operation(),
                error.status(), error.contentType(), error.location(), error.bodyExcerpt(),
                error.rowsDelivered());
    }

    @Override
    public PendoTransportException ioError(String operation, String method, String path,
            IOException cause) {
        return new PendoTransportException(operation + ": " + method + " " + path + " got no answer: " + cause,
                operation, OptionalLong.empty(), cause);
    }

    @Override
    public PendoTransportException brokenOff(String message, String operation,
            OptionalLong rowsDelivered, IOException cause) {
        return new PendoTransportException(message, operation, rowsDelivered, cause);
    }

    @Override
    public IllegalStateException misconfigured(String message) {
        return new IllegalStateException(message);
    }
}
