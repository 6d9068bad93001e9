package dev.pendokit.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static dev.pendokit.runtime.Fixtures.SECRET;
import static dev.pendokit.runtime.Fixtures.assertNoSecretIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pendokit.runtime.Fixtures.TestErrors.HttpFailure;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers that come but are not what the API answers: servers that send the key back. What they
 * sent is quoted in messages with every secret masked.
 */
@Timeout(30) // a regression that waits for a long Retry-After or answer fails instead of hanging the build
class HostileAnswersTest {

    @RegisterExtension
    static final WireMockExtension wm = Fixtures.wireMock();

    private static Call getPage() {
        return Call.builder("pages.get", "GET", "baseUrl", "/api/v1/page/{id}").pathParam("id", "p1").build();
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
