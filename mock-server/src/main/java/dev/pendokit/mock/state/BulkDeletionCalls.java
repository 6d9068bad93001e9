package dev.pendokit.mock.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/v1/bulkdelete/visitor} ({@code {"visitors": [ids]}}) and
 * {@code .../account} ({@code {"accounts": [ids]}}): the visitors or accounts are deleted at once
 * (Pendo queues them for up to 21 days), so their GETs answer 404 and they leave aggregations and
 * segments. No ids is the documented 400. The answer is the request's receipt ({@link BulkDeletions});
 * {@code GET /api/v1/bulkdelete/:id} answers it again, and {@code GET /api/v1/bulkdelete} lists
 * the requests not yet complete: none. An unknown request id is left to the stubs, as the
 * collection documents no error for it.
 */
final class BulkDeletionCalls implements Calls {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public Optional<ResponseDefinition> answer(Call call, MockState state) {
        if (call.is("GET", "/api/v1/bulkdelete")) {
            return Answers.ok(JSON.arrayNode());
        }
        if (call.is("GET", "/api/v1/bulkdelete/*")) {
            return state.deletions().find(call.segment(3)).flatMap(Answers::ok);
        }
        for (Entities.Kind kind : Entities.Kind.values()) {
            if (call.is("POST", "/api/v1/bulkdelete/" + kind.path)) {
                return delete(call, state, kind);
            }
        }
        return Optional.empty();
    }

    private static Optional<ResponseDefinition> delete(Call call, MockState state, Entities.Kind kind) {
        JsonNode list = call.json().orElse(JSON.missingNode()).path(kind.source);
        List<String> ids = new ArrayList<>();
        list.forEach(id -> {
            if (id.isTextual() && !id.textValue().isBlank()) {
                ids.add(id.textValue());
            }
        });
        if (!list.isArray() || ids.isEmpty() || ids.size() != list.size()) {
            String detail = "The body must be {\"" + kind.source + "\": [ids]}, with at least one id and only ids";
            return call.documents(400) ? Answers.error(400, call.documented(400) + ": " + detail)
                    : Answers.error(400, detail);
        }
        state.delete(kind, ids);
        return Answers.ok(state.deletions().record(kind.path, ids, state.now()));
    }
}
