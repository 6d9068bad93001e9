package dev.pendokit.pendo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.lessThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.pendokit.pendo.aggregation.Aggregation;
import dev.pendokit.pendo.aggregation.Sources;
import dev.pendokit.pendo.model.SendATrackEventRequest;
import dev.pendokit.pendo.model.VisitorsRow;
import dev.pendokit.pendo.runtime.RetryPolicy;
import dev.pendokit.pendo.runtime.RowStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The generated client against stock WireMock's faults and answers that are not Pendo's, with the
 * default of three attempts: every call ends in bounded time in the exception that says what
 * happened, a call that changes data is sent once, and the key is never shown.
 */
@Timeout(30) // a regression that waits for a long Retry-After or answer fails instead of hanging the build
class PendoClientAgainstFaultsTest {

    private static final String KEY = "8c1e5e3e-key-that-must-never-print";
    /** The default policy with short backoffs, so that three attempts cost milliseconds. */
    private static final RetryPolicy FAST = RetryPolicy.builder().initialDelay(Duration.ofMillis(10))
            .maxDelay(Duration.ofMillis(50)).build();

    private WireMockServer wiremock;
    private PendoClient pendo;

    @BeforeEach
    void start() {
        wiremock = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wiremock.start();
        pendo = client(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        wiremock.stop();
    }

    private PendoClient client(Duration requestTimeout) {
        URI local = URI.create("http://127.0.0.1:" + wiremock.port());
        return PendoClient.builder().baseUrl(local).dataHost(local).integrationKey(KEY).trackEventSecret("track-secret")
                .retryPolicy(FAST).requestTimeout(requestTimeout).build();
    }

    private String advice() {
        return ". Check that the base URL (http://127.0.0.1:" + wiremock.port() + ") points at the Pendo API, not at a"
                + " proxy, a login page or another service, and that it serves the version of the API this client was"
                + " generated from";
    }

    private static <T extends Throwable> Timed<T> timed(Class<T> type, Runnable call) {
        long start = System.nanoTime();
        T failure = catchThrowableOfType(type, call::run);
        return new Timed<>(failure, (System.nanoTime() - start) / 1_000_000);
    }

    private record Timed<T>(T failure, long millis) {}

    private void stubVisitor(ResponseDefinitionBuilder answer) {
        wiremock.stubFor(get("/api/v1/visitor/v").willReturn(answer));
    }

    private void verifyVisitorRequests(int count) {
        wiremock.verify(count, getRequestedFor(urlPathEqualTo("/api/v1/visitor/v")));
    }

    // ---- no answer ---------------------------------------------------------------------------------------------

    @Test
    void aResetConnectionIsATransportExceptionAfterThreeAttempts() {
        stubVisitor(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        Timed<PendoTransportException> reset = timed(PendoTransportException.class, () -> pendo.visitors().get("v"));

        // The JDK words a reset in more than one way, depending on when it comes.
        assertThat(reset.failure()).hasMessageMatching("visitors.get: GET /api/v1/visitor/v got no answer:"
                + " java\\.(io|net|nio\\.channels)\\.\\w*Exception(: .+)?").hasCauseInstanceOf(IOException.class);
        assertThat(reset.failure().status()).isZero();
        assertThat(reset.failure().rowsDelivered()).isEmpty();
        verifyVisitorRequests(3);
        assertThat(reset.millis()).isLessThan(5_000L);
    }

    @Test
    void anEmptyResponseIsATransportExceptionAfterThreeAttempts() {
        stubVisitor(aResponse().withFault(Fault.EMPTY_RESPONSE));

        Timed<PendoTransportException> empty = timed(PendoTransportException.class, () -> pendo.visitors().get("v"));

        // Mostly "EOF reached while reading"; "Broken pipe" when the server closes before the
        // request is all written (seen in CI).
        assertThat(empty.failure()).hasMessageMatching("visitors.get: GET /api/v1/visitor/v got no answer:"
                + " java\\.io\\.IOException: (EOF reached while reading|Broken pipe|Connection reset)")
                .hasCauseInstanceOf(IOException.class);
        verifyVisitorRequests(3);
        assertThat(empty.millis()).isLessThan(5_000L);
    }

    @Test
    void randomDataInsteadOfHttpIsATransportExceptionAfterThreeAttempts() {
        stubVisitor(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

        Timed<PendoTransportException> garbage = timed(PendoTransportException.class, () -> pendo.visitors().get("v"));

        // The JDK's words depend on the random bytes; which call and that it got no answer do not.
        assertThat(garbage.failure()).hasMessageStartingWith("visitors.get: GET /api/v1/visitor/v got no answer: java.")
                .hasCauseInstanceOf(IOException.class);
        verifyVisitorRequests(3);
        assertThat(garbage.millis()).isLessThan(5_000L);
    }

    @Test
    void aSlowServerIsATransportExceptionAfterThreeTimedOutAttempts() {
        stubVisitor(okJson("{\"id\": \"v\"}").withFixedDelay(3_000));
        PendoClient impatient = client(Duration.ofMillis(300));

        Timed<PendoTransportException> slow = timed(PendoTransportException.class, () -> impatient.visitors().get("v"));

        assertThat(slow.failure()).hasMessage("visitors.get: GET /api/v1/visitor/v got no answer:"
                + " java.net.http.HttpTimeoutException: request timed out").hasCauseInstanceOf(HttpTimeoutException.class);
        verifyVisitorRequests(3);
        // Three attempts of 300 ms and two short backoffs; waiting for one answer would take 3 s.
        assertThat(slow.millis()).isBetween(900L, 2_900L);
    }

    @Test
    void anAnswerWhoseBodyBreaksOffIsATransportExceptionThatSaysItWasAnswered() {
        stubVisitor(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        PendoTransportException broken = catchThrowableOfType(PendoTransportException.class,
                () -> pendo.visitors().get("v"));

        // The JDK's own words for the cut vary with timing ("closed" most often).
        assertThat(broken).hasMessageMatching("visitors\\.get: GET /api/v1/visitor/v answered 200, then the answer"
                + " broke off: java\\.io\\.IOException(: .+)?");
        assertThat(broken.rowsDelivered()).isEmpty();
        // The answer started: what broke is read, not sent, and is not sent again. Now and then the
        // JDK sees the connection close before the status line of a first attempt (no answer, so
        // retried); the attempt that read the status is the last either way.
        wiremock.verify(lessThanOrExactly(2), getRequestedFor(urlPathEqualTo("/api/v1/visitor/v")));
    }

    // ---- 429 and 503 -------------------------------------------------------------------------------------------

    @Test
    void a503StormWithoutRetryAfterEndsAfterThreeAttempts() {
        stubVisitor(status(503).withBody("<html><body>upstream unavailable</body></html>"));

        Timed<PendoServiceUnavailableException> storm = timed(PendoServiceUnavailableException.class,
                () -> pendo.visitors().get("v"));

        assertThat(storm.failure()).hasMessage("visitors.get: GET /api/v1/visitor/v answered 503 (Service Unavailable)."
                + " Body: <html><body>upstream unavailable</body></html>");
        assertThat(storm.failure().retryAfter()).isEmpty();
        verifyVisitorRequests(3);
        assertThat(storm.millis()).isLessThan(5_000L);
    }

    @Test
    void a429WithAShortRetryAfterIsWaitedForEachRetry() {
        stubVisitor(status(429).withHeader("Retry-After", "1"));

        Timed<PendoTooManyRequestsException> limited = timed(PendoTooManyRequestsException.class,
                () -> pendo.visitors().get("v"));

        assertThat(limited.failure()).hasMessage("visitors.get: GET /api/v1/visitor/v answered 429 (Too Many Requests)");
        assertThat(limited.failure().retryAfter()).hasValue(Duration.ofSeconds(1));
        verifyVisitorRequests(3);
        assertThat(limited.millis()).isBetween(1_980L, 6_000L);
    }

    @Test
    void a429WithAnHourLongRetryAfterFailsAtOnceSayingWhenToCallAgain() {
        stubVisitor(status(429).withHeader("Retry-After", "3600").withBody("{\"message\": \"rate limited\"}"));

        Timed<PendoTooManyRequestsException> limited = timed(PendoTooManyRequestsException.class,
                () -> pendo.visitors().get("v"));

        assertThat(limited.failure()).hasMessage("visitors.get: GET /api/v1/visitor/v answered 429 (Too Many Requests)."
                + " Body: {\"message\": \"rate limited\"}. Not retried: the server asked to wait 3600 s (Retry-After),"
                + " longer than the 60 s the retry policy waits at most (maxRetryAfter); call again after that wait");
        assertThat(limited.failure().retryAfter()).hasValue(Duration.ofHours(1));
        verifyVisitorRequests(1);
        assertThat(limited.millis()).isLessThan(2_000L);
    }

    @Test
    void a503WithARetryAfterBeyondTheCapFailsAtOnceToo() {
        stubVisitor(status(503).withHeader("Retry-After", "61"));

        Timed<PendoServiceUnavailableException> down = timed(PendoServiceUnavailableException.class,
                () -> pendo.visitors().get("v"));

        assertThat(down.failure()).hasMessage("visitors.get: GET /api/v1/visitor/v answered 503 (Service Unavailable)."
                + " Not retried: the server asked to wait 61 s (Retry-After), longer than the 60 s the retry policy waits"
                + " at most (maxRetryAfter); call again after that wait");
        assertThat(down.failure().retryAfter()).hasValue(Duration.ofSeconds(61));
        verifyVisitorRequests(1);
        assertThat(down.millis()).isLessThan(2_000L);
    }

    @Test
    void aPostThatChangesDataIsSentOnceWhateverGoesWrong() {
        SendATrackEventRequest event = SendATrackEventRequest.builder().type("track").event("Registered")
                .visitorId("v").timestamp(1693540800000L).build();
        List<ResponseDefinitionBuilder> faults = List.of(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withFault(Fault.EMPTY_RESPONSE), status(503), status(429).withHeader("Retry-After", "1"));

        for (ResponseDefinitionBuilder fault : faults) {
            wiremock.resetAll();
            wiremock.stubFor(post("/data/track").willReturn(fault));

            catchThrowableOfType(PendoException.class, () -> pendo.tracks().sendEvent(event));

            wiremock.verify(1, postRequestedFor(urlPathEqualTo("/data/track")));
        }
    }

    // ---- answers that are not Pendo's -------------------------------------------------------------------------

    @Test
    void anHtmlPageAnswered200IsADecodeExceptionNamingWhatCame() {
        stubVisitor(ok("<!DOCTYPE html>\n<html>\n  <head><title>Sign in - Corporate SSO</title></head>\n</html>\n")
                .withHeader("Content-Type", "text/html; charset=UTF-8"));

        PendoDecodeException html = catchThrowableOfType(PendoDecodeException.class, () -> pendo.visitors().get("v"));

        assertThat(html).hasMessage("visitors.get: GET /api/v1/visitor/v answered 200 (text/html; charset=UTF-8) with a"
                + " body that did not decode, at line 1, column 1: Unexpected character ('<' (code 60)): expected a valid"
                + " value (JSON String, Number, Array, Object or token 'null', 'true' or 'false'). Body: <!DOCTYPE html>"
                + " <html> <head><title>Sign in - Corporate SSO</title></head> </html>" + advice());
        assertThat(html).isInstanceOf(PendoException.class).hasNoCause();
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(html.location()).isEqualTo("line 1, column 1");
        assertThat(html.bodyExcerpt()).isEqualTo("<!DOCTYPE html> <html> <head><title>Sign in - Corporate SSO</title></head>"
                + " </html>");
        assertThat(html.rowsDelivered()).isEmpty();
        // Not transient: the same answer would fail the same way.
        verifyVisitorRequests(1);
    }

    @Test
    void truncatedJsonIsADecodeExceptionSayingWhereItStopped() {
        stubVisitor(okJson("{\"id\": \"v\", \"accountIds\": [\"acme\", \"glo"));

        PendoDecodeException cut = catchThrowableOfType(PendoDecodeException.class, () -> pendo.visitors().get("v"));

        assertThat(cut).hasMessage("visitors.get: GET /api/v1/visitor/v answered 200 (application/json) with a body"
                + " that did not decode, at $.accountIds[1] (line 1, column 40): Unexpected end-of-input in VALUE_STRING."
                + " Body: {\"id\": \"v\", \"accountIds\": [\"acme\", \"glo" + advice());
        verifyVisitorRequests(1);
    }

    @Test
    void jsonOfOtherTypesIsADecodeExceptionNamingTheField() {
        stubVisitor(okJson("{\"id\": \"v\", \"metadata\": {\"auto\": {\"firstvisit\": \"yesterday\"}}}"));

        PendoDecodeException typed = catchThrowableOfType(PendoDecodeException.class, () -> pendo.visitors().get("v"));

        assertThat(typed.location()).isEqualTo("$.metadata.auto.firstvisit (line 1, column 49)");
        assertThat(typed).hasMessage("visitors.get: GET /api/v1/visitor/v answered 200 (application/json) with a body"
                + " that did not decode, at $.metadata.auto.firstvisit (line 1, column 49): Cannot deserialize value of"
                + " type `java.lang.Long` from String \"yesterday\": not a valid `java.lang.Long` value. Body: {\"id\":"
                + " \"v\", \"metadata\": {\"auto\": {\"firstvisit\": \"yesterday\"}}}" + advice());
    }

    @Test
    void aKeyEchoedInAnErrorBodyIsMasked() {
        stubVisitor(status(401).withBody("{\"message\": \"invalid integration key " + KEY + "\"}"));

        PendoUnauthorizedException echoed = catchThrowableOfType(PendoUnauthorizedException.class,
                () -> pendo.visitors().get("v"));

        assertThat(echoed).hasMessage("visitors.get: GET /api/v1/visitor/v answered 401 (Unauthorized). Body:"
                + " {\"message\": \"invalid integration key ****\"}");
        assertThat(echoed.bodyExcerpt()).isEqualTo("{\"message\": \"invalid integration key ****\"}");
        assertThat(echoed.toString()).doesNotContain(KEY);
    }

    @Test
    void aKeyEchoedInAPageThatDoesNotDecodeIsMasked() {
        stubVisitor(ok("<html><body>Your key " + KEY + " was forwarded to the login page</body></html>")
                .withHeader("Content-Type", "text/html"));

        PendoDecodeException echoed = catchThrowableOfType(PendoDecodeException.class, () -> pendo.visitors().get("v"));

        assertThat(echoed.bodyExcerpt()).isEqualTo("<html><body>Your key **** was forwarded to the login page</body></html>");
        assertThat(echoed.getMessage()).doesNotContain(KEY);
    }

    // ---- rows that break off -------------------------------------------------------------------------------------

    private static final String TWO_ROWS_THEN_CUT = "{\"results\": [{\"visitorId\": \"v1\"}, {\"visitorId\": \"v2\"},"
            + " {\"visitorId\": \"v3\", \"metadata\": {\"auto\": {\"lastvisit\": 17";

    @Test
    void anAggregationCutShortAfterTwoRowsSaysSo() {
        wiremock.stubFor(post("/api/v1/aggregation").willReturn(okJson(TWO_ROWS_THEN_CUT)));
        List<String> stored = new ArrayList<>();

        try (RowStream<VisitorsRow> rows = pendo.aggregations().run(Aggregation.of(Sources.VISITORS))) {
            PendoDecodeException cut = catchThrowableOfType(PendoDecodeException.class,
                    () -> rows.forEach(row -> stored.add(row.visitorId())));

            assertThat(cut.rowsDelivered()).hasValue(2);
            assertThat(cut).hasMessage("aggregations.run: POST /api/v1/aggregation answered 200 (application/json) with"
                    + " a body that did not decode, at $.results[2].metadata.auto (line 1, column 113):"
                    + " Unexpected end-of-input: expected close marker for Object (start marker at [line: 1, column: 97]);"
                    + " 2 rows delivered before it. Body: " + TWO_ROWS_THEN_CUT + advice());
        }
        assertThat(stored).containsExactly("v1", "v2");
    }

    @Test
    void anAggregationWhoseConnectionBreaksAfterTwoRowsSaysSo() {
        // Ten rows of about 100 bytes, dribbled in 40 chunks 100 ms apart: a row takes four chunks to arrive.
        StringBuilder body = new StringBuilder("{\"results\": [");
        for (int i = 1; i <= 10; i++) {
            body.append(i == 1 ? "" : ", ").append("{\"visitorId\": \"v").append(i).append("\", \"pad\": \"")
                    .append("x".repeat(70)).append("\"}");
        }
        wiremock.stubFor(post("/api/v1/aggregation").willReturn(okJson(body.append("]}").toString())
                .withChunkedDribbleDelay(40, 4_000)));
        List<String> stored = new ArrayList<>();

        long start = System.nanoTime();
        try (RowStream<VisitorsRow> rows = pendo.aggregations().run(Aggregation.of(Sources.VISITORS))) {
            PendoTransportException broken = catchThrowableOfType(PendoTransportException.class,
                    () -> rows.forEach(row -> {
                        stored.add(row.visitorId());
                        if (stored.size() == 2) {
                            wiremock.stop(); // the server goes away mid-answer
                        }
                    }));

            assertThat(broken.rowsDelivered()).hasValue(2);
            assertThat(broken).hasMessageStartingWith("aggregations.run: POST /api/v1/aggregation answered 200, then the"
                    + " answer broke off after delivering 2 rows: java.io.IOException").hasCauseInstanceOf(IOException.class);
        }
        assertThat(stored).containsExactly("v1", "v2");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000L);
    }

    @Test
    void pagingCountsTheRowsOfEveryPageBeforeTheBreak() {
        inTurn(() -> post("/api/v1/aggregation"),
                okJson("{\"results\": [{\"visitorId\": \"v1\"}, {\"visitorId\": \"v2\"}]}"),
                okJson("{\"results\": [{\"visitorId\": \"v3\"}, {\"visitorId\": \"v4\", \"metadata\": 7}]}"));
        List<String> stored = new ArrayList<>();

        try (RowStream<VisitorsRow> every = pendo.aggregations().runAll(Aggregation.of(Sources.VISITORS), 2)) {
            PendoDecodeException typed = catchThrowableOfType(PendoDecodeException.class,
                    () -> every.forEach(row -> stored.add(row.visitorId())));

            // The job resumes after v3, the last row it stored: 3 rows came, the second page's first among them.
            assertThat(typed.rowsDelivered()).hasValue(3);
            assertThat(typed.location()).isEqualTo("$.results[1].metadata (line 1, column 67)");
        }
        assertThat(stored).containsExactly("v1", "v2", "v3");
    }

    private void inTurn(Supplier<com.github.tomakehurst.wiremock.client.MappingBuilder> request,
                        ResponseDefinitionBuilder... answers) {
        String state = STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i < answers.length - 1 ? "answer " + (i + 2) : state;
            wiremock.stubFor(request.get().inScenario("turns").whenScenarioStateIs(state).willReturn(answers[i])
                    .willSetStateTo(next));
            state = next;
        }
    }
}
