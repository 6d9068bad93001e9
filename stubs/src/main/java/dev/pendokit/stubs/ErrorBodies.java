package dev.pendokit.stubs;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.runtime.StatusPhrases;

/**
 * The body of an error as Pendo writes one: {@code {"status": 404, "error": "Not Found",
 * "message": "..."}}. The stubs' documented errors and every error the mock makes of its own (a
 * wrong key, no documented request, a pipeline it cannot read) are written this way.
 */
public final class ErrorBodies {

    private ErrorBodies() {}

    /** @param message what went wrong; "" for the status's phrase */
    public static ObjectNode of(int status, String message) {
        String phrase = StatusPhrases.of(status);
        return JsonNodeFactory.instance.objectNode().put("status", status).put("error", phrase)
                .put("message", message.isEmpty() ? phrase : message);
    }
}
