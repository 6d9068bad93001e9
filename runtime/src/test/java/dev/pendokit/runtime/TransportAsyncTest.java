package dev.pendokit.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.pendokit.runtime.Fixtures.failure;
import static dev.pendokit.runtime.Fixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pendokit.runtime.Fixtures.TestErrors.BrokenOff;
import dev.pendokit.runtime.Fixtures.TestErrors.DecodeFailure;
import dev.pendokit.runtime.Fixtures.TestErrors.HttpFailure;
import dev.pendokit.runtime.Fixtures.TestErrors.IoFailure;
import dev.pendokit.runtime.Fixtures.TestErrors.Misconfigured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Transport.sendAsync: the same answers, retries and errors as send, through a CompletableFuture. */
@Timeout(30) // a regression that waits for a long Retry-After or answer fails instead of hanging the build
class TransportAsyncTest {

    @RegisterExtension
    static final WireMockExtension wm = Fixtures.wireMock();

    record Visitor(String id, int visits) {}

    private static void inTurn(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
        TransportRetryTest.inTurn(wm, request, answers);
    }

    private static Call getVisitors() {
        return Call.builder("visitors.list", "GET", "baseUrl", "/api/v1/visitor").build();
    }

    private static Call.Builder postQuery() {
        return Call.builder("aggregation.run", "POST", "baseUrl", "/api/v1/aggregation")
                .textBody("{\"request\":{}}", "application/json");
    }

    @Test
    void answersWhatTheReaderReads() {
        wm.stubFor(get("/api/v1/visitor").willReturn(okJson("[{\"id\":\"v1\",\"visits\":3,\"extra\":1}]")));

        CompletableFuture<List<Visitor>> future = Fixtures.transport(wm).sendAsync(getVisitors(),
                Readers.json(Fixtures.MAPPER, new com.fasterxml.jackson.core.type.TypeReference<List<Visitor>>() {}));

        assertThat(result(future)).containsExactly(new Visitor("v1", 3));
    }

    @Test
    void a503IsRetried() {
        inTurn(() -> get("/api/v1/visitor"), status(503), status(500), ok("third"));

        assertThat(result(Fixtures.transport(wm).sendAsync(getVisitors(), Readers.text()))).isEqualTo("third");

        wm.verify(3, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void retryAfterIsWaitedWithoutBlockingTheCaller() {
        // Two seconds apart, so that "returned at once" and "waited" stay apart on a loaded machine.
        inTurn(() -> get("/api/v1/visitor"), status(429).withHeader("Retry-After", "2"), ok("fine"));

        Transport transport = Fixtures.transport(wm);
        long start = System.nanoTime();
        CompletableFuture<String> future = transport.sendAsync(getVisitors(), Readers.text());
        long returnedAfter = (System.nanoTime() - start) / 1_000_000;
        boolean doneAtOnce = future.isDone();
        String answer = result(future);
        long took = (System.nanoTime() - start) / 1_000_000;

        assertThat(answer).isEqualTo("fine");
        assertThat(doneAtOnce).isFalse();
        assertThat(returnedAfter).isLessThan(1_500L);
        assertThat(took).isBetween(1_980L, 5_000L);
        wm.verify(2, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void aRetryAfterLongerThanMaxRetryAfterFailsTheFutureAtOnce() {
        inTurn(() -> get("/api/v1/visitor"), status(503).withHeader("Retry-After", "120"), ok("fine"));

        long start = System.nanoTime();
        Throwable failure = failure(Fixtures.transport(wm).sendAsync(getVisitors(), Readers.text()));
        long took = (System.nanoTime() - start) / 1_000_000;

        assertThat(failure).isInstanceOfSatisfying(HttpFailure.class, e -> {
            assertThat(e.error.retryAfter()).isEqualTo(Duration.ofMinutes(2));
            assertThat(e.error.retryAfterLimit()).isEqualTo(Duration.ofMinutes(1));
        }).hasMessage("visitors.list: GET /api/v1/visitor answered 503 (Service Unavailable). Not retried: the server"
                + " asked to wait 120 s (Retry-After), longer than the 60 s the retry policy waits at most"
                + " (maxRetryAfter); call again after that wait");
        assertThat(took).isLessThan(2_000L);
        wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void aPostIsNotRetriedUnlessDeclaredIdempotent() {
        inTurn(() -> post("/api/v1/aggregation"), status(503).withBody("busy"), ok("{}"));

        Throwable failure = failure(Fixtures.transport(wm).sendAsync(postQuery().build(), Readers.text()));

        assertThat(failure).isInstanceOf(HttpFailure.class);
        assertThat(((HttpFailure) failure).error).isEqualTo(new ApiError("aggregation.run", "POST",
                "/api/v1/aggregation", 503, "Service Unavailable", "busy"));
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/aggregation")));

        assertThat(result(Fixtures.transport(wm).sendAsync(postQuery().idempotent(true).build(), Readers.text())))
                .isEqualTo("{}");
        wm.verify(2, postRequestedFor(urlEqualTo("/api/v1/aggregation")));
    }

    @Test
    void aPostIsRetriedWhenThePolicySaysSo() {
        inTurn(() -> post("/api/v1/aggregation"), status(503), ok("{}"));
        RetryPolicy policy = Fixtures.FAST.toBuilder().retryNonIdempotent(true).build();

        assertThat(result(Fixtures.transport(wm, policy, Duration.ofSeconds(5)).sendAsync(postQuery().build(),
                Readers.text()))).isEqualTo("{}");

        wm.verify(2, postRequestedFor(urlEqualTo("/api/v1/aggregation")));
    }

    @Test
    void maxAttemptsBoundsTheAttempts() {
        wm.stubFor(get("/api/v1/visitor").willReturn(status(504)));
        RetryPolicy policy = Fixtures.FAST.toBuilder().maxAttempts(5).build();

        Throwable failure = failure(Fixtures.transport(wm, policy, Duration.ofSeconds(5)).sendAsync(getVisitors(),
                Readers.text()));

        assertThat(failure).isInstanceOf(HttpFailure.class)
                .hasMessage("visitors.list: GET /api/v1/visitor answered 504 (Gateway Timeout)");
        wm.verify(5, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void a404IsTheFactorysHttpError() {
        wm.stubFor(get("/api/v1/visitor/v9").willReturn(status(404).withBody("{\"error\":\n\"no such visitor\"}")));
        Call call = Call.builder("visitors.get", "GET", "baseUrl", "/api/v1/visitor/{id}").pathParam("id", "v9")
                .reason(404, "The visitor does not exist").build();

        Throwable failure = failure(Fixtures.transport(wm).sendAsync(call, Readers.text()));

        assertThat(failure).isInstanceOf(HttpFailure.class).hasMessage("visitors.get: GET /api/v1/visitor/v9 answered 404"
                + " (The visitor does not exist). Body: {\"error\": \"no such visitor\"}");
        wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/visitor/v9")));
    }

    @Test
    void aResetConnectionIsRetriedThenTheFactorysIoError() {
        wm.stubFor(get("/api/v1/visitor").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Throwable failure = failure(Fixtures.transport(wm).sendAsync(getVisitors(), Readers.text()));

        assertThat(failure).isInstanceOf(IoFailure.class).hasCauseInstanceOf(IOException.class)
                .hasMessageMatching("visitors.list: GET /api/v1/visitor got no answer: java\\.(io|net|nio\\.channels)\\.\\w*Exception(: .+)?");
        wm.verify(3, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void anEmptyResponseThenAnAnswerSucceeds() {
        inTurn(() -> get("/api/v1/visitor"), aResponse().withFault(Fault.EMPTY_RESPONSE), ok("second"));

        assertThat(result(Fixtures.transport(wm).sendAsync(getVisitors(), Readers.text()))).isEqualTo("second");
        wm.verify(2, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void aDroppedPostIsNotRetried() {
        wm.stubFor(post("/api/v1/aggregation").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        Throwable failure = failure(Fixtures.transport(wm).sendAsync(postQuery().build(), Readers.text()));

        assertThat(failure).isInstanceOf(IoFailure.class).hasCauseInstanceOf(IOException.class);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/aggregation")));
    }

    @Test
    void aTimeoutIsTheFactorysIoErrorCausedByHttpTimeoutException() {
        wm.stubFor(get("/api/v1/visitor").willReturn(ok("late").withFixedDelay(1_500)));
        RetryPolicy twice = Fixtures.FAST.toBuilder().maxAttempts(2).build();

        long start = System.nanoTime();
        Throwable failure = failure(Fixtures.transport(wm, twice, Duration.ofMillis(200)).sendAsync(getVisitors(),
                Readers.text()));
        long took = (System.nanoTime() - start) / 1_000_000;

        assertThat(failure).isInstanceOf(IoFailure.class).hasCauseInstanceOf(HttpTimeoutException.class)
                .hasMessage("visitors.list: GET /api/v1/visitor got no answer: java.net.http.HttpTimeoutException:"
                        + " request timed out");
        // Two attempts of 200 ms each; waiting for the 1.5 s answers would take over 3 s.
        assertThat(took).isBetween(400L, 2_900L);
    }

    @Test
    void aMisconfigurationFailsTheFutureRatherThanThrowing() {
        Call noServer = Call.builder("track.send", "POST", "trackUrl", "/data/track").build();
        Call noCredential = Call.builder("track.send", "POST", "baseUrl", "/data/track").authentication(Authentication.bearer("trackEventSecret")).build();
        Transport transport = Fixtures.transport(wm);

        CompletableFuture<String> first = transport.sendAsync(noServer, Readers.text());
        CompletableFuture<String> second = transport.sendAsync(noCredential, Readers.text());

        assertThat(first).isCompletedExceptionally();
        assertThat(failure(first)).isExactlyInstanceOf(Misconfigured.class).hasMessage("track.send needs the server"
                + " trackUrl, which the client has no URL for; set it on the client builder (trackUrl(URI))");
        assertThat(failure(second)).isExactlyInstanceOf(Misconfigured.class).hasMessage("track.send authenticates with"
                + " trackEventSecret, which is not set; set it on the client builder (trackEventSecret(...))");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aBodyThatDoesNotDecodeIsTheFactorysDecodeErrorAndIsNotRetried() {
        wm.stubFor(get("/api/v1/visitor").willReturn(okJson("{not json")));

        Throwable failure = failure(Fixtures.transport(wm).sendAsync(getVisitors(), Readers.tree(Fixtures.MAPPER)));

        assertThat(failure).isInstanceOf(DecodeFailure.class).hasMessage("visitors.list: GET /api/v1/visitor answered"
                + " 200 (application/json) with a body that did not decode, at line 1, column 2: Unexpected character"
                + " ('n' (code 110)): was expecting double-quote to start field name. Body: {not json. Check that the"
                + " base URL (http://127.0.0.1:" + wm.getPort() + ") points at the Test API, not at a proxy, a login"
                + " page or another service, and that it serves the version of the API this client was generated from");
        wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void aReaderFailingWithIOExceptionIsTheFactorysBrokenOffAnswer() {
        wm.stubFor(get("/api/v1/visitor").willReturn(ok("x")));

        Throwable failure = failure(Fixtures.transport(wm).sendAsync(getVisitors(), response -> {
            throw new IOException("stream closed");
        }));

        assertThat(failure).isInstanceOfSatisfying(BrokenOff.class, e -> assertThat(e.rowsDelivered).isEmpty())
                .hasMessage("visitors.list: GET /api/v1/visitor answered 200, then the answer broke off:"
                        + " java.io.IOException: stream closed");
    }

    @Test
    void aReaderFailingWithARuntimeExceptionFailsTheFutureWithIt() {
        wm.stubFor(get("/api/v1/visitor").willReturn(ok("x")));
        UncheckedIOException thrown = new UncheckedIOException("reader broke", new IOException("inner"));

        Throwable failure = failure(Fixtures.transport(wm).sendAsync(getVisitors(), response -> {
            throw thrown;
        }));

        assertThat(failure).isSameAs(thrown);
    }

    @Test
    void manyCallsAtOnce() {
        wm.stubFor(get("/api/v1/visitor").willReturn(ok("same")));
        Transport transport = Fixtures.transport(wm);

        List<CompletableFuture<String>> futures = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            futures.add(transport.sendAsync(getVisitors(), Readers.text()));
        }

        assertThat(futures).extracting(Fixtures::result).containsOnly("same").hasSize(50);
        wm.verify(50, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }
}
