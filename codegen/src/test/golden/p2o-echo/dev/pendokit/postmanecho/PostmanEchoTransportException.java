package dev.pendokit.postmanecho;

import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * A call got no answer: the connection failed, was reset, or the request timed out.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PostmanEchoTransportException extends PostmanEchoException {
    private static final long serialVersionUID = 1L;

    public PostmanEchoTransportException(String operation, String message, IOException cause) {
        super(operation, message, cause);
    }
}
