package dev.pendokit.mock.state;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.mock.OperationIndex;
import dev.pendokit.stubs.ErrorBodies;
import dev.pendokit.stubs.StubGenerator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * The stateful mock's calls: answers the documented requests that read or change the
 * {@link MockState} (visitors and accounts, metadata, segments, bulk deletion, track events) from
 * it, and {@code POST /__pendokit/reset} by starting the state over.
 *
 * <p>It steps aside, and the stubs answer as without it, for any other request, and for a request
 * that chooses a documented response ({@code Prefer}, {@code x-mock-response-code},
 * {@code x-mock-response-name}) or lacks its key (the stubs answer it 401), as the aggregation
 * engine does; and for a request that a stub a test added itself would answer, so that a test can
 * still make one call fail (a 503 on one batch) while the state answers the others. It must be registered after the key check, so that a wrong key is refused before
 * it gets here, and after the JSON body check, so that a broken body gets its 400.
 */
public final class StateFilter implements StubRequestFilterV2 {

    /** Starts the state over; outside Pendo's paths, and needing no key. */
    public static final String RESET_PATH = "/__pendokit/reset";

    private static final List<Calls> CALLS = List.of(new EntityCalls(), new MetadataCalls(), new SegmentCalls(),
            new BulkDeletionCalls(), new TrackCalls());

    private final MockState state;
    private final CompletableFuture<OperationIndex> operations;
    private final Predicate<Request> testStubAnswers;

    /**
     * @param operations the collection's operations by method and path, made while the server starts
     * @param testStubAnswers whether a stub added by a test (not one of the mock's own) would answer the request
     */
    public StateFilter(MockState state, CompletableFuture<OperationIndex> operations, Predicate<Request> testStubAnswers) {
        this.state = state;
        this.operations = operations;
        this.testStubAnswers = testStubAnswers;
    }

    @Override
    public String getName() {
        return "pendokit-state";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        String path = request.getUrl().split("\\?")[0];
        if (path.equals(RESET_PATH)) {
            return RequestFilterAction.stopWith(reset(request));
        }
        Optional<Operation> operation = operations.join().find(request.getMethod().getName(), path);
        if (operation.isEmpty() || !carriesItsKey(request, operation.get())
                || StubGenerator.RESPONSE_CHOOSERS.stream().anyMatch(name -> request.header(name).isPresent())
                || testStubAnswers.test(request)) {
            return RequestFilterAction.continueWith(request);
        }
        Call call = Call.of(request, operation.get());
        Optional<ResponseDefinition> answer = state.locked(s -> {
            for (Calls calls : CALLS) {
                Optional<ResponseDefinition> found = calls.answer(call, s);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.<ResponseDefinition>empty();
        });
        return answer.map(RequestFilterAction::stopWith).orElseGet(() -> RequestFilterAction.continueWith(request));
    }

    private ResponseDefinition reset(Request request) {
        if (!request.getMethod().getName().equals("POST")) {
            return Answers.json(405, ErrorBodies.of(405, "Reset the state with POST " + RESET_PATH));
        }
        state.reset();
        return Answers.json(200, JsonNodeFactory.instance.objectNode().put("reset", true));
    }

    /** Whether the request has the header its operation authenticates with; read this way since a wrapped request's getHeader throws when it is absent. */
    private static boolean carriesItsKey(Request request, Operation operation) {
        return !(operation.auth() instanceof AuthScheme.ApiKey key) || request.header(key.name()).isPresent();
    }
}
