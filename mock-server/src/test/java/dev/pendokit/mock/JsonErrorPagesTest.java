package dev.pendokit.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static dev.pendokit.mock.MockHttp.request;
import static dev.pendokit.mock.MockHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Jetty answers by itself (a request it cannot read, a failure while answering) comes in
 * Pendo's JSON, never as an HTML page or a stack trace. The malformed requests go over a raw
 * socket: no HTTP client sends them.
 */
class JsonErrorPagesTest {

    private static PendoMock mock;

    @BeforeAll
    static void start() {
        mock = PendoMock.builder().start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void aBadUriGets400() throws IOException {
        String answer = raw("GET /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ").contains("\r\nContent-Type: application/json\r\n")
                .endsWith("\r\n\r\n{\"status\":400,\"error\":\"Bad Request\",\"message\":\"Bad Request\"}");
    }

    @Test
    void aHeaderWithAControlCharacterGets400() throws IOException {
        String answer = raw("GET /api/v1/page HTTP/1.1\r\nHost: localhost\r\nX-Bad: a\u0001b\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ").contains("\r\nContent-Type: application/json\r\n")
                .endsWith("\r\n\r\n{\"status\":400,\"error\":\"Bad Request\",\"message\":\"Illegal character CNTL=0x1\"}");
    }

    @Test
    void headersTooLargeGet431() throws IOException {
        String answer = raw("GET /api/v1/page HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(40_000) + "\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 431 ").contains("\r\nContent-Type: application/json\r\n")
                .endsWith("\r\n\r\n{\"status\":431,\"error\":\"Request Header Fields Too Large\",\"message\":"
                        + "\"Request Header Fields Too Large\"}");
    }

    @Test
    void aFailureGets500NamingItsCauseWithoutAStackTrace() {
        mock.wireMock().stubFor(get("/fails").willReturn(aResponse().withBodyFile("no-such-file.json")));

        HttpResponse<String> response = send(request(mock, "GET", "/fails", null, "x-pendo-integration-key", "k"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"status\":500,\"error\":\"Internal Server Error\",\"message\":\"The mock"
                + " server failed while answering: Not found in blob store: no-such-file.json\"}");
    }

    private static String raw(String request) throws IOException {
        return RawHttp.exchange(mock, request);
    }
}
