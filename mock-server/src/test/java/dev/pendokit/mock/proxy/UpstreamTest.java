package dev.pendokit.mock.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Where a request goes: the upstream's URL, with or without a path of its own, then the request's path and query as sent. */
class UpstreamTest {

    @Test
    void thePathAndQueryAreAppendedAsSent() {
        assertThat(Upstream.resolve(URI.create("https://app.pendo.io"), "/api/v1/page?id=a%2Fb&x=1"))
                .hasToString("https://app.pendo.io/api/v1/page?id=a%2Fb&x=1");
        assertThat(Upstream.resolve(URI.create("https://app.pendo.io/"), "/api/v1/page"))
                .hasToString("https://app.pendo.io/api/v1/page");
        assertThat(Upstream.resolve(URI.create("http://localhost:8080/pendo/"), "/api/v1/visitor/v%201"))
                .hasToString("http://localhost:8080/pendo/api/v1/visitor/v%201");
    }
}
