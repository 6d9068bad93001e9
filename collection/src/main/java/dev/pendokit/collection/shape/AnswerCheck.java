package dev.pendokit.collection.shape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.shape.AnswerDifference.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One answer against what its operation documents for its status: whether the status is
 * documented at all, then for a documented success its media type and, for JSON, its body's
 * shape ({@link ShapeCheck}). A documented error (401 for a key without access, 404 for an id
 * that does not exist) is not compared: it comes back as {@link Kind#DOCUMENTED_ERROR_NOT_CHECKED}.
 *
 * <p>The one comparison of real answers: live drift reports it, and the mock's proxy mode
 * reports it of the traffic it forwards.
 */
public final class AnswerCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerCheck() {}

    /**
     * @param operation the documented request the answer is for
     * @param status the answer's status
     * @param contentType its {@code Content-Type} header, "" when it had none
     * @param body its body, empty when it had none
     * @return how it differs, in the order found; empty when it fits
     */
    public static List<AnswerDifference> check(Operation operation, int status, String contentType, byte[] body) {
        Optional<Response> documented = operation.response(status);
        if (documented.isEmpty()) {
            return List.of(new AnswerDifference(Kind.UNDOCUMENTED_STATUS, status, "", "", "", "", false));
        }
        Response response = documented.get();
        if (!response.isSuccess()) {
            return List.of(new AnswerDifference(Kind.DOCUMENTED_ERROR_NOT_CHECKED, status, "", "", response.reason(), "",
                    false));
        }
        if (status == 204 || body.length == 0) {
            return emptyBody(response);
        }
        String actual = mediaType(contentType);
        String expected = mediaType(response.mediaType());
        if (!expected.isEmpty() && !expected.equals(actual)) {
            // The body is not what the client will parse it as: comparing its shape says nothing more.
            return List.of(new AnswerDifference(Kind.CONTENT_TYPE_CHANGED, status, "Content-Type", "", expected, actual,
                    false));
        }
        if (response.kind() != BodyKind.JSON || response.shape() instanceof AnyShape) {
            return List.of();
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            // Not the parser's message: it quotes the body, which is the customer's data.
            return List.of(new AnswerDifference(Kind.NOT_JSON, status, "$", "", ShapeCheck.describe(response.shape()),
                    "a body that is not JSON", false));
        } catch (IOException e) {
            throw new IllegalStateException("Reading a byte array cannot fail", e);
        }
        List<AnswerDifference> differences = new ArrayList<>();
        for (ShapeMismatch mismatch : ShapeCheck.mismatches(response.shape(), json)) {
            Kind kind = switch (mismatch.kind()) {
                case MISSING_FIELD -> Kind.MISSING_FIELD;
                case UNDOCUMENTED_FIELD -> Kind.UNDOCUMENTED_FIELD;
                case TYPE_CHANGED -> Kind.TYPE_CHANGED;
            };
            differences.add(new AnswerDifference(kind, status, mismatch.place(), mismatch.field(), mismatch.documented(),
                    mismatch.actual(), mismatch.optional()));
        }
        return differences;
    }

    private static List<AnswerDifference> emptyBody(Response response) {
        if (response.status() == 204 || response.kind() != BodyKind.JSON || response.shape() instanceof AnyShape) {
            return List.of();
        }
        return List.of(new AnswerDifference(Kind.EMPTY_BODY, response.status(), "$", "",
                ShapeCheck.describe(response.shape()), "an empty body", false));
    }

    /** {@code application/json}, from {@code Application/JSON; charset=UTF-8}. */
    public static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
