package dev.pendokit.mock;

import static dev.pendokit.stubs.StubGenerator.POSTMAN_CODE;
import static dev.pendokit.stubs.StubGenerator.POSTMAN_NAME;
import static dev.pendokit.stubs.StubGenerator.PREFER;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.CompletableFuture;

/**
 * The mock starts in stages, so that it answers sooner: Jetty starts while the collection is
 * read; the stubs for requests that choose no response come next; the stubs for chosen responses
 * (most of them) are added once it answers. A request that comes early waits for the stubs it
 * needs, so it never gets a wrong answer: any request for the first stubs, and a request that
 * chooses a response ({@code Prefer}, {@code x-mock-response-code}, {@code x-mock-response-name})
 * for the rest.
 */
final class StartupGate implements StubRequestFilterV2 {

    private final CompletableFuture<?> defaultStubs;
    private final CompletableFuture<?> chosenStubs;

    StartupGate(CompletableFuture<?> defaultStubs, CompletableFuture<?> chosenStubs) {
        this.defaultStubs = defaultStubs;
        this.chosenStubs = chosenStubs;
    }

    @Override
    public String getName() {
        return "pendokit-startup-gate";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        if (!defaultStubs.isDone()) {
            defaultStubs.join();
        }
        if (!chosenStubs.isDone() && (request.containsHeader(PREFER) || request.containsHeader(POSTMAN_CODE)
                || request.containsHeader(POSTMAN_NAME))) {
            chosenStubs.join();
        }
        return RequestFilterAction.continueWith(request);
    }
}
