package dev.pendokit.mock.coverage;

import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts which documented operation and status each answered request hit, for {@link Coverage}.
 * Unlike the request journal it forgets nothing, yet holds one counter per (operation, status)
 * whatever the load; requests that matched no documented request are kept by method, path and
 * status up to {@value #UNMATCHED_KEPT} distinct ones, and only counted beyond. Requests answered
 * by the mock's filters (a wrong key's 401, a malformed body's 400, a 429, the aggregation engine)
 * are served events too, and count; what Jetty refuses below WireMock (a body too large, 413) does not.
 */
public final class CoverageRecorder implements ServeEventListener {

    static final int UNMATCHED_KEPT = 1000;

    /** The mock's own endpoints, not the API's: never counted. */
    static final String OWN_PATHS = "/__pendokit/";

    /** Where a stub's metadata names the documented request it answers ({@code WireMockStubs}). */
    private static final String METADATA = "pendokit";
    private static final String METADATA_REQUEST = "request";

    private record Known(ApiModel model, OperationLookup lookup, Map<Operation, Integer> positions,
            Map<String, Integer> byName) {}

    /** An answer: to the operation at {@code operation} in the collection, or (-1) to an unmatched method and path. */
    private record Hit(int operation, String method, String path, int status) {}

    private final CompletableFuture<Known> known;
    private final Map<Hit, LongAdder> hits = new ConcurrentHashMap<>();
    private final AtomicInteger unmatchedKept = new AtomicInteger();
    private final LongAdder unmatchedNotKept = new LongAdder();

    /**
     * @param model the collection's model, read while the server starts
     * @param lookup how to find a request's operation in it, made with it
     */
    public CoverageRecorder(CompletableFuture<ApiModel> model, CompletableFuture<? extends OperationLookup> lookup) {
        this.known = model.thenCombine(lookup, (m, operations) -> {
            Map<Operation, Integer> positions = new IdentityHashMap<>();
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 0; i < m.operations().size(); i++) {
                positions.put(m.operations().get(i), i);
                byName.putIfAbsent(m.operations().get(i).location().itemPath(), i);
            }
            return new Known(m, operations, positions, byName);
        });
    }

    @Override
    public String getName() {
        return "pendokit-coverage";
    }

    /** Before the response goes out, so that a test that asks once its call returned finds the call counted. */
    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
        LoggedRequest request = event.getRequest();
        String path = pathOf(request.getUrl());
        if (path.startsWith(OWN_PATHS)) {
            return;
        }
        LoggedResponse response = event.getResponse();
        int status = response == null ? 0 : response.getStatus();
        String method = request.getMethod().getName();
        Known model = known.join();
        // A request no stub matched got the mock's 404 "no documented request": not the operation's own 404.
        int operation = event.getWasMatched() ? operation(event, model, method, path) : -1;
        Hit hit = operation >= 0 ? new Hit(operation, "", "", status) : new Hit(-1, method, path, status);
        LongAdder count = hits.get(hit);
        if (count == null) {
            if (hit.operation() < 0 && unmatchedKept.get() >= UNMATCHED_KEPT) {
                unmatchedNotKept.increment();
                return;
            }
            count = hits.computeIfAbsent(hit, h -> {
                if (h.operation() < 0) {
                    unmatchedKept.incrementAndGet();
                }
                return new LongAdder();
            });
        }
        count.increment();
    }

    /**
     * The operation a stub answered for, as its metadata names it (requests to one method and path
     * may be several documented operations: Pendo's aggregations); else, for what the mock's
     * filters answered, the first operation on the method and path, as the key check finds it.
     */
    private static int operation(ServeEvent event, Known model, String method, String path) {
        StubMapping stub = event.getStubMapping();
        Metadata about = stub == null || stub.getMetadata() == null ? null : stub.getMetadata().getMetadata(METADATA, null);
        Integer named = about == null ? null : model.byName().get(about.getString(METADATA_REQUEST, ""));
        if (named != null) {
            return named;
        }
        return model.lookup().find(method, path).map(model.positions()::get).orElse(-1);
    }

    /** What was exercised so far. */
    public Coverage coverage() {
        Known model = known.join();
        List<Map<Integer, Long>> answered = new ArrayList<>();
        model.model().operations().forEach(o -> answered.add(new TreeMap<>()));
        List<Coverage.Unmatched> unmatched = new ArrayList<>();
        hits.forEach((hit, count) -> {
            if (hit.operation() >= 0) {
                answered.get(hit.operation()).merge(hit.status(), count.sum(), Long::sum);
            } else {
                unmatched.add(new Coverage.Unmatched(hit.method(), hit.path(), hit.status(), count.sum()));
            }
        });
        List<Coverage.OperationCoverage> operations = new ArrayList<>();
        for (int i = 0; i < model.model().operations().size(); i++) {
            operations.add(of(model.model().operations().get(i), answered.get(i)));
        }
        unmatched.sort(Comparator.comparing(Coverage.Unmatched::path).thenComparing(Coverage.Unmatched::method)
                .thenComparingInt(Coverage.Unmatched::status));
        return new Coverage(model.model().name(), operations, unmatched, unmatchedNotKept.sum());
    }

    private static Coverage.OperationCoverage of(Operation operation, Map<Integer, Long> answered) {
        List<Integer> documented = operation.responses().stream().map(Response::status).distinct().sorted().toList();
        List<Integer> exercised = documented.stream().filter(answered::containsKey).toList();
        List<Integer> notExercised = documented.stream().filter(s -> !answered.containsKey(s)).toList();
        List<Integer> undocumented = answered.keySet().stream().filter(s -> !documented.contains(s)).toList();
        long requests = answered.values().stream().mapToLong(Long::longValue).sum();
        return new Coverage.OperationCoverage(operation.location().itemPath(), operation.method(),
                operation.path().toString(), documented, exercised, notExercised, undocumented, requests);
    }

    static String pathOf(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
