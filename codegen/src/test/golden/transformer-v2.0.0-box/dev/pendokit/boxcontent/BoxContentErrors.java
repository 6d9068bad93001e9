package dev.pendokit.boxcontent;

import dev.pendokit.boxcontent.runtime.ApiError;
import dev.pendokit.boxcontent.runtime.DecodeError;
import dev.pendokit.boxcontent.runtime.ErrorFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import javax.annotation.processing.Generated;

/**
 * Maps failed calls to this client's exceptions.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
final class BoxContentErrors implements ErrorFactory {
    @Override
    public BoxContentException httpError(ApiError error) {
        String message = error.message();
        String operation = error.operation();
        String reason = error.reason();
        String body = error.bodyExcerpt();
        Duration retryAfter = error.retryAfter();
        return switch (error.status()) {
            default -> error.status() >= 500
                ? new BoxContentServerErrorException(message, operation, error.status(), reason, body, retryAfter)
                : new BoxContentClientErrorException(message, operation, error.status(), reason, body, retryAfter);
        };
    }

    @Override
    public BoxContentDecodeException decodeError(DecodeError error) {
        return new BoxContentDecodeException(error.message("the Box Content API"), error.operation(),
                error.status(), error.contentType(), error.location(), error.bodyExcerpt(),
                error.rowsDelivered());
    }

    @Override
    public BoxContentTransportException ioError(String operation, String method, String path,
            IOException cause) {
        return new BoxContentTransportException(operation + ": " + method + " " + path + " got no answer: " + cause,
                operation, OptionalLong.empty(), cause);
    }

    @Override
    public BoxContentTransportException brokenOff(String message, String operation,
            OptionalLong rowsDelivered, IOException cause) {
        return new BoxContentTransportException(message, operation, rowsDelivered, cause);
    }

    @Override
    public IllegalStateException misconfigured(String message) {
        return new IllegalStateException(message);
    }
}
