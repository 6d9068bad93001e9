package dev.pendokit.mock.limit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.runtime.StatusPhrases;
import dev.pendokit.stubs.ErrorBodies;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Answers 429 with {@code Retry-After} to a key that sends more than the {@link RateLimit}, as
 * Pendo does. Only requests that carry a key in the collection's key header count, each key on its
 * own; a request without one goes on (the stubs answer it 401). The mock runs this filter after the
 * key check, so a wrong key gets 401 and spends nothing of any bucket.
 *
 * <p>{@code Retry-After} is in whole seconds, rounded up and at least 1: the time until the key's
 * next request would be let through.
 */
public final class RateLimitFilter implements StubRequestFilterV2 {

    /** Pendo's collection-wide reason for 429, when the collection documents none. */
    static final String DEFAULT_REASON = "Too many requests hit the API too quickly. Slow down.";

    private record Setup(String keyHeader, String reason) {}

    private final RateLimit limit;
    private final LeakyBucket buckets;
    private final CompletableFuture<Setup> setup;

    /**
     * @param model the collection's model, read while the server starts: it names the key header
     *     and the documented reason for 429
     */
    public RateLimitFilter(RateLimit limit, CompletableFuture<ApiModel> model) {
        this(limit, model, System::nanoTime);
    }

    RateLimitFilter(RateLimit limit, CompletableFuture<ApiModel> model, LongSupplier nanoTime) {
        this.limit = limit;
        this.buckets = new LeakyBucket(limit, nanoTime);
        this.setup = model.thenApply(m -> new Setup(keyHeader(m), reason(m)));
    }

    @Override
    public String getName() {
        return "pendokit-rate-limit";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        Setup known = setup.join();
        // The key check before this filter masked the key in the request it passed on; the serve
        // event holds the request as it was sent.
        Request sent = serveEvent == null ? request : serveEvent.getRequest();
        String key = known.keyHeader() == null ? null : firstValue(sent, known.keyHeader());
        if (key == null || key.isEmpty()) {
            return RequestFilterAction.continueWith(request);
        }
        long wait = buckets.admit(key);
        return wait == 0 ? RequestFilterAction.continueWith(request)
                : RequestFilterAction.stopWith(tooManyRequests(retryAfterSeconds(wait), known.reason()));
    }

    /** Whole seconds, rounded up, at least 1: a client that waits that long gets through. */
    static long retryAfterSeconds(long waitNanos) {
        return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    private ResponseDefinition tooManyRequests(long retryAfter, String reason) {
        String message = reason + " The mock allows " + limit + " per integration key (a burst of " + limit.burst()
                + "); retry after " + retryAfter + " s.";
        return ResponseDefinitionBuilder.responseDefinition().withStatus(429).withStatusMessage(StatusPhrases.of(429))
                .withHeader("Content-Type", "application/json").withHeader("Retry-After", String.valueOf(retryAfter))
                .withBody(ErrorBodies.of(429, message).toString()).build();
    }

    private static String firstValue(Request request, String name) {
        HttpHeader header = request.header(name);
        return header != null && header.isPresent() ? header.firstValue() : null;
    }

    /** The header of the collection's own key: the first API key in a header that an operation uses. */
    private static String keyHeader(ApiModel model) {
        return model.operations().stream().map(Operation::auth).filter(AuthScheme.ApiKey.class::isInstance)
                .map(AuthScheme.ApiKey.class::cast).filter(a -> a.in() == AuthScheme.In.HEADER)
                .map(AuthScheme.ApiKey::name).findFirst().orElse(null);
    }

    private static String reason(ApiModel model) {
        return model.operations().stream().flatMap(o -> o.response(429).stream()).map(Response::reason)
                .filter(r -> !r.isEmpty()).findFirst().orElse(DEFAULT_REASON);
    }
}
