package dev.pendokit.mock.state;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Optional;

/**
 * {@code GET /api/v1/visitor/:visitorId} and {@code GET /api/v1/account/:accountId} (and their
 * {@code b64_} forms): the visitor or account as the state has it, or the documented 404.
 */
final class EntityCalls implements Calls {

    @Override
    public Optional<ResponseDefinition> answer(Call call, MockState state) {
        for (Entities.Kind kind : Entities.Kind.values()) {
            if (call.is("GET", "/api/v1/" + kind.path + "/*")) {
                Entities entities = state.entities(kind);
                return call.id(3).flatMap(entities::row)
                        .map(row -> Answers.ok(entities.asObject(row)))
                        .orElseGet(() -> Answers.documented(call, 404, "No " + kind.path + " with id " + call.segment(3)));
            }
        }
        return Optional.empty();
    }
}
