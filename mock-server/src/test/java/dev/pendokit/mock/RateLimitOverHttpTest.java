package dev.pendokit.mock;

import static dev.pendokit.mock.MockHttp.request;
import static dev.pendokit.mock.MockHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.mock.limit.RateLimit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --rate-limit} over real HTTP. 6 per minute lets one request through and then one every
 * 10 s: far slower than a test sends, so every count and every {@code Retry-After} is exact.
 */
class RateLimitOverHttpTest {

    private static final String KEY_HEADER = "x-pendo-integration-key";
    private static PendoMock anyKey;
    private static PendoMock oneKey;

    @BeforeAll
    static void start() {
        anyKey = PendoMock.builder().rateLimit(RateLimit.perMinute(6)).start();
        oneKey = PendoMock.builder().integrationKey("the-right-key-0123").rateLimit(RateLimit.perMinute(6)).start();
    }

    @AfterAll
    static void stop() {
        anyKey.close();
        oneKey.close();
    }

    private static HttpResponse<String> page(PendoMock mock, String key) {
        return key == null ? send(request(mock, "GET", "/api/v1/page", null))
                : send(request(mock, "GET", "/api/v1/page", null, KEY_HEADER, key));
    }

    @Test
    void aBurstBeyondTheLimitGets429sWithRetryAfter() {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(page(anyKey, "burst-key-0123456"));
        }

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 429, 429, 429, 429);
        HttpResponse<String> limited = answers.get(1);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(limited.body()).isEqualTo("{\"status\":429,\"error\":\"Too Many Requests\",\"message\":\"Too many"
                + " requests hit the API too quickly. Slow down. The mock allows 6/min per integration key (a burst of"
                + " 1); retry after 10 s.\"}");
    }

    @Test
    void eachKeyIsLimitedApart() {
        assertThat(page(anyKey, "key-a-0123456").statusCode()).isEqualTo(200);
        assertThat(page(anyKey, "key-a-0123456").statusCode()).isEqualTo(429);
        assertThat(page(anyKey, "key-b-0123456").statusCode()).isEqualTo(200);
        assertThat(page(anyKey, "key-b-0123456").statusCode()).isEqualTo(429);
    }

    @Test
    void requestsWithoutAKeyAreNotLimitedButRefused() {
        for (int i = 0; i < 3; i++) {
            assertThat(page(anyKey, null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aWrongKeyGets401AndSpendsNothingOfTheRightKeysBucket() {
        for (int i = 0; i < 3; i++) {
            assertThat(page(oneKey, "a-wrong-key-0123").statusCode()).isEqualTo(401);
        }
        assertThat(page(oneKey, "the-right-key-0123").statusCode()).isEqualTo(200);
        assertThat(page(oneKey, "the-right-key-0123").statusCode()).isEqualTo(429);
        assertThat(page(oneKey, "a-wrong-key-0123").statusCode()).isEqualTo(401);
    }

    @Test
    void theKeyOfALimitedOrRefusedRequestIsMaskedInTheJournal() {
        oneKey.resetRequests();
        page(oneKey, "the-right-key-0123");
        page(oneKey, "a-wrong-key-0123");

        assertThat(oneKey.receivedRequests()).extracting(ReceivedRequest::status).containsExactly(429, 401);
        assertThat(oneKey.receivedRequests()).allSatisfy(r -> assertThat(r.header(KEY_HEADER)).isEqualTo("****"));
    }

    @Test
    void theCommandLineTakesItAndRefusesWhatItCannotRead() {
        assertThat(Options.parse("--rate-limit", "10/s").rateLimit()).isEqualTo(RateLimit.perSecond(10));
        assertThat(Options.parse("--rate-limit=600/min").rateLimit()).isEqualTo(RateLimit.perMinute(600));
        assertThat(Options.parse("--port", "0").rateLimit()).isNull();
        assertThat(Options.parse("--rate-limit", "5/s").toString()).contains("rateLimit=5/s");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        for (String wrong : List.of("ten", "0/s", "5/h")) {
            assertThat(Main.run(new String[] {"--rate-limit", wrong}, System.out, errors)).isEqualTo(Main.USAGE_ERROR);
        }
        String refusal = "pendo-mock-server: --rate-limit takes a number of requests per second or per minute, 1 or more"
                + " (10/s, 600/min), not '%s'. See --help" + System.lineSeparator();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo(refusal.formatted("ten") + refusal.formatted("0/s") + refusal.formatted("5/h"));
    }
}
