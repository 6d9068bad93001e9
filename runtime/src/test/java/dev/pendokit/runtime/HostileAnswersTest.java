package dev.pendokit.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.pendokit.runtime.Fixtures.SECRET;
import static dev.pendokit.runtime.Fixtures.assertNoSecretIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pendokit.runtime.Fixtures.TestErrors.BrokenOff;
import dev.pendokit.runtime.Fixtures.TestErrors.DecodeFailure;
import dev.pendokit.runtime.Fixtures.TestErrors.HttpFailure;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers that come but are not what the API answers: HTML, JSON cut short or of other types, rows
 * that break off, and servers that send the key back. Each is told apart from a network fault, says
 * where it failed, and never shows a secret.
 */
@Timeout(30) // a regression that waits for a long Retry-After or answer fails instead of hanging the build
class HostileAnswersTest {

    @RegisterExtension
    static final WireMockExtension wm = Fixtures.wireMock();

    record Page(String id, String name, List<String> tags) {}

    record Row(String visitorId, long count) {}

    private static Call getPage() {
        return Call.builder("pages.get", "GET", "baseUrl", "/api/v1/page/{id}").pathParam("id", "p1").build();
    }

    private static Call runAggregation() {
        return Call.builder("aggregations.run", "POST", "baseUrl", "/api/v1/aggregation").idempotent(true)
                .textBody("{}", "application/json").build();
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
                "http://127.0.0.1:" + wm.getPort(), OptionalLong.empty()));
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

    // ---- rows ----------------------------------------------------------------------------------------------

    @Test
    void rowsCutShortByTheServerSayHowManyCameBefore() {
        wm.stubFor(post(anyUrl()).willReturn(okJson("{\"results\": [{\"visitorId\": \"v1\", \"count\": 1},"
                + " {\"visitorId\": \"v2\", \"count\": 2}, {\"visitorId\": \"v")));
        List<Row> stored = new ArrayList<>();

        try (RowStream<Row> rows = Fixtures.transport(wm).send(runAggregation(), Readers.rows(Fixtures.MAPPER, Row.class))) {
            DecodeFailure failure = catchThrowableOfType(DecodeFailure.class, () -> rows.forEach(stored::add));

            assertThat(failure.error.rowsDelivered()).hasValue(2);
            assertThat(failure.error.location()).isEqualTo("$.results[2].visitorId (line 1, column 96)");
            assertThat(failure).hasMessage("aggregations.run: POST /api/v1/aggregation answered 200 (application/json)"
                    + " with a body that did not decode, at $.results[2].visitorId (line 1, column 96): Unexpected"
                    + " end-of-input in VALUE_STRING; 2 rows delivered before it. Body: {\"results\": [{\"visitorId\":"
                    + " \"v1\", \"count\": 1}, {\"visitorId\": \"v2\", \"count\": 2}, {\"visitorId\": \"v" + advice(wm.getPort()));
        }
        assertThat(stored).containsExactly(new Row("v1", 1), new Row("v2", 2));
    }

    @Test
    void aRowOfOtherTypesSaysWhichRowAndField() {
        wm.stubFor(post(anyUrl()).willReturn(okJson("{\"results\": [{\"visitorId\": \"v1\", \"count\": 1},"
                + " {\"visitorId\": \"v2\", \"count\": \"many\"}]}")));

        try (RowStream<Row> rows = Fixtures.transport(wm).send(runAggregation(), Readers.rows(Fixtures.MAPPER, Row.class))) {
            Iterator<Row> it = rows.iterator();
            assertThat(it.next()).isEqualTo(new Row("v1", 1));
            DecodeFailure failure = catchThrowableOfType(DecodeFailure.class, it::next);

            assertThat(failure.error.rowsDelivered()).hasValue(1);
            assertThat(failure.error.location()).isEqualTo("$.results[1].count (line 1, column 76)");
            assertThat(failure.error.problem()).isEqualTo("Cannot deserialize value of type `long` from String \"many\":"
                    + " not a valid `long` value");
        }
    }

    @Test
    void rowsWhoseConnectionBreaksSayHowManyCameBefore() {
        WireMockServer dribbling = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        dribbling.start();
        try {
            // Ten rows of about 100 bytes, sent in 40 chunks 100 ms apart: a row takes four chunks to arrive.
            StringBuilder body = new StringBuilder("{\"results\": [");
            for (int i = 0; i < 10; i++) {
                body.append(i == 0 ? "" : ", ").append("{\"visitorId\": \"v").append(i).append("\", \"count\": ").append(i)
                        .append(", \"pad\": \"").append("x".repeat(60)).append("\"}");
            }
            dribbling.stubFor(post(anyUrl()).willReturn(okJson(body.append("]}").toString())
                    .withChunkedDribbleDelay(40, 4_000)));
            Transport transport = Fixtures.transport(Map.of("baseUrl", URI.create("http://127.0.0.1:" + dribbling.port())),
                    Credentials.of(Fixtures.secrets()), Fixtures.FAST, Duration.ofSeconds(5));
            List<Row> stored = new ArrayList<>();

            try (RowStream<Row> rows = transport.send(runAggregation(), Readers.rows(Fixtures.MAPPER, Row.class))) {
                BrokenOff failure = catchThrowableOfType(BrokenOff.class, () -> rows.forEach(row -> {
                    stored.add(row);
                    if (stored.size() == 2) {
                        dribbling.stop(); // the server goes away mid-answer
                    }
                }));

                assertThat(failure.rowsDelivered).hasValue(2);
                assertThat(failure).hasMessageStartingWith("aggregations.run: POST /api/v1/aggregation answered 200,"
                        + " then the answer broke off after delivering 2 rows: java.io.IOException")
                        .hasCauseInstanceOf(IOException.class);
            }
            assertThat(stored).extracting(Row::visitorId).containsExactly("v0", "v1");
        } finally {
            dribbling.stop();
        }
    }

    @Test
    void aBodyThatBreaksOffBeforeItsRowsIsABrokenOffAnswerWithoutRows() {
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        BrokenOff failure = catchThrowableOfType(BrokenOff.class,
                () -> Fixtures.transport(wm).send(runAggregation(), Readers.rows(Fixtures.MAPPER, Row.class)));

        assertThat(failure.rowsDelivered).isEmpty();
        assertThat(failure).hasMessageStartingWith("aggregations.run: POST /api/v1/aggregation answered 200, then the"
                + " answer broke off: java.io.IOException");
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

    @Test
    void noCredentialInADecodeErrorOfRows() {
        wm.stubFor(post(anyUrl()).willReturn(okJson("{\"results\": [{\"visitorId\": \"" + SECRET + "\", \"count\": \""
                + SECRET + "\"}]}")));

        try (RowStream<Row> rows = Fixtures.transport(wm).send(runAggregation(), Readers.rows(Fixtures.MAPPER, Row.class))) {
            DecodeFailure failure = catchThrowableOfType(DecodeFailure.class, () -> rows.forEach(row -> { }));

            assertThat(failure.error.problem()).isEqualTo("Cannot deserialize value of type `long` from String \"****\":"
                    + " not a valid `long` value");
            assertNoSecretIn(failure, SECRET);
        }
    }

    @Test
    void rowsOfJsonTreesNeverFailOnTypes() {
        wm.stubFor(post(anyUrl()).willReturn(okJson("{\"results\": [1, \"two\", {\"three\": [3]}]}")));

        try (RowStream<JsonNode> rows = Fixtures.transport(wm).send(runAggregation(),
                Readers.rows(Fixtures.MAPPER, JsonNode.class))) {
            assertThat(rows.stream().map(JsonNode::toString)).containsExactly("1", "\"two\"", "{\"three\":[3]}");
        }
    }
}
