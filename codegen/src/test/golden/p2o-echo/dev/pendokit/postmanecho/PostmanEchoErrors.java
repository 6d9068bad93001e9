package dev.pendokit.postmanecho;

import dev.pendokit.postmanecho.runtime.ApiError;
import dev.pendokit.postmanecho.runtime.DecodeError;
import dev.pendokit.postmanecho.runtime.ErrorFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import javax.annotation.processing.Generated;

/**
 * Maps failed calls to this client's exceptions.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
final class PostmanEchoErrors implements ErrorFactory {
    @Override
    public PostmanEchoException httpError(ApiError error) {
        String message = error.message();
        String operation = error.operation();
        String reason = error.reason();
        String body = error.bodyExcerpt();
        Duration retryAfter = error.retryAfter();
        return switch (error.status()) {
            case 401 -> new PostmanEchoUnauthorizedException(message, operation, reason, body, retryAfter);
            default -> error.status() >= 500
                ? new PostmanEchoServerErrorException(message, operation, error.status(), reason, body, retryAfter)
                : new PostmanEchoClientErrorException(message, operation, error.status(), reason, body, retryAfter);
        };
    }

    @Override
    public PostmanEchoDecodeException decodeError(DecodeError error) {
        return new PostmanEchoDecodeException(error.message("the Postman Echo API"), error.operation(),
                error.status(), error.contentType(), error.location(), error.bodyExcerpt(),
                error.rowsDelivered());
    }

    @Override
    public PostmanEchoTransportException ioError(String operation, String method, String path,
            IOException cause) {
        return new PostmanEchoTransportException(operation + ": " + method + " " + path + " got no answer: " + cause,
                operation, OptionalLong.empty(), cause);
    }

    @Override
    public PostmanEchoTransportException brokenOff(String message, String operation,
            OptionalLong rowsDelivered, IOException cause) {
        return new PostmanEchoTransportException(message, operation, rowsDelivered, cause);
    }

    @Override
    public IllegalStateException misconfigured(String message) {
        return new IllegalStateException(message);
    }
}
