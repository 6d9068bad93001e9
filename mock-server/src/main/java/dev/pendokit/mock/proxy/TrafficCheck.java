package dev.pendokit.mock.proxy;

import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.shape.AnswerCheck;
import dev.pendokit.collection.shape.AnswerDifference;
import dev.pendokit.mock.OperationIndex;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request that went through and its answer, against the collection: first the documented
 * request it is for, then live drift's comparison of the answer ({@link AnswerCheck}). A
 * documented error is no difference (its body is not compared, as live drift does not compare
 * it); a request of no documented method and path is one.
 *
 * <p>The documented request is the one whose stub would have answered it, had the mock not been
 * a proxy: the stubs tell apart what method and path alone cannot (Pendo's one aggregation POST
 * is 50 documented requests, told apart by the pipeline's source; a page by id is not the list of
 * pages). A request that fits no stub exactly (a required query parameter missing, an
 * aggregation of a source the collection does not show) is checked against the first documented
 * request of its method and path.
 */
final class TrafficCheck {

    private final Map<String, Operation> byName = new LinkedHashMap<>();
    private final List<StubMapping> stubs;
    private final OperationIndex operations;

    /**
     * @param operations the mock's index of the model's operations, made once for every filter
     * @param stubs the mock's stubs for requests that choose no response: one per documented request
     */
    TrafficCheck(ApiModel model, OperationIndex operations, List<StubMapping> stubs) {
        for (Operation operation : model.operations()) {
            byName.putIfAbsent(operation.location().itemPath(), operation);
        }
        this.stubs = stubs.stream().filter(s -> byName.containsKey(request(s)))
                .sorted(Comparator.comparingInt(s -> s.getPriority() == null ? Integer.MAX_VALUE : s.getPriority()))
                .toList();
        this.operations = operations;
    }

    /** @param named how differences name the request ({@code GET /api/v1/page}), masked */
    List<ProxyDifference> differences(Request request, String named, UpstreamAnswer answer) {
        Optional<Operation> operation = operation(request);
        if (operation.isEmpty()) {
            return List.of(ProxyDifference.undocumentedRequest(named));
        }
        String name = operation.get().location().itemPath();
        return AnswerCheck.check(operation.get(), answer.status(), answer.header("Content-Type"), answer.body()).stream()
                .filter(d -> d.kind() != AnswerDifference.Kind.DOCUMENTED_ERROR_NOT_CHECKED)
                .map(d -> ProxyDifference.of(named, name, d)).toList();
    }

    private Optional<Operation> operation(Request request) {
        for (StubMapping stub : stubs) {
            if (stub.getRequest().match(request).isExactMatch()) {
                return Optional.of(byName.get(request(stub)));
            }
        }
        return operations.find(request.getMethod().getName(), request.getUrl().split("\\?")[0]);
    }

    /** The documented request a stub answers ({@code Folder/Request}), or "". */
    private static String request(StubMapping stub) {
        Metadata metadata = stub.getMetadata();
        if (metadata == null || !metadata.containsKey("pendokit")) {
            return "";
        }
        String request = metadata.getMetadata("pendokit").getString("request", "");
        return request == null ? "" : request;
    }
}
