package dev.pendokit.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static dev.pendokit.runtime.Fixtures.PASSWORD;
import static dev.pendokit.runtime.Fixtures.SECRET;
import static dev.pendokit.runtime.Fixtures.assertNoSecretIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pendokit.runtime.Fixtures.TestErrors.HttpFailure;
import dev.pendokit.runtime.Fixtures.TestErrors.IoFailure;
import dev.pendokit.runtime.Fixtures.TestErrors.Misconfigured;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Answers outside 2xx and failed calls: what the ErrorFactory is given, and that no secret leaks. */
@Timeout(30) // a regression that waits for a long Retry-After or answer fails instead of hanging the build
class TransportErrorTest {

    @RegisterExtension
    static final WireMockExtension wm = Fixtures.wireMock();

    private static Call.Builder getVisitor(String id) {
        return Call.builder("visitors.get", "GET", "baseUrl", "/api/v1/visitor/{visitorId}").pathParam("visitorId", id);
    }

    private static ApiError errorOf(Call call) {
        return catchThrowableOfType(HttpFailure.class, () -> Fixtures.transport(wm).send(call, Readers.text())).error;
    }

    @Test
    void a404CarriesStatusDocumentedReasonAndABodyExcerptOnOneLine() {
        wm.stubFor(get("/api/v1/visitor/abc%20d?expand=true").willReturn(status(404)
                .withBody("{\n  \"error\":\t\"visitor   not found\",\r\n  \"id\": \"abc d\"\n}\n")));

        Call call = getVisitor("abc d").query("expand", true).reason(404, "The visitor does not exist").build();
        HttpFailure failure = catchThrowableOfType(HttpFailure.class,
                () -> Fixtures.transport(wm).send(call, Readers.text()));

        assertThat(failure.error).isEqualTo(new ApiError("visitors.get", "GET", "/api/v1/visitor/abc%20d", 404,
                "The visitor does not exist", "{ \"error\": \"visitor not found\", \"id\": \"abc d\" }"));
        assertThat(failure).hasMessage("visitors.get: GET /api/v1/visitor/abc%20d answered 404 (The visitor does not"
                + " exist). Body: { \"error\": \"visitor not found\", \"id\": \"abc d\" }");
        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void withoutADocumentedReasonTheStandardPhraseIsGiven() {
        wm.stubFor(get("/api/v1/visitor/v1").willReturn(status(404).withBody("nope")));

        ApiError error = errorOf(getVisitor("v1").reason(400, "Bad visitor id").build());

        assertThat(error.reason()).isEqualTo("Not Found");
        assertThat(error.message()).isEqualTo("visitors.get: GET /api/v1/visitor/v1 answered 404 (Not Found). Body: nope");
    }

    @Test
    void aStatusWithoutAPhraseOrReasonHasNoParentheses() {
        wm.stubFor(get("/api/v1/visitor/v1").willReturn(status(418).withBody("teapot")));

        ApiError error = errorOf(getVisitor("v1").build());

        assertThat(error.reason()).isEmpty();
        assertThat(error.message()).isEqualTo("visitors.get: GET /api/v1/visitor/v1 answered 418. Body: teapot");
    }

    @Test
    void anEmptyBodyGivesNoBodyPart() {
        wm.stubFor(get("/api/v1/visitor/v1").willReturn(status(401)));

        ApiError error = errorOf(getVisitor("v1").build());

        assertThat(error.bodyExcerpt()).isEmpty();
        assertThat(error.message()).isEqualTo("visitors.get: GET /api/v1/visitor/v1 answered 401 (Unauthorized)");
    }

    @Test
    void aLongBodyIsCutAt500CharactersWithAnEllipsis() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() < 5_000; i++) {
            body.append("line ").append(i).append(":\t  some words\n");
        }
        wm.stubFor(get("/api/v1/visitor/v1").willReturn(status(500).withBody(body.toString())));

        ApiError error = errorOf(getVisitor("v1").build());

        String oneLine = body.toString().replaceAll("\\s+", " ");
        assertThat(error.bodyExcerpt()).hasSize(501)
                .isEqualTo(oneLine.substring(0, 500) + "…")
                .startsWith("line 0: some words line 1: some words")
                .doesNotContain("\n", "\t", "  ");
    }

    @Test
    void aBodyOfExactly500CharactersIsKeptWhole() {
        String body = "é".repeat(500);
        wm.stubFor(get("/api/v1/visitor/v1").willReturn(status(400).withBody(body.getBytes(StandardCharsets.UTF_8))));

        assertThat(errorOf(getVisitor("v1").build()).bodyExcerpt()).isEqualTo(body);
    }

    @Test
    void a501CharacterBodyIsCut() {
        String body = "x".repeat(499) + "yz";
        wm.stubFor(get("/api/v1/visitor/v1").willReturn(status(400).withBody(body)));

        assertThat(errorOf(getVisitor("v1").build()).bodyExcerpt()).isEqualTo("x".repeat(499) + "y…");
    }

    @Test
    void retriedStatusesEndInTheLastAnswersError() {
        wm.stubFor(get("/api/v1/visitor/v1").willReturn(status(502).withBody("<html>\n<body>Bad gateway</body>\n</html>")));

        ApiError error = errorOf(getVisitor("v1").build());

        assertThat(error.status()).isEqualTo(502);
        assertThat(error.reason()).isEqualTo("Bad Gateway");
        assertThat(error.bodyExcerpt()).isEqualTo("<html> <body>Bad gateway</body> </html>");
        wm.verify(3, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRedirectIsFollowedAsTheGeneratedClientAsks() {
        wm.stubFor(get("/api/v1/old").willReturn(status(301).withHeader("Location", "/api/v1/new")));
        wm.stubFor(get("/api/v1/new").willReturn(status(200).withBody("moved")));

        assertThat(Fixtures.transport(wm).send(Call.builder("x.get", "GET", "baseUrl", "/api/v1/old").build(),
                Readers.text())).isEqualTo("moved");
    }

    // ---- credentials never appear in messages --------------------------------------------------------------

    enum Auth {
        HEADER(b -> b.authentication(Authentication.apiKey("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER))),
        QUERY(b -> b.authentication(Authentication.apiKey("integrationKey", "integration_key", Call.KeyIn.QUERY))),
        BEARER(b -> b.authentication(Authentication.bearer("integrationKey"))),
        BASIC(b -> b.authentication(Authentication.basic("username", "password")));

        final Function<Call.Builder, Call.Builder> apply;

        Auth(Function<Call.Builder, Call.Builder> apply) {
            this.apply = apply;
        }

        Call call(String path) {
            return apply.apply(Call.builder("visitors.get", "GET", "baseUrl", path).query("expand", "all")).build();
        }

        /** Checks that the request WireMock saw did carry the credential, so that the test is not vacuous. */
        void assertCarried(LoggedRequest request) {
            switch (this) {
                case HEADER -> assertThat(request.getHeader("x-pendo-integration-key")).isEqualTo(SECRET);
                case QUERY -> assertThat(request.getUrl()).endsWith("&integration_key=" + SECRET);
                case BEARER -> assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + SECRET);
                case BASIC -> assertThat(request.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                        .encodeToString(("alice:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    private static void assertNoCredentialIn(Throwable failure) {
        assertThat(failure).isNotNull();
        assertNoSecretIn(failure, SECRET);
        assertNoSecretIn(failure, PASSWORD);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void noCredentialInTheErrorOfAFailedAnswer(Auth auth) {
        wm.stubFor(any(anyUrl()).willReturn(status(401).withBody("{\"message\": \"bad key\"}")));
        Call call = auth.call("/api/v1/visitor/v1");

        Throwable failure = catchThrowable(() -> Fixtures.transport(wm).send(call, Readers.text()));
        Throwable async = Fixtures.failure(Fixtures.transport(wm).sendAsync(call, Readers.text()));

        List<LoggedRequest> seen = wm.findAll(anyRequestedFor(anyUrl()));
        assertThat(seen).hasSize(2);
        seen.forEach(auth::assertCarried);
        for (Throwable each : List.of(failure, async)) {
            assertThat(each).isInstanceOf(HttpFailure.class)
                    .hasMessage("visitors.get: GET /api/v1/visitor/v1 answered 401 (Unauthorized). Body: {\"message\":"
                            + " \"bad key\"}");
            assertNoCredentialIn(each);
        }
        assertThat(call.toString()).isEqualTo("visitors.get (GET /api/v1/visitor/v1)");
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void noCredentialInTheErrorOfADroppedConnectionOrTimeout(Auth auth) {
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Transport transport = Fixtures.transport(wm, RetryPolicy.NONE, Duration.ofMillis(200));

        Throwable reset = catchThrowable(() -> transport.send(auth.call("/api/v1/visitor/reset"), Readers.text()));
        wm.resetAll();
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(1_000)));
        Throwable timeout = catchThrowable(() -> transport.send(auth.call("/api/v1/visitor/slow"), Readers.text()));
        Throwable asyncTimeout = Fixtures.failure(transport.sendAsync(auth.call("/api/v1/visitor/slow"), Readers.text()));

        assertThat(reset).isInstanceOf(IoFailure.class).hasCauseInstanceOf(IOException.class);
        assertThat(timeout).isInstanceOf(IoFailure.class).hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(asyncTimeout).isInstanceOf(IoFailure.class).hasCauseInstanceOf(HttpTimeoutException.class);
        wm.findAll(anyRequestedFor(anyUrl())).forEach(auth::assertCarried);
        assertNoCredentialIn(reset);
        assertNoCredentialIn(timeout);
        assertNoCredentialIn(asyncTimeout);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void noCredentialInTheErrorOfARefusedConnection(Auth auth) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Transport nowhere = Fixtures.transport(Map.of("baseUrl", URI.create("http://127.0.0.1:" + closedPort)),
                Credentials.of(Fixtures.secrets()), RetryPolicy.NONE, Duration.ofSeconds(2));

        Throwable failure = catchThrowable(() -> nowhere.send(auth.call("/api/v1/visitor/v1"), Readers.text()));

        assertThat(failure).isInstanceOf(IoFailure.class)
                .hasMessageStartingWith("visitors.get: GET /api/v1/visitor/v1 got no answer: java.net.ConnectException");
        assertNoCredentialIn(failure);
    }

    @ParameterizedTest
    @EnumSource(value = Auth.class, names = {"HEADER", "BEARER"})
    void aCredentialThatCannotBeAHeaderValueIsAMisconfigurationThatDoesNotQuoteIt(Auth auth) {
        Map<String, String> secrets = Fixtures.secrets();
        secrets.put("integrationKey", SECRET + "\n");
        Transport transport = Fixtures.transport(Map.of("baseUrl", Fixtures.base(wm)), Credentials.of(secrets),
                Fixtures.FAST, Duration.ofSeconds(5));
        Call call = auth.call("/api/v1/visitor/v1");

        Throwable failure = catchThrowable(() -> transport.send(call, Readers.text()));
        Throwable async = Fixtures.failure(transport.sendAsync(call, Readers.text()));

        for (Throwable each : List.of(failure, async)) {
            assertThat(each).isExactlyInstanceOf(Misconfigured.class)
                    .hasMessage("visitors.get authenticates with integrationKey, whose value cannot be sent in a header:"
                            + " it holds a line break or another character headers do not allow");
            assertNoCredentialIn(each);
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aCredentialWithALineBreakTravelsSafelyInTheQuery() {
        Map<String, String> secrets = Fixtures.secrets();
        secrets.put("integrationKey", SECRET + "\n");
        wm.stubFor(any(anyUrl()).willReturn(status(200).withBody("ok")));
        Transport transport = Fixtures.transport(Map.of("baseUrl", Fixtures.base(wm)), Credentials.of(secrets),
                Fixtures.FAST, Duration.ofSeconds(5));

        assertThat(transport.send(Auth.QUERY.call("/v"), Readers.text())).isEqualTo("ok");
        assertThat(wm.findAll(anyRequestedFor(anyUrl())).get(0).getUrl()).endsWith("&integration_key=" + SECRET + "%0A");
    }

    @Test
    void noCredentialInTheTextOfCallCredentialsOrTransport() {
        Transport transport = Fixtures.transport(wm, RetryPolicy.NONE, Duration.ofSeconds(5));
        Credentials credentials = Credentials.of(Fixtures.secrets());

        assertThat(credentials).hasToString("Credentials[integrationKey, username, password]");
        assertThat(transport.toString())
                .startsWith("Transport[servers={baseUrl=http://127.0.0.1:" + wm.getPort() + "}, credentials=Credentials["
                        + "integrationKey, username, password], authentication=Authentication[none], requestTimeout=PT5S,"
                        + " retry=RetryPolicy[maxAttempts=1,")
                .doesNotContain(SECRET, PASSWORD);
        for (Auth auth : Auth.values()) {
            assertThat(auth.call("/api/v1/visitor/{visitorId}").toString())
                    .isEqualTo("visitors.get (GET /api/v1/visitor/{visitorId})");
        }
    }

    @Test
    void noCredentialInTheMisconfigurationOfAnotherMissingOne() {
        Transport transport = Fixtures.transport(wm);
        Call call = Call.builder("visitors.get", "GET", "baseUrl", "/v").authentication(Authentication.basic("integrationKey", "missingPassword"))
                .build();

        Throwable failure = catchThrowable(() -> transport.send(call, Readers.text()));
        CompletableFuture<String> async = transport.sendAsync(call, Readers.text());

        assertThat(failure).isExactlyInstanceOf(Misconfigured.class).hasMessageContaining("missingPassword");
        assertNoCredentialIn(failure);
        assertNoCredentialIn(Fixtures.failure(async));
    }
}
