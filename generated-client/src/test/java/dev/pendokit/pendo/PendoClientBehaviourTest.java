package dev.pendokit.pendo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.pendokit.pendo.aggregation.Aggregation;
import dev.pendokit.pendo.aggregation.Sources;
import dev.pendokit.pendo.model.SendATrackEventRequest;
import dev.pendokit.pendo.model.Visitor;
import dev.pendokit.pendo.model.VisitorsRow;
import dev.pendokit.pendo.runtime.RetryPolicy;
import dev.pendokit.pendo.runtime.RowStream;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a user of the generated Pendo client relies on: errors, retries, timeouts, regions, streaming. */
class PendoClientBehaviourTest {

    private static final String KEY = "8c1e5e3e-key-that-must-never-print";
    private static final RetryPolicy FAST = RetryPolicy.builder().initialDelay(Duration.ofMillis(10))
            .maxDelay(Duration.ofMillis(50)).build();

    private WireMockServer wiremock;
    private PendoClient pendo;

    @BeforeEach
    void start() {
        wiremock = new WireMockServer(wireMockConfig().dynamicPort());
        wiremock.start();
        pendo = client(FAST, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        wiremock.stop();
    }

    private PendoClient client(RetryPolicy retry, Duration timeout) {
        URI local = URI.create(wiremock.baseUrl());
        return PendoClient.builder().baseUrl(local).dataHost(local).integrationKey(KEY).trackEventSecret("secret")
                .retryPolicy(retry).requestTimeout(timeout).build();
    }

    @Test
    void aDocumentedErrorBecomesItsTypedExceptionWithTheDocumentedReason() {
        wiremock.stubFor(get("/api/v1/visitor/nobody").willReturn(aResponse().withStatus(404)
                .withBody("{\"overall\": \"no such visitor\"}\n")));
        assertThatThrownBy(() -> pendo.visitors().get("nobody"))
                .isInstanceOfSatisfying(PendoNotFoundException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.operation()).isEqualTo("visitors.get");
                    assertThat(e.reason()).isEqualTo("Error while getting visitor, no such entity found");
                    assertThat(e.bodyExcerpt()).isEqualTo("{\"overall\": \"no such visitor\"}");
                    assertThat(e).isInstanceOf(PendoClientErrorException.class)
                            .hasMessage("visitors.get: GET /api/v1/visitor/nobody answered 404 (Error while"
                                    + " getting visitor, no such entity found). Body: {\"overall\": \"no such visitor\"}");
                    assertThat(e.getMessage()).doesNotContain(KEY);
                });
    }

    @Test
    void aStatusWithoutItsOwnReasonGetsTheStandardPhrase() {
        wiremock.stubFor(get("/api/v1/visitor/v").willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> pendo.visitors().get("v"))
                .isInstanceOfSatisfying(PendoUnauthorizedException.class,
                        e -> assertThat(e.reason()).isEqualTo("Unauthorized"));
    }

    @Test
    void readsAreRetriedOn5xxAndHonourRetryAfter() {
        wiremock.stubFor(get("/api/v1/visitor/v").inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("rate limited"));
        wiremock.stubFor(get("/api/v1/visitor/v").inScenario("flaky").whenScenarioStateIs("rate limited")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        wiremock.stubFor(get("/api/v1/visitor/v").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(ok("{\"id\": \"v\", \"accountIds\": [\"a\"]}")));
        long start = System.nanoTime();
        Visitor visitor = pendo.visitors().get("v");
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(visitor.id()).isEqualTo("v");
        wiremock.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/visitor/v")));
        assertThat(elapsed).as("waited for Retry-After: 1").isBetween(1000L, 4000L);
    }

    @Test
    void writesAreNotRetriedButAggregationQueriesAre() {
        wiremock.stubFor(post("/data/track").willReturn(aResponse().withStatus(503)));
        SendATrackEventRequest event = SendATrackEventRequest.builder().type("track").event("Registered")
                .visitorId("v").timestamp(1693540800000L).build();
        assertThatThrownBy(() -> pendo.tracks().sendEvent(event))
                .isInstanceOf(PendoServiceUnavailableException.class);
        wiremock.verify(1, postRequestedFor(urlPathEqualTo("/data/track")));

        wiremock.stubFor(post("/api/v1/aggregation").inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("fine"));
        wiremock.stubFor(post("/api/v1/aggregation").inScenario("busy").whenScenarioStateIs("fine")
                .willReturn(ok("{\"results\": [{\"id\": \"v1\"}]}")));
        try (RowStream<VisitorsRow> rows = pendo.aggregations().run(Aggregation.of(Sources.VISITORS))) {
            assertThat(rows.stream().map(VisitorsRow::id)).containsExactly("v1");
        }
        wiremock.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/aggregation")));
    }

    @Test
    void aTimeoutIsATransportExceptionAfterTheRetries() {
        wiremock.stubFor(get("/api/v1/visitor/slow").willReturn(ok("{}").withFixedDelay(2000)));
        PendoClient impatient = client(FAST, Duration.ofMillis(200));
        assertThatThrownBy(() -> impatient.visitors().get("slow"))
                .isInstanceOfSatisfying(PendoTransportException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.getCause()).isInstanceOf(HttpTimeoutException.class);
                    assertThat(e.getMessage()).startsWith("visitors.get: GET /api/v1/visitor/slow got no"
                            + " answer: ");
                });
        wiremock.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/visitor/slow")));
    }

    @Test
    void asyncCallsSucceedAndFailLikeBlockingOnes() throws Exception {
        wiremock.stubFor(get("/api/v1/visitor/v").willReturn(ok("{\"id\": \"v\"}")));
        wiremock.stubFor(get("/api/v1/visitor/gone").willReturn(aResponse().withStatus(404)));
        assertThat(pendo.visitors().getAsync("v").get(5, TimeUnit.SECONDS).id()).isEqualTo("v");
        assertThatThrownBy(() -> pendo.visitors().getAsync("gone").get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(PendoNotFoundException.class);
    }

    @Test
    void aRegionWithoutADataHostNeverSendsTrackEventsToAnotherRegion() {
        PendoClient australia = PendoClient.builder().region(Region.AU).integrationKey(KEY)
                .trackEventSecret("secret").build();
        SendATrackEventRequest event = SendATrackEventRequest.builder().type("track").event("e").visitorId("v")
                .timestamp(1L).build();
        assertThatThrownBy(() -> australia.tracks().sendEvent(event))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("tracks.sendEvent needs the server dataHost, which the client has no URL for; set it"
                        + " on the client builder (dataHost(URI))");
        assertThat(Region.EU.baseUrl()).isEqualTo(URI.create("https://app.eu.pendo.io"));
        assertThat(Region.EU.dataHost()).isEqualTo(URI.create("https://data.eu.pendo.io"));
    }

    @Test
    void aMissingCredentialIsNamedAndNoneIsEverPrinted() {
        PendoClient keyless = PendoClient.builder().baseUrl(URI.create(wiremock.baseUrl())).build();
        assertThatThrownBy(() -> keyless.pages().list())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("pages.list authenticates with integrationKey, which is not set; set it on"
                        + " the client builder (integrationKey(...))");
        assertThat(pendo.toString()).contains("integrationKey").doesNotContain(KEY);
    }

    @Test
    void unknownFieldsAreKeptAndEpochMillisAreLongs() throws Exception {
        wiremock.stubFor(get("/api/v1/visitor/v").willReturn(ok("{\"id\": \"v\", \"metadata\": {\"auto\":"
                + " {\"firstvisit\": 1693540800000}}, \"addedByPendoIn2027\": {\"x\": 1}}")));
        Visitor visitor = pendo.visitors().get("v");
        assertThat(visitor.metadata().auto().firstvisit()).isEqualTo(1693540800000L);
        assertThat(visitor.additionalProperties()).containsKey("addedByPendoIn2027");
        assertThat(new ObjectMapper().writeValueAsString(visitor)).contains("\"addedByPendoIn2027\":{\"x\":1}");
    }

    @Test
    void csvAnswersAreTextNeverJson() {
        wiremock.stubFor(get("/api/v1/report/r1/results.csv").willReturn(ok("a,b\n1,2\n")
                .withHeader("Content-Type", "text/csv")));
        assertThat(pendo.reports().getContentsAsCsv("r1")).isEqualTo("a,b\n1,2\n");
        wiremock.verify(getRequestedFor(urlPathEqualTo("/api/v1/report/r1/results.csv"))
                .withHeader("Accept", com.github.tomakehurst.wiremock.client.WireMock.equalTo("text/csv")));
    }
}
