package dev.pendokit.drift.live;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.drift.Change;
import dev.pendokit.runtime.SecretMask;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Live drift: calls the read-only operations of a collection on the live API and compares each
 * answer with what the collection documents (undocumented fields, missing fields, type changes,
 * undocumented statuses, media type changes).
 *
 * <ul>
 *   <li><b>What is called:</b> the operations the model says only read
 *       ({@link Operation#readOnly()}: GETs, and queries sent as POST such as Pendo's
 *       {@code /api/v1/aggregation}). Nothing that writes is called, nor listed as checked. An operation served from another
 *       host than {@code {{baseUrl}}} (Pendo's {@code {{dataHost}}}) is not called either: the
 *       base URL given is not its host.</li>
 *   <li><b>Ids:</b> path variables and required query parameters naming ids ({@code guideId},
 *       {@code id}) get real ids found through list requests or aggregations
 *       ({@link IdDiscovery}). A path variable for which none is found leaves its operation
 *       uncalled, with a {@code live-not-checked} change naming the variable; a query parameter
 *       keeps its example.</li>
 *   <li><b>Pacing:</b> request starts are spaced to {@link Options#requestsPerSecond()}, discovery
 *       included; 429 and 503 are retried twice at most, after the wait {@code Retry-After} asks
 *       for ({@link PacedClient}). Each request waits 30 s for its answer at most.</li>
 *   <li><b>Budget:</b> the run ends when {@link Options#budget()} is spent, waiting included. The
 *       operation under way and every operation after it each get one {@code live-not-checked}
 *       change saying the time budget ran out (one per operation, so a report per operation
 *       still says why each one was not checked).</li>
 *   <li><b>Not drift:</b> a documented error status (401 for a key without access, 404 for an id
 *       that names nothing) is a {@code live-not-checked} change with the status and reason.</li>
 * </ul>
 *
 * <p>The integration key is sent only in the header (or query parameter) the operation's auth
 * names. It is in no change, message or {@code toString}; as a last guard, any text of a change
 * that should somehow hold it (an API echoing it back) has it masked.
 */
public final class LiveCheck {

    /** The variable of the host the check's base URL replaces. */
    static final String BASE_URL_VARIABLE = "baseUrl";

    private LiveCheck() {}

    /**
     * How to run a live check.
     *
     * @param baseUrl the live API ({@code https://app.pendo.io}); operations' paths are appended
     * @param integrationKey the key for the API; never shown
     * @param requestsPerSecond how many requests may start per second, at most
     * @param budget how long the whole run may take
     */
    public record Options(URI baseUrl, String integrationKey, double requestsPerSecond, Duration budget) {

        /** The rate the drift goal uses unless told otherwise. */
        public static final double DEFAULT_REQUESTS_PER_SECOND = 2.0;

        public Options {
            if (baseUrl == null || !baseUrl.isAbsolute() || baseUrl.getHost() == null
                    || !List.of("http", "https").contains(baseUrl.getScheme().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("The base URL must be an absolute http or https URL, not "
                        + baseUrl);
            }
            if (integrationKey == null || integrationKey.isBlank()) {
                throw new IllegalArgumentException("The live check needs an integration key (PENDO_INTEGRATION_KEY)");
            }
            if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
                throw new IllegalArgumentException("The request rate must be a positive number of requests per"
                        + " second, not " + requestsPerSecond);
            }
            if (budget == null || budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("The time budget must be positive, not " + budget);
            }
        }

        /** The key masked: options get logged. */
        @Override
        public String toString() {
            return "Options[baseUrl=" + baseUrl + ", integrationKey=" + SecretMask.MASK + ", requestsPerSecond="
                    + requestsPerSecond + ", budget=" + budget + "]";
        }
    }

    /**
     * What a live check found.
     *
     * @param operations every read-only operation of the collection, as {@code Folder/Request}, in
     *     the collection's order: each was compared, or has a {@code live-not-checked} change
     *     saying why not
     * @param changes what differs from the documentation, and what could not be checked, in the
     *     order found
     */
    public record LiveResult(List<String> operations, List<Change> changes) {

        public LiveResult {
            operations = List.copyOf(operations);
            changes = List.copyOf(changes);
        }
    }

    /** Runs the check; returns when every read-only operation was checked or the budget is spent. */
    public static LiveResult run(ApiModel model, Options options) {
        Pacer pacer = new Pacer(options.requestsPerSecond(), options.budget());
        PacedClient client = PacedClient.create(pacer);
        LiveRequests requests = new LiveRequests(options.baseUrl(), options.integrationKey());
        IdDiscovery discovery = new IdDiscovery(model, requests, client);
        List<String> operations = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        RunStopped stopped = null;
        for (Operation operation : model.operations().stream().filter(Operation::readOnly).toList()) {
            operations.add(LiveChanges.name(operation));
            String reason;
            if (stopped == null) {
                try {
                    changes.addAll(check(operation, requests, discovery, client));
                    continue;
                } catch (RunStopped e) {
                    stopped = e;
                    reason = e.getMessage();
                }
            } else {
                reason = stopped.forTheRest();
            }
            changes.add(LiveChanges.notChecked(operation, "", "Not checked: " + reason + "."));
        }
        return new LiveResult(operations, masked(changes, options.integrationKey()));
    }

    private static List<Change> check(Operation operation, LiveRequests requests, IdDiscovery discovery,
            PacedClient client) {
        String server = operation.server().variable();
        if (!server.equals(BASE_URL_VARIABLE)) {
            return List.of(LiveChanges.notChecked(operation, "", "Not called: it is served from "
                    + (server.isEmpty() ? operation.server().defaultUrl() : "{{" + server + "}}")
                    + ", not from the base URL the check is given."));
        }
        Map<String, String> values = new HashMap<>();
        for (IdVariable variable : IdVariable.of(operation)) {
            IdDiscovery.Found found = discovery.find(variable);
            if (found.id().isPresent()) {
                values.put(variable.name(), found.id().get());
            } else if (variable.in() == ParameterIn.PATH) {
                return List.of(LiveChanges.notChecked(operation, variable.where(), "Not called: no real id was found"
                        + " for the " + variable.where() + " (" + found.tried() + "), and the example names"
                        + " nothing in a real subscription."));
            }
        }
        HttpResponse<byte[]> answer;
        try {
            answer = client.send(requests.request(operation, values, null));
        } catch (HttpTimeoutException e) {
            return List.of(LiveChanges.notChecked(operation, "", "Not compared: " + e.getMessage() + "."));
        } catch (IOException e) {
            return List.of(LiveChanges.notChecked(operation, "", "Not compared: the request failed ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")."));
        }
        return ResponseCheck.check(operation, answer);
    }

    /**
     * Every change with the key masked where an answer could have put it: the place in the body
     * and the text quoting it. Kinds, operations and rules come from the collection and pendokit,
     * and are left whole (a short key such as {@code k} would otherwise garble them).
     */
    private static List<Change> masked(List<Change> changes, String key) {
        SecretMask mask = SecretMask.of(List.of(key));
        return changes.stream().map(c -> new Change(c.severity(), c.kind(), c.operation(), mask.mask(c.where()),
                mask.mask(c.what()), c.rule())).toList();
    }
}
