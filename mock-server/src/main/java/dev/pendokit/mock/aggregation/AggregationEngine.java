package dev.pendokit.mock.aggregation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.pendo.PendoAggregations;
import dev.pendokit.runtime.StatusPhrases;
import dev.pendokit.stubs.ErrorBodies;
import dev.pendokit.stubs.StubGenerator;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The mock's data mode for Pendo's aggregation ({@code POST /api/v1/aggregation}, or whichever
 * operations of the collection take pipelines: {@link PendoAggregations#takesPipelines}): a pipeline that starts with a source
 * it knows is run over the rows of a {@link RowSource} (a deterministic {@link Dataset}, or the
 * stateful mock's state), with {@code filter}, {@code sort},
 * {@code limit} and {@code select} honoured, so that a job paging with a cursor (sort, filter on
 * the last value, limit) can be tested end to end. The stubs' couple of fixed rows cannot page.
 *
 * <p>It steps aside, and the stubs answer as without it, for any request it does not serve: another
 * source or operator, a CSV response, a request that chooses a documented response
 * ({@code Prefer}, {@code x-mock-response-code}, {@code x-mock-response-name}), and a request without
 * an integration key (the stubs answer it 401). It must be registered after the key check, so
 * that a wrong key is refused before it gets here.
 */
public final class AggregationEngine implements StubRequestFilterV2 {

    private static final String KEY_HEADER = "x-pendo-integration-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RowSource rows;
    private final Clock clock;
    private final CompletableFuture<Set<String>> paths;

    /**
     * @param rowsPerSource rows of each object source, and of each day of an event source; 1 or more
     * @param model the collection's model, read while the server starts: where pipelines are posted
     */
    public AggregationEngine(int rowsPerSource, CompletableFuture<ApiModel> model) {
        this(new Dataset(rowsPerSource), model);
    }

    /**
     * @param rows where the rows come from: a {@link Dataset}, or the stateful mock's state
     * @param model the collection's model, read while the server starts: where pipelines are posted
     */
    public AggregationEngine(RowSource rows, CompletableFuture<ApiModel> model) {
        this(rows, model, Clock.systemUTC());
    }

    /** @param clock resolves {@code "now()"} in a time series, the only use of the current time */
    AggregationEngine(RowSource rows, CompletableFuture<ApiModel> model, Clock clock) {
        this.rows = rows;
        this.clock = clock;
        this.paths = model.thenApply(m -> m.operations().stream().filter(PendoAggregations::takesPipelines)
                .map(o -> o.path().toEncodedUriTemplate()).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public String getName() {
        return "pendokit-aggregation-engine";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        if (!request.getMethod().equals(RequestMethod.POST) || !paths.join().contains(request.getUrl().split("\\?")[0])
                || !has(request, KEY_HEADER) || StubGenerator.RESPONSE_CHOOSERS.stream().anyMatch(name -> has(request, name))) {
            return RequestFilterAction.continueWith(request);
        }
        return answer(request.getBodyAsString()).map(RequestFilterAction::stopWith)
                .orElseGet(() -> RequestFilterAction.continueWith(request));
    }

    /** Whether the request has the header; read this way since a wrapped request's getHeader throws when it is absent. */
    private static boolean has(Request request, String name) {
        return request.header(name).isPresent();
    }

    /** The engine's answer to an aggregation body, or empty when the stubs should answer it. */
    Optional<ResponseDefinition> answer(String body) {
        JsonNode aggregation;
        try {
            aggregation = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (aggregation == null || !aggregation.isObject() || !wantsJson(aggregation)) {
            return Optional.empty();
        }
        try {
            Optional<Pipeline> pipeline = Pipeline.read(aggregation.path("request"), rows);
            if (pipeline.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode results = JSON.createObjectNode();
            results.putArray("results").addAll(pipeline.get().run(rows, clock));
            return Optional.of(json(200, results));
        } catch (UnreadablePipelineException e) {
            return Optional.of(json(400, ErrorBodies.of(400, e.getMessage())));
        }
    }

    /** Pendo answers CSV when asked; the engine writes only JSON, and leaves CSV to the stubs. */
    private static boolean wantsJson(JsonNode aggregation) {
        JsonNode mimeType = aggregation.path("response").path("mimeType");
        return mimeType.isMissingNode() || mimeType.asText().equals("application/json");
    }

    private static ResponseDefinition json(int status, JsonNode body) {
        try {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                    .withStatusMessage(StatusPhrases.of(status))
                    .withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of the engine's own tree", e);
        }
    }
}
