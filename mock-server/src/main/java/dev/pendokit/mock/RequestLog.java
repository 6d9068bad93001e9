package dev.pendokit.mock;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pendokit.collection.Secrets;
import dev.pendokit.mock.coverage.CoverageEndpoint;
import dev.pendokit.mock.proxy.ProxyDifference;
import dev.pendokit.mock.proxy.ProxyFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last requests the mock received, at most a fixed number, oldest dropped first. In place of
 * WireMock's own journal: capped, that one counts all its entries on every request, which cost
 * three quarters of the mock's time under load; this one drops the oldest in constant time.
 */
final class RequestLog implements ServeEventListener {

    private final int limit;
    private final ArrayDeque<ServeEvent> events;

    RequestLog(int limit) {
        this.limit = limit;
        this.events = new ArrayDeque<>(Math.min(limit, 1024));
    }

    @Override
    public String getName() {
        return "pendokit-request-log";
    }

    /**
     * Before the response goes out, as WireMock's journal does: a test that reads the log once
     * its call returns must find that call in it.
     */
    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
        if (limit == 0 || event.getRequest().getUrl().startsWith(CoverageEndpoint.PATH)) {
            return;
        }
        synchronized (events) {
            if (events.size() == limit) {
                events.removeFirst();
            }
            events.addLast(event);
        }
    }

    /** The requests kept, oldest first. */
    List<ReceivedRequest> requests() {
        List<ServeEvent> kept;
        synchronized (events) {
            kept = new ArrayList<>(events);
        }
        return kept.stream().map(RequestLog::received).toList();
    }

    void clear() {
        synchronized (events) {
            events.clear();
        }
    }

    private static ReceivedRequest received(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        // The key check masks credentials before any stub sees them, but a request a filter answered
        // (a wrong key's 401, a 429, the state, the proxy) is logged as sent: mask it here too.
        for (String name : request.getAllHeaderKeys()) {
            List<String> values = request.header(name).values();
            headers.put(name, Secrets.looksSecret(name) ? values.stream().map(v -> KeyCheck.MASK).toList()
                    : List.copyOf(values));
        }
        LoggedResponse response = event.getResponse();
        List<ProxyDifference> differences = ProxyFilter.differences(event);
        // A request the key check refused matched no stub, but it was answered as documented.
        String stub = !event.getWasMatched() ? ""
                : event.getStubMapping() != null && event.getStubMapping().getName() != null
                ? event.getStubMapping().getName() : filterName(event, differences);
        return new ReceivedRequest(request.getMethod().getName(), request.getUrl(), headers, request.getBodyAsString(),
                response == null ? 0 : response.getStatus(), stub, differences);
    }

    /**
     * Which filter answered: the proxy in proxy mode ("" when the request is of no documented
     * operation, as for a stub), otherwise the key check refusing a key.
     */
    private static String filterName(ServeEvent event, List<ProxyDifference> differences) {
        if (!ProxyFilter.proxied(event)) {
            return KeyCheck.NAME;
        }
        return differences.stream().anyMatch(ProxyDifference::undocumentedRequest) ? "" : ProxyFilter.NAME;
    }
}
