package dev.pendokit.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.runtime.StatusPhrases;
import dev.pendokit.stubs.ErrorBodies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpStatus;

/**
 * The errors the mock answers below WireMock (a body too large, a request Jetty cannot read, a
 * failure), written as Pendo writes its errors ({@link ErrorBodies}), never as an HTML page.
 */
final class JsonErrors {

    static final String CONTENT_TYPE = "application/json";

    private JsonErrors() {}

    /**
     * {@code {"status": 413, "error": "Payload Too Large", "message": "..."}}; the phrase comes from
     * Jetty for statuses Pendo documents nowhere (411, 414, 431).
     *
     * @param message what went wrong; "" for the status's phrase
     */
    static ObjectNode of(int status, String message) {
        if (!StatusPhrases.of(status).isEmpty()) {
            return ErrorBodies.of(status, message);
        }
        String phrase = HttpStatus.getMessage(status);
        return ErrorBodies.of(status, message.isEmpty() ? phrase : message).put("error", phrase);
    }

    static byte[] bytes(int status, String message) {
        return of(status, message).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Answers with the error, replacing whatever the response held. */
    static void write(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = bytes(status, message);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
