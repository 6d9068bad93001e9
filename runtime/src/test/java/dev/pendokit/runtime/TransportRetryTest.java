package dev.pendokit.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pendokit.runtime.Fixtures.TestErrors.HttpFailure;
import dev.pendokit.runtime.Fixtures.TestErrors.IoFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Transport.send retrying per its RetryPolicy, against WireMock. */
@Timeout(30) // a regression that waits for a long Retry-After or answer fails instead of hanging the build
class TransportRetryTest {

    @RegisterExtension
    static final WireMockExtension wm = Fixtures.wireMock();

    /**
     * Answers {@code answers} in turn to the request {@code request} makes (fresh each time: a
     * MappingBuilder is mutable), then keeps answering the last one.
     */
    static void inTurn(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
        inTurn(wm, request, answers);
    }

    static void inTurn(WireMockExtension server, Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
        String scenario = "turns " + SCENARIOS.incrementAndGet();
        String state = STARTED;
        for (int i = 0; i < answers.length; i++) {
            ScenarioMappingBuilder stub = request.get().inScenario(scenario).whenScenarioStateIs(state).willReturn(answers[i]);
            if (i < answers.length - 1) {
                state = "answer " + (i + 2);
                stub.willSetStateTo(state);
            }
            server.stubFor(stub);
        }
    }

    private static final AtomicInteger SCENARIOS = new AtomicInteger();

    private static Call getVisitors() {
        return Call.builder("visitors.list", "GET", "baseUrl", "/api/v1/visitor").build();
    }

    private static Call.Builder postQuery() {
        return Call.builder("aggregation.run", "POST", "baseUrl", "/api/v1/aggregation")
                .textBody("{\"request\":{}}", "application/json");
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aGetAnswered503IsRetriedAndSucceedsOnTheSecondAttempt() {
        inTurn(() -> get("/api/v1/visitor"), status(503).withBody("busy"), ok("[\"v1\"]"));

        String answer = Fixtures.transport(wm).send(getVisitors(), Readers.text());

        assertThat(answer).isEqualTo("[\"v1\"]");
        wm.verify(2, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void retryAfterInSecondsIsWaited() {
        inTurn(() -> get("/api/v1/visitor"), status(429).withHeader("Retry-After", "1"), ok("fine"));

        long start = System.nanoTime();
        String answer = Fixtures.transport(wm).send(getVisitors(), Readers.text());
        long took = millisSince(start);

        assertThat(answer).isEqualTo("fine");
        wm.verify(2, getRequestedFor(urlEqualTo("/api/v1/visitor")));
        // The policy's own backoff is at most 40 ms: only Retry-After explains a second.
        assertThat(took).isBetween(980L, 3_000L);
    }

    @Test
    void retryAfterAsAnHttpDateIsWaitedUntil() {
        ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2);
        inTurn(() -> get("/api/v1/visitor"),
                status(503).withHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(at)), ok("fine"));

        long start = System.nanoTime();
        String answer = Fixtures.transport(wm).send(getVisitors(), Readers.text());
        long took = millisSince(start);

        assertThat(answer).isEqualTo("fine");
        wm.verify(2, getRequestedFor(urlEqualTo("/api/v1/visitor")));
        // The date has whole seconds: two seconds ahead, less the fraction cut, is over one second.
        assertThat(took).isBetween(900L, 3_000L);
    }

    @Test
    void aRetryAfterDateInThePastRetriesAtOnce() {
        inTurn(() -> get("/api/v1/visitor"),
                status(503).withHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"), ok("fine"));

        long start = System.nanoTime();
        assertThat(Fixtures.transport(wm).send(getVisitors(), Readers.text())).isEqualTo("fine");

        assertThat(millisSince(start)).isLessThan(2_000L);
        wm.verify(2, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void aRetryAfterUpToMaxRetryAfterIsWaited() {
        inTurn(() -> get("/api/v1/visitor"), status(429).withHeader("Retry-After", "1"), ok("fine"));
        RetryPolicy policy = Fixtures.FAST.toBuilder().maxRetryAfter(Duration.ofSeconds(1)).build();

        assertThat(Fixtures.transport(wm, policy, Duration.ofSeconds(5)).send(getVisitors(), Readers.text()))
                .isEqualTo("fine");
        wm.verify(2, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void aRetryAfterLongerThanMaxRetryAfterFailsAtOnceSayingHowLongTheServerAsked() {
        inTurn(() -> get("/api/v1/visitor"), status(429).withHeader("Retry-After", "3600").withBody("slow down"),
                ok("fine"));

        long start = System.nanoTime();
        HttpFailure failure = catchThrowableOfType(HttpFailure.class,
                () -> Fixtures.transport(wm).send(getVisitors(), Readers.text()));
        long took = millisSince(start);

        assertThat(failure.error).isEqualTo(new ApiError("visitors.list", "GET", "/api/v1/visitor", 429,
                "Too Many Requests", "slow down", Duration.ofHours(1), Duration.ofSeconds(60)));
        assertThat(failure).hasMessage("visitors.list: GET /api/v1/visitor answered 429 (Too Many Requests). Body:"
                + " slow down. Not retried: the server asked to wait 3600 s (Retry-After), longer than the 60 s the"
                + " retry policy waits at most (maxRetryAfter); call again after that wait");
        wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/visitor")));
        assertThat(took).isLessThan(2_000L);
    }

    @Test
    void aRetryAfterDateBeyondMaxRetryAfterFailsAtOnceToo() {
        inTurn(() -> get("/api/v1/visitor"), status(503).withHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME
                .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(3))), ok("fine"));
        RetryPolicy policy = Fixtures.FAST.toBuilder().maxRetryAfter(Duration.ofMillis(300)).build();

        HttpFailure failure = catchThrowableOfType(HttpFailure.class,
                () -> Fixtures.transport(wm, policy, Duration.ofSeconds(5)).send(getVisitors(), Readers.text()));

        assertThat(failure.error.retryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
        assertThat(failure.error.retryAfterLimit()).isEqualTo(Duration.ofMillis(300));
        assertThat(failure).hasMessageMatching(".* Not retried: the server asked to wait \\d+ m?s \\(Retry-After\\), longer"
                + " than the 300 ms the retry policy waits at most \\(maxRetryAfter\\); call again after that wait");
        wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void aLongRetryAfterOnACallThatIsNotRetriedAnywayIsOnlyReported() {
        wm.stubFor(post("/api/v1/aggregation").willReturn(status(503).withHeader("Retry-After", "3600")));
        wm.stubFor(get("/api/v1/visitor").willReturn(status(429).withHeader("Retry-After", "5")));
        RetryPolicy policy = Fixtures.FAST.toBuilder().maxRetryAfter(Duration.ofSeconds(10)).maxAttempts(1).build();

        HttpFailure post = catchThrowableOfType(HttpFailure.class,
                () -> Fixtures.transport(wm).send(postQuery().build(), Readers.text()));
        HttpFailure last = catchThrowableOfType(HttpFailure.class,
                () -> Fixtures.transport(wm, policy, Duration.ofSeconds(5)).send(getVisitors(), Readers.text()));

        // Not retried because it changes data, or because it was the last attempt: no word on the wait's length.
        assertThat(post.error.retryAfter()).isEqualTo(Duration.ofHours(1));
        assertThat(post.error.retryAfterLimit()).isNull();
        assertThat(post).hasMessage("aggregation.run: POST /api/v1/aggregation answered 503 (Service Unavailable)");
        assertThat(last.error.retryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(last).hasMessage("visitors.list: GET /api/v1/visitor answered 429 (Too Many Requests)");
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/aggregation")));
    }

    @Test
    void anUnreadableRetryAfterFallsBackToTheBackoff() {
        inTurn(() -> get("/api/v1/visitor"), status(503).withHeader("Retry-After", "soon, maybe"), ok("fine"));

        long start = System.nanoTime();
        assertThat(Fixtures.transport(wm).send(getVisitors(), Readers.text())).isEqualTo("fine");

        assertThat(millisSince(start)).isLessThan(2_000L);
    }

    @Test
    void aPostIsNotRetriedByDefault() {
        inTurn(() -> post("/api/v1/aggregation"), status(503).withBody("busy"), ok("{}"));

        HttpFailure failure = catchThrowableOfType(HttpFailure.class,
                () -> Fixtures.transport(wm).send(postQuery().build(), Readers.text()));

        assertThat(failure.error.status()).isEqualTo(503);
        assertThat(failure.error.reason()).isEqualTo("Service Unavailable");
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/aggregation")));
    }

    @Test
    void aPatchIsNotRetriedByDefault() {
        inTurn(() -> patch(urlEqualTo("/api/v1/guide/g1")), status(502), ok("{}"));

        Call call = Call.builder("guides.update", "PATCH", "baseUrl", "/api/v1/guide/{id}").pathParam("id", "g1")
                .textBody("{}", "application/json").build();
        assertThatThrownBy(() -> Fixtures.transport(wm).send(call, Readers.text())).isInstanceOf(HttpFailure.class);

        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPostDeclaredIdempotentIsRetried() {
        inTurn(() -> post("/api/v1/aggregation"), status(503), ok("{\"results\":[]}"));

        String answer = Fixtures.transport(wm).send(postQuery().idempotent(true).build(), Readers.text());

        assertThat(answer).isEqualTo("{\"results\":[]}");
        wm.verify(2, postRequestedFor(urlEqualTo("/api/v1/aggregation")));
    }

    @Test
    void aPostIsRetriedWhenThePolicyRetriesCallsThatChangeData() {
        inTurn(() -> post("/api/v1/aggregation"), status(500), status(504), ok("ok"));
        RetryPolicy policy = Fixtures.FAST.toBuilder().retryNonIdempotent(true).build();

        String answer = Fixtures.transport(wm, policy, Duration.ofSeconds(5)).send(postQuery().build(), Readers.text());

        assertThat(answer).isEqualTo("ok");
        wm.verify(3, postRequestedFor(urlEqualTo("/api/v1/aggregation")));
    }

    @Test
    void aGetDeclaredNotIdempotentIsNotRetried() {
        inTurn(() -> get("/api/v1/visitor"), status(503), ok("fine"));

        Call call = Call.builder("visitors.list", "GET", "baseUrl", "/api/v1/visitor").idempotent(false).build();
        assertThatThrownBy(() -> Fixtures.transport(wm).send(call, Readers.text())).isInstanceOf(HttpFailure.class);

        wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void maxAttemptsBoundsTheAttempts() {
        wm.stubFor(get("/api/v1/visitor").willReturn(status(503).withBody("still busy")));
        RetryPolicy policy = Fixtures.FAST.toBuilder().maxAttempts(4).build();

        HttpFailure failure = catchThrowableOfType(HttpFailure.class,
                () -> Fixtures.transport(wm, policy, Duration.ofSeconds(5)).send(getVisitors(), Readers.text()));

        wm.verify(4, getRequestedFor(urlEqualTo("/api/v1/visitor")));
        assertThat(failure.error).isEqualTo(new ApiError("visitors.list", "GET", "/api/v1/visitor", 503,
                "Service Unavailable", "still busy"));
    }

    @Test
    void theDefaultPolicyMakesThreeAttempts() {
        wm.stubFor(get("/api/v1/visitor").willReturn(status(500)));
        RetryPolicy quickDefault = RetryPolicy.DEFAULT.toBuilder().initialDelay(Duration.ofMillis(5)).build();

        assertThatThrownBy(() -> Fixtures.transport(wm, quickDefault, Duration.ofSeconds(5)).send(getVisitors(),
                Readers.text())).isInstanceOf(HttpFailure.class);

        wm.verify(3, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void noRetriesWithPolicyNone() {
        wm.stubFor(get("/api/v1/visitor").willReturn(status(503)));

        assertThatThrownBy(() -> Fixtures.transport(wm, RetryPolicy.NONE, Duration.ofSeconds(5)).send(getVisitors(),
                Readers.text())).isInstanceOf(HttpFailure.class);

        wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void onlyTheRetryStatusesAreRetried() {
        wm.stubFor(get("/api/v1/visitor").willReturn(status(404)));
        wm.stubFor(get("/api/v1/page").willReturn(status(500)));
        inTurn(() -> get("/api/v1/feature"), status(409), ok("feature"));
        RetryPolicy policy = Fixtures.FAST.toBuilder().retryStatuses(Set.of(409)).build();
        Transport transport = Fixtures.transport(wm, policy, Duration.ofSeconds(5));

        assertThatThrownBy(() -> transport.send(getVisitors(), Readers.text())).isInstanceOf(HttpFailure.class);
        assertThatThrownBy(() -> transport.send(Call.builder("pages.list", "GET", "baseUrl", "/api/v1/page").build(),
                Readers.text())).isInstanceOf(HttpFailure.class);
        assertThat(transport.send(Call.builder("features.list", "GET", "baseUrl", "/api/v1/feature").build(),
                Readers.text())).isEqualTo("feature");

        wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/visitor")));
        wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/page")));
        wm.verify(2, getRequestedFor(urlEqualTo("/api/v1/feature")));
    }

    @Test
    void aResetConnectionIsRetriedThenReportedAsAnIoError() {
        wm.stubFor(get("/api/v1/visitor").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        IoFailure failure = catchThrowableOfType(IoFailure.class,
                () -> Fixtures.transport(wm).send(getVisitors(), Readers.text()));

        wm.verify(3, getRequestedFor(urlEqualTo("/api/v1/visitor")));
        assertThat(failure.operation).isEqualTo("visitors.list");
        assertThat(failure.method).isEqualTo("GET");
        assertThat(failure.path).isEqualTo("/api/v1/visitor");
        assertThat(failure.getCause()).isInstanceOf(IOException.class);
        assertThat(failure).hasMessageMatching("visitors.list: GET /api/v1/visitor got no answer: java\\.(io|net|nio\\.channels)\\.\\w*Exception(: .+)?");
    }

    @Test
    void anEmptyResponseThenAnAnswerSucceeds() {
        inTurn(() -> get("/api/v1/visitor"), aResponse().withFault(Fault.EMPTY_RESPONSE), ok("second"));

        assertThat(Fixtures.transport(wm).send(getVisitors(), Readers.text())).isEqualTo("second");

        wm.verify(2, getRequestedFor(urlEqualTo("/api/v1/visitor")));
    }

    @Test
    void aDroppedPostIsNotRetried() {
        wm.stubFor(post("/api/v1/aggregation").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        IoFailure failure = catchThrowableOfType(IoFailure.class,
                () -> Fixtures.transport(wm).send(postQuery().build(), Readers.text()));

        assertThat(failure.getCause()).isInstanceOf(IOException.class);
        assertThat(failure.path).isEqualTo("/api/v1/aggregation");
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/aggregation")));
    }

    @Test
    void aRequestTimeoutIsAnIoErrorCausedByHttpTimeoutException() {
        wm.stubFor(get("/api/v1/visitor").willReturn(ok("late").withFixedDelay(1_500)));
        RetryPolicy twice = Fixtures.FAST.toBuilder().maxAttempts(2).build();

        long start = System.nanoTime();
        IoFailure failure = catchThrowableOfType(IoFailure.class,
                () -> Fixtures.transport(wm, twice, Duration.ofMillis(200)).send(getVisitors(), Readers.text()));
        long took = millisSince(start);

        assertThat(failure.getCause()).isInstanceOf(HttpTimeoutException.class);
        assertThat(failure).hasMessage("visitors.list: GET /api/v1/visitor got no answer: "
                + "java.net.http.HttpTimeoutException: request timed out");
        // Two attempts of 200 ms each; waiting for the 1.5 s answers would take over 3 s.
        assertThat(took).isBetween(400L, 2_900L);
    }

    @Test
    void aRefusedConnectionIsAnIoError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Transport nowhere = Fixtures.transport(Map.of("baseUrl", URI.create("http://127.0.0.1:" + closedPort)),
                Credentials.of(Fixtures.secrets()), Fixtures.FAST, Duration.ofSeconds(2));

        IoFailure failure = catchThrowableOfType(IoFailure.class, () -> nowhere.send(getVisitors(), Readers.text()));

        assertThat(failure.getCause()).isInstanceOf(ConnectException.class);
        assertThat(failure).hasMessageStartingWith("visitors.list: GET /api/v1/visitor got no answer: java.net.ConnectException");
    }
}
