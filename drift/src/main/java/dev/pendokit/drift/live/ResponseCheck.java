package dev.pendokit.drift.live;

import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.shape.AnswerCheck;
import dev.pendokit.collection.shape.AnswerDifference;
import dev.pendokit.drift.Change;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * One live answer against what the operation documents for its status: the comparison is
 * {@link AnswerCheck}'s (the mock's proxy mode makes the same one); this maps what it finds to
 * drift's changes. A documented error (401 for a key without access, 404 for an id that does not
 * exist) is not drift: it is reported as not checked, with the status, what the documentation
 * says it means, and what to look at.
 */
final class ResponseCheck {

    private ResponseCheck() {}

    static List<Change> check(Operation operation, HttpResponse<byte[]> answer) {
        int status = answer.statusCode();
        List<AnswerDifference> differences = AnswerCheck.check(operation, status,
                answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        return differences.stream().map(d -> LiveChanges.of(operation, d, hint(status))).toList();
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
