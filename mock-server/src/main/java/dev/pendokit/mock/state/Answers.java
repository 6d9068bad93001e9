package dev.pendokit.mock.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.pendokit.runtime.StatusPhrases;
import dev.pendokit.stubs.ErrorBodies;
import java.util.Optional;

/** The state's answers: JSON, and errors written as Pendo writes them ({@link ErrorBodies}). */
final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Answers() {}

    static Optional<ResponseDefinition> ok(JsonNode body) {
        return Optional.of(json(200, body));
    }

    /**
     * The error the collection documents for the status (its reason as the message, as the stubs
     * answer it), or {@code detail} when it documents none: what an unknown id gets.
     */
    static Optional<ResponseDefinition> documented(Call call, int status, String detail) {
        String documented = call.documented(status);
        return error(status, documented.isBlank() ? detail : documented);
    }

    /** An error saying what was wrong with the request: for bodies the call cannot use. */
    static Optional<ResponseDefinition> error(int status, String message) {
        return Optional.of(json(status, ErrorBodies.of(status, message)));
    }

    static ResponseDefinition json(int status, JsonNode body) {
        try {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                    .withStatusMessage(StatusPhrases.of(status)).withHeader("Content-Type", "application/json")
                    .withBody(JSON.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of the state's own tree", e);
        }
    }
}
