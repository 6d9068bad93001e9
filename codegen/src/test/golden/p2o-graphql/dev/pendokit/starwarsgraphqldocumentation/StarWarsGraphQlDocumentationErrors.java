package dev.pendokit.starwarsgraphqldocumentation;

import dev.pendokit.starwarsgraphqldocumentation.runtime.ApiError;
import dev.pendokit.starwarsgraphqldocumentation.runtime.DecodeError;
import dev.pendokit.starwarsgraphqldocumentation.runtime.ErrorFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import javax.annotation.processing.Generated;

/**
 * Maps failed calls to this client's exceptions.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
final class StarWarsGraphQlDocumentationErrors implements ErrorFactory {
    @Override
    public StarWarsGraphQlDocumentationException httpError(ApiError error) {
        String message = error.message();
        String operation = error.operation();
        String reason = error.reason();
        String body = error.bodyExcerpt();
        Duration retryAfter = error.retryAfter();
        return switch (error.status()) {
            default -> error.status() >= 500
                ? new StarWarsGraphQlDocumentationServerErrorException(message, operation, error.status(), reason, body, retryAfter)
                : new StarWarsGraphQlDocumentationClientErrorException(message, operation, error.status(), reason, body, retryAfter);
        };
    }

    @Override
    public StarWarsGraphQlDocumentationDecodeException decodeError(DecodeError error) {
        return new StarWarsGraphQlDocumentationDecodeException(error.message("the Star Wars GraphQL API - documentation"), error.operation(),
                error.status(), error.contentType(), error.location(), error.bodyExcerpt(),
                error.rowsDelivered());
    }

    @Override
    public StarWarsGraphQlDocumentationTransportException ioError(String operation, String method,
            String path, IOException cause) {
        return new StarWarsGraphQlDocumentationTransportException(operation + ": " + method + " " + path + " got no answer: " + cause,
                operation, OptionalLong.empty(), cause);
    }

    @Override
    public StarWarsGraphQlDocumentationTransportException brokenOff(String message,
            String operation, OptionalLong rowsDelivered, IOException cause) {
        return new StarWarsGraphQlDocumentationTransportException(message, operation, rowsDelivered, cause);
    }

    @Override
    public IllegalStateException misconfigured(String message) {
        return new IllegalStateException(message);
    }
}
