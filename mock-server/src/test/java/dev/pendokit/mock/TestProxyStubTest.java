package dev.pendokit.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The mock builds WireMock's proxying client only when a stub first proxies
 * ({@link DeferredProxyClient}); a stub a test adds with {@code proxiedFrom} still forwards, as on
 * stock WireMock.
 */
class TestProxyStubTest {

    @Test
    void aStubOfATestProxiesToItsUpstream() throws Exception {
        WireMockServer upstream = new WireMockServer(options().port(0));
        upstream.start();
        try (PendoMock mock = PendoMock.builder().port(0).start()) {
            upstream.stubFor(get(urlPathEqualTo("/elsewhere/page")).willReturn(aResponse().withStatus(203)
                    .withHeader("Content-Type", "text/plain").withBody("from upstream")));
            mock.wireMock().stubFor(get(urlPathEqualTo("/elsewhere/page")).atPriority(1)
                    .willReturn(aResponse().proxiedFrom(upstream.baseUrl())));

            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(mock.baseUrl() + "/elsewhere/page")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(203);
            assertThat(answer.body()).isEqualTo("from upstream");
        } finally {
            upstream.stop();
        }
    }
}
