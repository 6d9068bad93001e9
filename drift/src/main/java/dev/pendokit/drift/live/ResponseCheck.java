package dev.pendokit.drift.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.shape.ShapeCheck;
import dev.pendokit.collection.shape.ShapeMismatch;
import dev.pendokit.drift.Change;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One live answer against what the operation documents for its status: whether the status is
 * documented at all, then for a documented success its media type and, for JSON, its body's
 * shape ({@link ShapeCheck}). A documented error (401 for a key without access, 404 for an
 * id that does not exist) is not drift: it is reported as not checked, with the status and what
 * the documentation says it means.
 */
final class ResponseCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseCheck() {}

    static List<Change> check(Operation operation, HttpResponse<byte[]> answer) {
        int status = answer.statusCode();
        Optional<Response> documented = operation.response(status);
        if (documented.isEmpty()) {
            return List.of(LiveChanges.undocumentedStatus(operation, status));
        }
        Response response = documented.get();
        if (!response.isSuccess()) {
            return List.of(LiveChanges.notChecked(operation, "status " + status, "Not compared: the API answered "
                    + status + (response.reason().isEmpty() ? "" : " (documented: " + response.reason() + ")")
                    + hint(status)));
        }
        byte[] body = answer.body();
        if (status == 204 || body.length == 0) {
            return emptyBody(operation, response);
        }
        List<Change> changes = new ArrayList<>();
        String actual = mediaType(answer.headers().firstValue("Content-Type").orElse(""));
        String expected = mediaType(response.mediaType());
        if (!expected.isEmpty() && !expected.equals(actual)) {
            // The body is not what the client will parse it as: comparing its shape says nothing more.
            changes.add(LiveChanges.contentTypeChanged(operation, status, expected, actual));
            return changes;
        }
        if (response.kind() != BodyKind.JSON || response.shape() instanceof AnyShape) {
            return changes;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            // Not the parser's message: it quotes the body, which is the customer's data.
            changes.add(LiveChanges.typeChanged(operation, "response " + status + ": $",
                    ShapeCheck.describe(response.shape()), "a body that is not JSON"));
            return changes;
        } catch (IOException e) {
            throw new IllegalStateException("Reading a byte array cannot fail", e);
        }
        String at = "response " + status + ": ";
        for (ShapeMismatch mismatch : ShapeCheck.mismatches(response.shape(), json)) {
            changes.add(switch (mismatch.kind()) {
                case MISSING_FIELD -> LiveChanges.missingField(operation, at + mismatch.place(), mismatch.field(),
                        mismatch.optional());
                case UNDOCUMENTED_FIELD -> LiveChanges.undocumentedField(operation, at + mismatch.place(),
                        mismatch.field());
                case TYPE_CHANGED -> LiveChanges.typeChanged(operation, at + mismatch.place(), mismatch.documented(),
                        mismatch.actual());
            });
        }
        return changes;
    }

    private static List<Change> emptyBody(Operation operation, Response response) {
        if (response.status() == 204 || response.kind() != BodyKind.JSON || response.shape() instanceof AnyShape) {
            return List.of();
        }
        return List.of(LiveChanges.typeChanged(operation, "response " + response.status() + ": $",
                ShapeCheck.describe(response.shape()), "an empty body"));
    }

    /** {@code application/json}, from {@code Application/JSON; charset=UTF-8}. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String hint(int status) {
        return switch (status) {
            case 401, 403 -> "; check that the integration key is valid and may read this.";
            case 404 -> "; the example or discovered values may name nothing in this subscription.";
            case 429, 503 -> "; the API still asked to wait after " + PacedClient.RETRIES + " retries.";
            default -> status >= 500 ? "; the API failed, try again later." : ".";
        };
    }
}
