package dev.pendokit.boxcontent;

import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * A call got no answer: the connection failed, was reset, or the request timed out.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class BoxContentTransportException extends BoxContentException {
    private static final long serialVersionUID = 1L;

    /**
     * No answer.
     *
     * @param message what failed, for people
     * @param operation the operation that failed, as {@code group.method}
     * @param cause why no answer came
     */
    public BoxContentTransportException(String message, String operation, IOException cause) {
        super(message, operation, cause);
    }
}
