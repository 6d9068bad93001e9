package dev.pendokit.mock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * WireMock's HTTP client for proxy stubs, built on the first request that needs one. WireMock
 * builds it with the server, and building it (Apache HttpClient, a TLS context, the JDK's
 * security providers: 720 classes) was a quarter of the mock's start. The mock's own stubs never
 * proxy (its proxy mode forwards with the JDK's client); a stub a test adds with
 * {@code proxiedFrom} gets the same client as on stock WireMock, a moment later.
 */
final class DeferredProxyClient implements HttpClient {

    private final Supplier<HttpClient> build;
    private volatile HttpClient client;

    private DeferredProxyClient(Supplier<HttpClient> build) {
        this.build = build;
    }

    /** A factory of clients that WireMock's own factory builds when first used. */
    static HttpClientFactory factory() {
        return (Options options, boolean trustAllCertificates, List<String> trustedHosts, boolean useSystemProperties) ->
                new DeferredProxyClient(() -> new ApacheHttpClientFactory().buildHttpClient(options, trustAllCertificates,
                        trustedHosts, useSystemProperties));
    }

    @Override
    public Response execute(Request request) throws IOException {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    client = build.get();
                }
                built = client;
            }
        }
        return built.execute(request);
    }
}
