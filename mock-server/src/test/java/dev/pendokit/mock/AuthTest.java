package dev.pendokit.mock;

import static dev.pendokit.mock.MockHttp.json;
import static dev.pendokit.mock.MockHttp.request;
import static dev.pendokit.mock.MockHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Authentication as Pendo documents it, and the key kept out of everything the mock shows. */
class AuthTest {

    private static final String KEY_HEADER = "x-pendo-integration-key";
    private static final String SECRET = "s3cr3t-integration-key-0123456789";
    private static PendoMock mock;

    @BeforeAll
    static void start() {
        mock = PendoMock.builder().integrationKey(SECRET).start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void aMissingKeyGets401WithPendosReason() {
        HttpResponse<String> response = send(request(mock, "GET", "/api/v1/page", null));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("message").asText()).startsWith("No valid integration key provided");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    @Test
    void aWrongKeyGets401() {
        HttpResponse<String> response = send(request(mock, "GET", "/api/v1/page", null, KEY_HEADER, "wrong"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("status").asInt()).isEqualTo(401);
    }

    @Test
    void aWrongKeyGets403FromTokenVerify() {
        HttpResponse<String> response = send(request(mock, "GET", "/api/v1/token/verify", null, KEY_HEADER, "wrong"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("message").asText()).isEqualTo("Key is invalid.");
    }

    @Test
    void theRightKeyOpensEveryDoor() {
        assertThat(send(request(mock, "GET", "/api/v1/page", null, KEY_HEADER, SECRET)).statusCode()).isEqualTo(200);
        assertThat(send(request(mock, "GET", "/api/v1/token/verify", null, KEY_HEADER, SECRET)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theTrackEventSendsItsSharedSecretInsteadAndIsNotCheckedAgainstTheKey() {
        HttpResponse<String> response = send(request(mock, "POST", "/data/track",
                "{\"type\":\"track\",\"event\":\"Signed up\",\"visitorId\":\"v-1\",\"timestamp\":1693540800000}",
                KEY_HEADER, "the-apps-track-secret", "Content-Type", "application/json"));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void theKeyNeverShowsInTheJournalTheAdminApiOrANotFoundReport() {
        mock.resetRequests();
        send(request(mock, "GET", "/api/v1/page", null, KEY_HEADER, SECRET));
        HttpResponse<String> notFound = send(request(mock, "GET", "/api/v1/pagez", null, KEY_HEADER, SECRET));
        HttpResponse<String> admin = send(request(mock, "GET", "/__admin/mappings?limit=5", null));

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).doesNotContain(SECRET);
        assertThat(admin.body()).doesNotContain(SECRET);
        assertThat(mock.receivedRequests()).hasSize(2)
                .allSatisfy(r -> assertThat(r.header(KEY_HEADER)).isEqualTo("****"))
                .allSatisfy(r -> assertThat(r.toString()).doesNotContain(SECRET));
    }
}
