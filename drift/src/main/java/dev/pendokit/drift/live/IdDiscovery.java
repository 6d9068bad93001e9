package dev.pendokit.drift.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.PathTemplate.Segment;
import dev.pendokit.collection.pendo.PendoAggregations;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds real ids in the live subscription, as a user would: the documented list request of the
 * thing first ({@code GET /api/v1/page} for a {@code pageId}: the first element's {@code id}), then
 * an aggregation over its source ({@code visitors}, {@code accounts}) limited to one row, for
 * things Pendo does not list. Each kind of thing is looked up once per run, found or not; the
 * requests go through the same pacer as the checks.
 *
 * <p>Ids found are never put in a report: they are the customer's data.
 *
 * <p>Live drift finds ids with it, and so does anything else that sends documented requests to a
 * live API, such as the contract tests' live mode ({@link #of}).
 */
public final class IdDiscovery {

    /** An id, or none, with what was tried, for the report. */
    public record Found(Optional<String> id, String tried) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiModel model;
    private final LiveRequests requests;
    private final PacedClient client;
    private final Map<String, Found> byNoun = new HashMap<>();

    IdDiscovery(ApiModel model, LiveRequests requests, PacedClient client) {
        this.model = model;
        this.requests = requests;
        this.client = client;
    }

    /**
     * Finds ids on the live API at {@code baseUrl} with the key, at most {@code requestsPerSecond}
     * requests a second, for as long as {@code budget} lasts.
     */
    public static IdDiscovery of(ApiModel model, URI baseUrl, String integrationKey, double requestsPerSecond,
            Duration budget) {
        return new IdDiscovery(model, new LiveRequests(baseUrl, integrationKey),
                PacedClient.create(new Pacer(requestsPerSecond, budget)));
    }

    /**
     * A real id for the path variable or required query parameter {@code name} of the operation,
     * in the form it is sent; none when the name names no id or none is found (the reason says which).
     */
    public Found find(Operation operation, String name) {
        return IdVariable.of(operation).stream().filter(v -> v.name().equals(name)).findFirst().map(this::find)
                .orElseGet(() -> new Found(Optional.empty(), name + " names no id of " + operation.location().itemPath()));
    }

    /**
     * A real id for the variable, in the form it is sent ({@code b64_...} where asked).
     *
     * @throws RunStopped when the budget runs out while looking
     */
    synchronized Found find(IdVariable variable) {
        if (variable.noun().isEmpty()) {
            return new Found(Optional.empty(), "nothing in its name or path says what it identifies");
        }
        String key = variable.noun().toLowerCase(Locale.ROOT) + " " + variable.listPath();
        Found found = byNoun.get(key);
        if (found == null) {
            found = look(variable);
            byNoun.put(key, found);
        }
        return variable.base64() ? new Found(found.id().map(IdDiscovery::base64), found.tried()) : found;
    }

    private Found look(IdVariable variable) {
        List<String> tried = new ArrayList<>();
        Optional<Operation> list = listOperation(variable.listPath());
        if (list.isPresent()) {
            Optional<String> id = send(list.get(), null, "GET " + variable.listPath(), tried)
                    .filter(JsonNode::isArray).map(rows -> rows.path(0)).flatMap(row -> text(row.get("id")));
            if (id.isPresent()) {
                return new Found(id, String.join("; ", tried));
            }
        }
        Optional<Operation> aggregation = model.operations().stream()
                .filter(PendoAggregations::takesPipelines).findFirst();
        if (aggregation.isPresent()) {
            String source = variable.noun() + "s";
            Optional<String> id = send(aggregation.get(), PendoAggregations.firstRowOf(source), "an aggregation over source " + source, tried)
                    .map(answer -> answer.path("results").path(0))
                    .flatMap(row -> text(row.get(variable.noun() + "Id")).or(() -> text(row.get("id"))));
            if (id.isPresent()) {
                return new Found(id, String.join("; ", tried));
            }
        }
        if (tried.isEmpty()) {
            tried.add("no list request and no aggregation is documented for " + variable.noun() + "s");
        }
        return new Found(Optional.empty(), String.join("; ", tried));
    }

    /** The documented list of the things: a plain GET of the path before the id. */
    private Optional<Operation> listOperation(String listPath) {
        if (listPath.isEmpty()) {
            return Optional.empty();
        }
        return model.operations().stream()
                .filter(o -> o.method().equals("GET") && o.path().toString().equals(listPath))
                .filter(o -> o.path().segments().stream().noneMatch(Segment::variable))
                .filter(o -> o.parameters(ParameterIn.QUERY).stream().noneMatch(p -> p.required() && !p.constant()))
                .findFirst();
    }

    private Optional<JsonNode> send(Operation operation, String body, String what, List<String> tried) {
        try {
            HttpResponse<byte[]> response = client.send(requests.request(operation, Map.of(), body));
            if (response.statusCode() != 200) {
                tried.add(what + " answered " + response.statusCode());
                return Optional.empty();
            }
            tried.add(what + " found none");
            return Optional.of(JSON.readTree(response.body()));
        } catch (JsonProcessingException e) {
            // Not the parser's message: it quotes the body, which is the customer's data.
            tried.set(tried.size() - 1, what + " answered 200 with a body that is not JSON");
            return Optional.empty();
        } catch (IOException e) {
            tried.add(what + " got no answer (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() || node.asText().isEmpty() ? Optional.empty()
                : Optional.of(node.asText());
    }

    /** Pendo's form of an id in a path: {@code b64_} and the URL-safe base64 of it, unpadded. */
    private static String base64(String id) {
        return "b64_" + Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }
}
