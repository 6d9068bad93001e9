package dev.pendokit.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static dev.pendokit.runtime.Fixtures.SECRET;
import static dev.pendokit.runtime.Fixtures.assertNoSecretIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pendokit.runtime.Fixtures.TestErrors.DecodeFailure;
import dev.pendokit.runtime.Fixtures.TestErrors.HttpFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers that come but are not what the API answers: HTML, JSON cut short or of other types, and
 * servers that send the key back. Each is told apart from a network fault, says where it failed,
 * and never shows a secret.
 */
@Timeout(30) // a regression that waits for a long Retry-After or answer fails instead of hanging the build
class HostileAnswersTest {

    @RegisterExtension
    static final WireMockExtension wm = Fixtures.wireMock();

    record Page(String id, String name, List<String> tags) {}

    private static Call getPage() {
        return Call.builder("pages.get", "GET", "baseUrl", "/api/v1/page/{id}").pathParam("id", "p1").build();
    }

    private static String advice(int port) {
        return ". Check that the base URL (http://127.0.0.1:" + port + ") points at the Test API, not at a proxy, a"
                + " login page or another service, and that it serves the version of the API this client was generated from";
    }

    private static DecodeFailure decodeFailureOf(Call call, ResponseReader<?> reader) {
        return catchThrowableOfType(DecodeFailure.class, () -> Fixtures.transport(wm).send(call, reader));
    }

    @Test
    void anHtmlPageAnswered200IsADecodeErrorNotANetworkFaultAndIsNotRetried() {
        wm.stubFor(get(anyUrl()).willReturn(ok("<!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>")
                .withHeader("Content-Type", "text/html; charset=utf-8")));

        DecodeFailure failure = decodeFailureOf(getPage(), Readers.json(Fixtures.MAPPER, Page.class));

        assertThat(failure).hasMessage("pages.get: GET /api/v1/page/p1 answered 200 (text/html; charset=utf-8) with a"
                + " body that did not decode, at line 1, column 1: Unexpected character ('<' (code 60)): expected a valid"
                + " value (JSON String, Number, Array, Object or token 'null', 'true' or 'false'). Body: <!DOCTYPE html> <html><head><title>Sign in</title></head></html>"
                + advice(wm.getPort()));
        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void truncatedJsonSaysWhereItStopped() {
        wm.stubFor(get(anyUrl()).willReturn(okJson("{\"id\": \"p1\", \"tags\": [\"a\", \"b")));

        DecodeFailure failure = decodeFailureOf(getPage(), Readers.json(Fixtures.MAPPER, Page.class));

        assertThat(failure.error).isEqualTo(new DecodeError("pages.get", "GET", "/api/v1/page/p1", 200,
                "application/json", "$.tags[1] (line 1, column 30)",
                "Unexpected end-of-input in VALUE_STRING", "{\"id\": \"p1\", \"tags\": [\"a\", \"b",
                "http://127.0.0.1:" + wm.getPort()));
    }

    @Test
    void jsonOfOtherTypesSaysWhichFieldAndWhatWasFound() {
        wm.stubFor(get(anyUrl()).willReturn(okJson("[{\"id\": \"p1\", \"name\": \"Home\", \"tags\": {\"a\": 1}}]")));

        DecodeFailure failure = decodeFailureOf(getPage(), Readers.first(Fixtures.MAPPER, Page.class, "page"));

        assertThat(failure.error.location()).isEqualTo("$[0].tags (line 1, column 39)");
        assertThat(failure.error.problem()).isEqualTo("Cannot deserialize value of type `java.util.ArrayList<java.lang.String>`"
                + " from Object value (token `JsonToken.START_OBJECT`)");
        assertThat(failure).hasMessageStartingWith("pages.get: GET /api/v1/page/p1 answered 200 (application/json) with a"
                + " body that did not decode, at $[0].tags (line 1, column 39): Cannot deserialize value of type");
    }

    @Test
    void theBodyIsQuotedUpTo200Characters() {
        String body = "<html>" + "x".repeat(400) + "</html>";
        wm.stubFor(get(anyUrl()).willReturn(ok(body).withHeader("Content-Type", "text/html")));

        DecodeFailure failure = decodeFailureOf(getPage(), Readers.tree(Fixtures.MAPPER));

        assertThat(failure.error.bodyExcerpt()).isEqualTo(body.substring(0, 200) + "…");
    }

    @Test
    void anAnswerWithoutContentTypeSaysSo() {
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("nope")));

        DecodeFailure failure = decodeFailureOf(getPage(), Readers.tree(Fixtures.MAPPER));

        assertThat(failure.error.contentType()).isEmpty();
        assertThat(failure).hasMessage("pages.get: GET /api/v1/page/p1 answered 200 (no Content-Type) with a"
                + " body that did not decode, at line 1, column 1: Unrecognized token 'nope': was expecting (JSON String, Number, Array, Object or"
                + " token 'null', 'true' or 'false'). Body: nope" + advice(wm.getPort()));
    }

    // ---- secrets sent back ------------------------------------------------------------------------------------

    @Test
    void aKeyEchoedInAnErrorBodyIsMasked() {
        wm.stubFor(get(anyUrl()).willReturn(status(401).withBody("{\"error\": \"invalid key\", \"key\": \"" + SECRET
                + "\", \"user\": \"alice\"}")));

        HttpFailure failure = catchThrowableOfType(HttpFailure.class,
                () -> Fixtures.transport(wm).send(getPage(), Readers.text()));

        assertThat(failure).hasMessage("pages.get: GET /api/v1/page/p1 answered 401 (Unauthorized). Body: {\"error\":"
                + " \"invalid key\", \"key\": \"****\", \"user\": \"****\"}");
        assertNoSecretIn(failure, SECRET);
    }

    @Test
    void aKeyEchoedInABodyThatDoesNotDecodeIsMaskedInTheExcerptAndTheProblem() {
        // Jackson quotes a bad token up to its first character that cannot be in a name: a key of letters and digits.
        String key = "Zq9s3cr3tPENDOKEY4711xyzzy";
        Transport transport = Fixtures.transport(Map.of("baseUrl", Fixtures.base(wm)),
                Credentials.of(Map.of("integrationKey", key)), Fixtures.FAST, Duration.ofSeconds(5));
        wm.stubFor(get(anyUrl()).willReturn(okJson(key + " is not a valid key")));

        DecodeFailure failure = catchThrowableOfType(DecodeFailure.class,
                () -> transport.send(getPage(), Readers.tree(Fixtures.MAPPER)));

        assertThat(failure.error.problem()).isEqualTo("Unrecognized token '****': was expecting (JSON String, Number,"
                + " Array, Object or token 'null', 'true' or 'false')");
        assertThat(failure.error.bodyExcerpt()).isEqualTo("**** is not a valid key");
        assertNoSecretIn(failure, key);
    }

    @Test
    void aKeyCutByTheEndOfTheQuotedBodyIsMaskedToo() {
        String body = "{\"echo\": \"" + " ".repeat(2048 - 20) + SECRET + "\"}";
        wm.stubFor(get(anyUrl()).willReturn(status(400).withBody(body)));

        HttpFailure failure = catchThrowableOfType(HttpFailure.class,
                () -> Fixtures.transport(wm).send(getPage(), Readers.text()));

        assertThat(failure.error.bodyExcerpt()).isEqualTo("{\"echo\": \" ****");
        assertNoSecretIn(failure, SECRET.substring(0, 10));
    }

    @Test
    void aShortKeyThatIsACommonWordIsMaskedOnlyAsAWord() {
        Transport transport = Fixtures.transport(Map.of("baseUrl", Fixtures.base(wm)),
                Credentials.of(Map.of("integrationKey", "test")),
                Authentication.apiKey("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER), Fixtures.FAST,
                Duration.ofSeconds(5));
        wm.stubFor(get(anyUrl()).willReturn(status(403).withBody("{\"message\": \"the latest test-run rejected key"
                + " test\", \"key\": \"test\"}")));

        HttpFailure failure = catchThrowableOfType(HttpFailure.class, () -> transport.send(getPage(), Readers.text()));

        assertThat(failure.error.bodyExcerpt()).isEqualTo("{\"message\": \"the latest test-run rejected key ****\","
                + " \"key\": \"****\"}");
    }
}
