package dev.pendokit.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.pendokit.runtime.Fixtures.SECRET;
import static dev.pendokit.runtime.Fixtures.USER_AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pendokit.runtime.Fixtures.TestErrors.Misconfigured;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How Transport.send turns a Call into the HTTP request WireMock sees. */
@Timeout(30) // a regression that waits for a long Retry-After or answer fails instead of hanging the build
class TransportRequestTest {

    @RegisterExtension
    static final WireMockExtension wm = Fixtures.wireMock();

    private Transport transport;

    @BeforeEach
    void setUp() {
        wm.stubFor(any(anyUrl()).willReturn(ok("done")));
        transport = Fixtures.transport(wm);
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private String send(Call.Builder call) {
        return transport.send(call.build(), Readers.text());
    }

    @Test
    void buildsTheUrlFromServerPathValuesAndQuery() {
        assertThat(send(Call.builder("visitors.history", "GET", "baseUrl", "/api/v1/visitor/{visitorId}/history/{day}")
                .pathParam("visitorId", "a b/c")
                .pathParam("day", "€ü 日本")
                .query("starttime", 1700000000000L)
                .query("skipped", null)
                .query("q", "a*b")
                .query("plus", "1+1")
                .query("amp", "x&y=z")
                .query("tilde", "~x"))).isEqualTo("done");

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/visitor/a%20b%2Fc/history/%E2%82%AC%C3%BC%20%E6%97%A5%E6%9C%AC"
                + "?starttime=1700000000000&q=a%2Ab&plus=1%2B1&amp=x%26y%3Dz&tilde=~x");
    }

    @Test
    void aPathValueIsAlwaysExactlyOneSegment() {
        send(Call.builder("pages.get", "GET", "baseUrl", "/api/v1/page/{pageId}").pathParam("pageId", "../*?#%;x"));

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/page/..%2F%2A%3F%23%25%3Bx");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void aDotSegmentValueIsRefusedRatherThanSentAsPathNavigation(String value) {
        Call call = Call.builder("visitors.delete", "DELETE", "baseUrl", "/api/v1/visitor/{visitorId}")
                .pathParam("visitorId", value).build();

        assertThatThrownBy(() -> transport.send(call, Readers.discard()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("visitors.delete: the path parameter visitorId cannot be \"" + value
                        + "\", which would change the path rather than name one segment");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void dotsWithinAValueAreKept() {
        send(Call.builder("pages.get", "GET", "baseUrl", "/api/v1/page/{pageId}").pathParam("pageId", "...v1.2"));

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/page/...v1.2");
    }

    @Test
    void aPathWithoutPlaceholdersOrQueryIsSentAsWritten() {
        send(Call.builder("pages.list", "GET", "baseUrl", "/api/v1/page").query("onlyNull", null));

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/page");
    }

    @Test
    void aMissingPathValueIsRefusedBeforeAnythingIsSent() {
        Call call = Call.builder("pages.get", "GET", "baseUrl", "/api/v1/page/{pageId}").pathParam("pageId", null).build();

        assertThatThrownBy(() -> transport.send(call, Readers.text()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("pages.get: the path parameter pageId is required");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void theServerIsChosenByNameAndATrailingSlashOrBasePathIsKept() {
        Transport two = Fixtures.transport(Map.of("baseUrl", Fixtures.base(wm),
                        "trackUrl", URI.create(Fixtures.base(wm) + "/data/track/")),
                Credentials.of(Fixtures.secrets()), Fixtures.FAST, Duration.ofSeconds(5));

        two.send(Call.builder("track.send", "POST", "trackUrl", "/v1/{kind}").pathParam("kind", "event").build(),
                Readers.discard());

        assertThat(onlyRequest().getUrl()).isEqualTo("/data/track/v1/event");
    }

    @Test
    void aMissingServerIsAMisconfiguration() {
        Call call = Call.builder("track.send", "POST", "trackUrl", "/data/track").build();

        assertThatThrownBy(() -> transport.send(call, Readers.text()))
                .isExactlyInstanceOf(Misconfigured.class)
                .hasMessage("track.send needs the server trackUrl, which the client has no URL for; set it on the client"
                        + " builder (trackUrl(URI))");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void sendsUserAgentAcceptAndConstantHeadersButNoContentTypeWithoutABody() {
        send(Call.builder("pages.list", "GET", "baseUrl", "/api/v1/page")
                .header("X-Pendo-Version", 2)
                .header("X-Absent", null));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getHeader("User-Agent")).isEqualTo(USER_AGENT);
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        assertThat(request.getHeader("X-Pendo-Version")).isEqualTo("2");
        assertThat(request.containsHeader("X-Absent")).isFalse();
        assertThat(request.containsHeader("Content-Type")).isFalse();
        assertThat(request.containsHeader("Authorization")).isFalse();
        assertThat(request.getBody()).isEmpty();
    }

    @Test
    void theAcceptHeaderCanBeChanged() {
        send(Call.builder("reports.csv", "GET", "baseUrl", "/api/v1/report/{id}/results.csv").pathParam("id", 7)
                .accept("text/csv"));

        assertThat(onlyRequest().getHeader("Accept")).isEqualTo("text/csv");
        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/report/7/results.csv");
    }

    @Test
    void sendsTheBodyWithItsContentType() {
        byte[] json = transport.json(Map.of("visitorId", "v-1", "values", List.of(1, 2)));
        send(Call.builder("metadata.set", "POST", "baseUrl", "/api/v1/metadata/visitor/custom/value")
                .body(json, "application/json"));

        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/metadata/visitor/custom/value"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("User-Agent", equalTo(USER_AGENT))
                .withRequestBody(equalToJson("{\"visitorId\": \"v-1\", \"values\": [1, 2]}")));
    }

    @Test
    void aTextBodyIsSentAsUtf8() {
        send(Call.builder("notes.put", "PUT", "baseUrl", "/notes").textBody("Grüße, 日本", "text/plain; charset=UTF-8"));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("PUT");
        assertThat(request.getHeader("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(request.getBody()).isEqualTo("Grüße, 日本".getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH", "POST", "HEAD", "OPTIONS"})
    void sendsTheCallsMethod(String method) {
        transport.send(Call.builder("any.call", method, "baseUrl", "/x").build(), Readers.discard());

        assertThat(onlyRequest().getMethod().getName()).isEqualTo(method);
    }

    @Test
    void anApiKeyTravelsInItsHeader() {
        send(Call.builder("visitors.list", "GET", "baseUrl", "/api/v1/visitor")
                .authentication(Authentication.apiKey("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)));

        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("x-pendo-integration-key")).isEqualTo(SECRET);
        assertThat(request.getUrl()).isEqualTo("/api/v1/visitor");
        assertThat(request.containsHeader("Authorization")).isFalse();
    }

    @Test
    void aCallThatNamesNoAuthenticationSendsTheClientsDefault() {
        Transport keyed = Fixtures.transport(Map.of("baseUrl", Fixtures.base(wm)), Credentials.of(Fixtures.secrets()),
                Authentication.apiKey("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER), Fixtures.FAST,
                Duration.ofSeconds(5));

        keyed.send(Call.builder("visitors.list", "GET", "baseUrl", "/api/v1/visitor").build(), Readers.discard());
        keyed.send(Call.builder("tracks.send", "POST", "baseUrl", "/data/track")
                .authentication(Authentication.apiKey("password", "x-pendo-integration-key", Call.KeyIn.HEADER))
                .build(), Readers.discard());
        keyed.send(Call.builder("public.ping", "GET", "baseUrl", "/ping").authentication(Authentication.NONE).build(),
                Readers.discard());

        // WireMock lists the newest request first.
        assertThat(wm.getAllServeEvents()).extracting(e -> e.getRequest().getHeader("x-pendo-integration-key"))
                .containsExactly(null, Fixtures.PASSWORD, SECRET);
        assertThat(keyed.toString()).contains("authentication=Authentication[HEADER integrationKey as"
                + " x-pendo-integration-key]").doesNotContain(SECRET);
    }

    @Test
    void anApiKeyInTheQueryComesLastAndIsEncoded() {
        Transport special = Fixtures.transport(Map.of("baseUrl", Fixtures.base(wm)),
                Credentials.of(Map.of("integrationKey", "k+y/=1 2")), Fixtures.FAST, Duration.ofSeconds(5));

        special.send(Call.builder("visitors.list", "GET", "baseUrl", "/api/v1/visitor").query("limit", 5)
                .authentication(Authentication.apiKey("integrationKey", "api key", Call.KeyIn.QUERY)).build(), Readers.discard());

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/api/v1/visitor?limit=5&api%20key=k%2By%2F%3D1%202");
        assertThat(request.getQueryParams().get("api key").firstValue()).isEqualTo("k+y/=1 2");
        assertThat(request.containsHeader("api key")).isFalse();
    }

    @Test
    void anApiKeyInTheQueryOfACallWithoutOtherParameters() {
        send(Call.builder("visitors.list", "GET", "baseUrl", "/api/v1/visitor")
                .authentication(Authentication.apiKey("integrationKey", "key", Call.KeyIn.QUERY)));

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/visitor?key=" + SECRET);
    }

    @Test
    void aBearerTokenTravelsInAuthorization() {
        send(Call.builder("visitors.list", "GET", "baseUrl", "/api/v1/visitor").authentication(Authentication.bearer("integrationKey")));

        assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer " + SECRET);
    }

    @Test
    void basicAuthenticationEncodesUserAndPassword() {
        send(Call.builder("visitors.list", "GET", "baseUrl", "/api/v1/visitor").authentication(Authentication.basic("username", "password")));

        String expected = Base64.getEncoder().encodeToString(("alice:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Basic " + expected);
        assertThat(new String(Base64.getDecoder().decode(onlyRequest().getHeader("Authorization").substring(6)),
                StandardCharsets.UTF_8)).isEqualTo("alice:" + Fixtures.PASSWORD);
    }

    @Test
    void aMissingCredentialIsAMisconfigurationAndNothingIsSent() {
        Call call = Call.builder("track.send", "POST", "baseUrl", "/data/track")
                .authentication(Authentication.apiKey("trackEventSecret", "x-pendo-integration-key", Call.KeyIn.HEADER))
                .build();

        assertThatThrownBy(() -> transport.send(call, Readers.text()))
                .isExactlyInstanceOf(Misconfigured.class)
                .hasMessage("track.send authenticates with trackEventSecret, which is not set; set it on the client"
                        + " builder (trackEventSecret(...))");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void anEmptyCredentialCountsAsMissing() {
        Transport empty = Fixtures.transport(Map.of("baseUrl", Fixtures.base(wm)),
                Credentials.of(Map.of("integrationKey", "")), Fixtures.FAST, Duration.ofSeconds(5));
        Call call = Call.builder("visitors.list", "GET", "baseUrl", "/api/v1/visitor").authentication(Authentication.bearer("integrationKey")).build();

        assertThatThrownBy(() -> empty.send(call, Readers.text()))
                .isExactlyInstanceOf(Misconfigured.class)
                .hasMessage("visitors.list authenticates with integrationKey, which is not set; set it on the client"
                        + " builder (integrationKey(...))");
    }

    @Test
    void aMissingBasicPasswordIsAMisconfiguration() {
        Call call = Call.builder("visitors.list", "GET", "baseUrl", "/api/v1/visitor").authentication(Authentication.basic("username", "secretWord"))
                .build();

        assertThatThrownBy(() -> transport.send(call, Readers.text()))
                .isExactlyInstanceOf(Misconfigured.class)
                .hasMessage("visitors.list authenticates with secretWord, which is not set; set it on the client"
                        + " builder (secretWord(...))");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void callsWithoutACredentialSendNone() {
        send(Call.builder("health.get", "GET", "baseUrl", "/health"));

        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("Authorization")).isNull();
        assertThat(request.getHeader("x-pendo-integration-key")).isNull();
        assertThat(request.getBodyAsString()).doesNotContain(SECRET);
        wm.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/health"))
                .withHeader("Authorization", absent()));
    }
}
