package dev.pendokit.boxcontent;

import dev.pendokit.boxcontent.runtime.ApiError;
import dev.pendokit.boxcontent.runtime.ErrorFactory;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Maps failed calls to this client's exceptions.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
final class BoxContentErrors implements ErrorFactory {
    @Override
    public BoxContentException httpError(ApiError error) {
        return switch (error.status()) {
            default -> error.status() >= 500 ? new BoxContentServerErrorException(error) : new BoxContentClientErrorException(error);
        } ;
    }

    @Override
    public BoxContentTransportException ioError(String operation, String method, String path,
            IOException cause) {
        return new BoxContentTransportException(operation, operation + ": " + method + " " + path + " got no answer: " + cause, cause);
    }

    @Override
    public IllegalStateException misconfigured(String message) {
        return new IllegalStateException(message);
    }
}
