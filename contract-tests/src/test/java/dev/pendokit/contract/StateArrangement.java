package dev.pendokit.contract;

import au.com.dius.pact.core.model.Interaction;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.request.DocumentedRequest;
import dev.pendokit.drift.live.IdDiscovery;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.core5.http.HttpRequest;
import org.opentest4j.TestAbortedException;

/**
 * Makes the provider states of an interaction true, by changing the request before it goes out.
 *
 * <ul>
 *   <li>Every request carries the provider's key in place of the pact's placeholder; "the request
 *       carries no valid integration key" sends none.</li>
 *   <li>Against the mock, the other error states (400, 404, 429, 500) are arranged the mock's way,
 *       by choosing the documented answer with {@code Prefer: code=NNN}.</li>
 *   <li>Against a live Pendo, "page with id examplePage exists" puts a real page's id in the path
 *       (live drift's {@link IdDiscovery}); error states other than the key cannot be arranged, nor can
 *       requests that change data without {@code -Dpendo.allowWrites=true}: those interactions
 *       are skipped, with the reason.</li>
 * </ul>
 */
final class StateArrangement {

    private static final String KEY_HEADER = "x-pendo-integration-key";

    private final boolean live;
    private final String key;
    private final boolean allowWrites;
    /** Live requests at most this often, discovery included: a sandbox's limits are per subscription. */
    private static final double REQUESTS_PER_SECOND = 5;

    private final IdDiscovery discovery;

    private StateArrangement(boolean live, String key, boolean allowWrites, IdDiscovery discovery) {
        this.live = live;
        this.key = key;
        this.allowWrites = allowWrites;
        this.discovery = discovery;
    }

    static StateArrangement mock(String key) {
        return new StateArrangement(false, key, true, null);
    }

    static StateArrangement live(LiveSettings settings) {
        return new StateArrangement(true, settings.integrationKey(), settings.allowWrites(),
                IdDiscovery.of(Contracts.MODEL, settings.baseUrl(), settings.integrationKey(), REQUESTS_PER_SECOND,
                        Duration.ofHours(1)));
    }

    boolean live() {
        return live;
    }

    /** Why an interaction cannot be verified here; the test reports it as skipped with this reason. */
    static final class NotArranged extends Exception {
        private final String reason;

        NotArranged(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }

        TestAbortedException asAbort() {
            return new TestAbortedException(reason);
        }
    }

    void arrange(Interaction interaction, HttpRequest request) throws NotArranged, URISyntaxException {
        int status = interaction.asSynchronousRequestResponse().getResponse().getStatus();
        boolean success = status >= 200 && status < 300;
        if (live && !allowWrites && !Contracts.operation(interaction.getDescription()).readOnly()) {
            throw new NotArranged("changes data; run with -D" + LiveSettings.ALLOW_WRITES + "=true against a sandbox");
        }
        if (request.containsHeader(KEY_HEADER)) {
            request.setHeader(KEY_HEADER, key);
        }
        for (au.com.dius.pact.core.model.ProviderState state : interaction.getProviderStates()) {
            if (state.getName().equals(ProviderState.KEY_NOT_VALID)) {
                request.removeHeaders(KEY_HEADER);
            } else if (!success && live) {
                throw new NotArranged("'" + state.getName() + "' (" + status + ") cannot be arranged against a live Pendo");
            } else if (!success) {
                request.setHeader("Prefer", "code=" + status);
            } else if (live) {
                realIds(interaction, state.getParams(), request);
            }
        }
        if (!success && !live && interaction.getProviderStates().isEmpty()) {
            request.setHeader("Prefer", "code=" + status);
        }
    }

    /** The documented request's path again, with a real id for each example id the state names. */
    private void realIds(Interaction interaction, Map<String, Object> ids, HttpRequest request)
            throws NotArranged, URISyntaxException {
        Operation operation = Contracts.operation(interaction.getDescription());
        DocumentedRequest.Builder real = DocumentedRequest.builder(operation);
        for (Map.Entry<String, Object> id : ids.entrySet()) {
            IdDiscovery.Found found = discovery.find(operation, id.getKey());
            if (found.id().isEmpty()) {
                throw new NotArranged("no " + id.getKey() + " found to stand for " + id.getValue() + " ("
                        + found.tried() + ")");
            }
            real.value(id.getKey(), found.id().get());
        }
        URI uri = request.getUri();
        request.setUri(new URI(uri.getScheme() + "://" + uri.getRawAuthority() + real.build().path()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
    }
}
