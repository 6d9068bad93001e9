package dev.pendokit.mock.proxy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import dev.pendokit.collection.Secrets;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.mock.OperationIndex;
import dev.pendokit.runtime.SecretMask;
import dev.pendokit.runtime.StatusPhrases;
import dev.pendokit.stubs.ErrorBodies;
import java.io.IOException;
import java.net.URI;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Proxy mode: every request goes on to the upstream ({@link Forwarder}) and its answer comes back
 * as it was; no stub answers, and the mock's own checks (the key, JSON bodies) stand aside, since
 * the upstream decides. Each answer is checked against the collection ({@link TrafficCheck}); each
 * difference is one line of the log and goes with the request into the request log
 * ({@link #differences(ServeEvent)}). With a recording folder, each answer is also written as a
 * WireMock mapping ({@link Recorder}).
 *
 * <p>What the log and the recording hold is masked with every key the requests carried (the
 * values of their credential headers, {@link Secrets#looksSecret}).
 */
public final class ProxyFilter implements StubRequestFilterV2 {

    /** What starts each log line of a difference. */
    public static final String LOG_PREFIX = "proxy drift: ";
    /** The filter's name, and the name a proxied request is logged as answered by. */
    public static final String NAME = "pendokit-proxy";
    private static final String SUB_EVENT = NAME;
    private static final String DIFFERENCES = "differences";

    private final Forwarder forwarder;
    private final CompletableFuture<TrafficCheck> check;
    private final Recorder recorder;
    private final Consumer<String> log;
    /** Every key seen, so that a key sent once is masked in whatever is written later. */
    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    /**
     * @param upstream where to forward, checked ({@link Upstream#check})
     * @param record the folder to record into, or null
     * @param log where each line goes
     * @param model the collection's model, read while the server starts
     * @param operations the index of its operations, made once for every filter
     * @param stubs the mock's stubs for requests that choose no response, made from the model
     * @throws java.io.UncheckedIOException when the recording folder cannot be created
     */
    public ProxyFilter(URI upstream, Path record, Consumer<String> log, CompletableFuture<ApiModel> model,
            CompletableFuture<OperationIndex> operations, CompletableFuture<List<StubMapping>> stubs) {
        this(upstream, Forwarder.ANSWER_TIMEOUT, record, log, model, operations, stubs);
    }

    /** With another wait for an answer than {@link Forwarder#ANSWER_TIMEOUT}: for tests. */
    ProxyFilter(URI upstream, Duration answerTimeout, Path record, Consumer<String> log,
            CompletableFuture<ApiModel> model, CompletableFuture<OperationIndex> operations,
            CompletableFuture<List<StubMapping>> stubs) {
        this.forwarder = new Forwarder(Upstream.check(upstream), answerTimeout);
        this.check = operations.thenCombine(stubs, (index, defaults) -> new TrafficCheck(model.join(), index, defaults));
        this.recorder = record == null ? null : new Recorder(record);
        this.log = log;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        SecretMask mask = mask(request);
        String method = request.getMethod().getName();
        String path = request.getUrl().split("\\?")[0];
        String named = mask.mask(method + " " + path);
        UpstreamAnswer answer;
        try {
            answer = forwarder.send(request);
        } catch (HttpConnectTimeoutException e) {
            return failure(serveEvent, named, 502, "The upstream " + forwarder.upstream() + " did not take the connection"
                    + " within " + Forwarder.CONNECT_TIMEOUT.toSeconds() + " seconds. Check the URL and that it is up, or"
                    + " point the proxy (--proxy-to) at a server that answers");
        } catch (HttpTimeoutException e) {
            return failure(serveEvent, named, 504, "The upstream " + forwarder.upstream() + " did not answer within "
                    + forwarder.answerTimeout().toSeconds() + " seconds. Check that it is up and what keeps it, or call it"
                    + " directly to compare");
        } catch (IOException | IllegalArgumentException e) {
            return failure(serveEvent, named, 502, "The upstream " + forwarder.upstream() + " could not be reached ("
                    + mask.mask(reason(e)) + "). Start it, or point the proxy (--proxy-to) at a server that answers");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(serveEvent, named, 502, "The proxy was stopped while waiting for the upstream "
                    + forwarder.upstream());
        }
        List<ProxyDifference> differences = check.join().differences(request, named, answer).stream()
                .map(d -> d.masked(mask)).toList();
        for (ProxyDifference difference : differences) {
            log.accept(LOG_PREFIX + difference);
        }
        serveEvent.appendSubEvent(new SubEvent(SUB_EVENT, null, Map.of(DIFFERENCES, differences)));
        if (recorder != null) {
            try {
                recorder.record(request, answer, mask);
            } catch (IOException e) {
                log.accept("proxy: " + named + " was answered but not recorded (" + mask.mask(reason(e)) + ")");
            }
        }
        return RequestFilterAction.stopWith(definition(answer));
    }

    /** The differences the proxy found in the answer to this request; empty when it found none or did not proxy it. */
    @SuppressWarnings("unchecked")
    public static List<ProxyDifference> differences(ServeEvent event) {
        List<ProxyDifference> found = new ArrayList<>();
        for (SubEvent sub : event.getSubEvents()) {
            if (sub.getType().equals(SUB_EVENT) && sub.getData().get(DIFFERENCES) instanceof List<?> list) {
                found.addAll((List<ProxyDifference>) list);
            }
        }
        return List.copyOf(found);
    }

    /** Whether the proxy answered this request (from the upstream, or with 502 or 504 when it could not). */
    public static boolean proxied(ServeEvent event) {
        return event.getSubEvents().stream().anyMatch(s -> s.getType().equals(SUB_EVENT));
    }

    private SecretMask mask(Request request) {
        for (HttpHeader header : request.getHeaders().all()) {
            if (Secrets.looksSecret(header.key())) {
                header.values().stream().filter(v -> !Secrets.isPlaceholder(v)).forEach(keys::add);
            }
        }
        return SecretMask.of(keys);
    }

    private RequestFilterAction failure(ServeEvent serveEvent, String request, int status, String message) {
        serveEvent.appendSubEvent(new SubEvent(SUB_EVENT, null, Map.of(DIFFERENCES, List.of())));
        log.accept("proxy: " + request + " -> " + status + ": " + message);
        return RequestFilterAction.stopWith(ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withStatusMessage(StatusPhrases.of(status)).withHeader("Content-Type", "application/json")
                .withBody(ErrorBodies.of(status, message).toString()).build());
    }

    private static ResponseDefinition definition(UpstreamAnswer answer) {
        List<HttpHeader> headers = new ArrayList<>();
        answer.headers().forEach((name, values) -> headers.add(new HttpHeader(name, values)));
        return ResponseDefinitionBuilder.responseDefinition().withStatus(answer.status())
                .withHeaders(new HttpHeaders(headers)).withBody(answer.body()).build();
    }

    /**
     * Why the upstream could not be reached: the HTTP client's exceptions often carry no message
     * (a refused connection has none), so the kind says it, else the first message among the causes.
     */
    private static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            if (cause instanceof UnknownHostException) {
                return "unknown host";
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }
}
