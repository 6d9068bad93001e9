package dev.pendokit.postmanecho;

import dev.pendokit.postmanecho.runtime.ApiError;
import dev.pendokit.postmanecho.runtime.ErrorFactory;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Maps failed calls to this client's exceptions.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
final class PostmanEchoErrors implements ErrorFactory {
    @Override
    public PostmanEchoException httpError(ApiError error) {
        return switch (error.status()) {
            case 401 -> new PostmanEchoUnauthorizedException(error);
            default -> error.status() >= 500 ? new PostmanEchoServerErrorException(error) : new PostmanEchoClientErrorException(error);
        } ;
    }

    @Override
    public PostmanEchoTransportException ioError(String operation, String method, String path,
            IOException cause) {
        return new PostmanEchoTransportException(operation, operation + ": " + method + " " + path + " got no answer: " + cause, cause);
    }

    @Override
    public IllegalStateException misconfigured(String message) {
        return new IllegalStateException(message);
    }
}
