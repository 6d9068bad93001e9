package dev.pendokit.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The indexed stub store chooses the stub stock WireMock's store chooses, for every kind of
 * stub the index reads and every kind it cannot (any method, regular expressions, path
 * wildcards), through priorities, later additions, replacements and removals.
 */
class IndexedStubStoreTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WireMockServer stock;
    private WireMockServer indexed;

    @BeforeEach
    void start() {
        stock = new WireMockServer(options().port(0));
        WireMockConfiguration options = options().port(0);
        indexed = new WireMockServer(options.withStores(IndexedStubStore.stores(options.filesRoot())));
        stock.start();
        indexed.start();
    }

    @AfterEach
    void stop() {
        stock.stop();
        indexed.stop();
    }

    @Test
    void choosesTheStubStockWireMockChooses() throws Exception {
        add("page list", get(urlPathEqualTo("/api/v1/page")));
        add("page by id", get(urlPathTemplate("/api/v1/page/{pageId}")));
        add("page history", get(urlPathTemplate("/api/v1/page/{pageId}/history")));
        add("staged reset", post(urlPathEqualTo("/api/v1/guide/staged/reset")).atPriority(3));
        add("guide reset", post(urlPathTemplate("/api/v1/guide/{guideId}/reset")).atPriority(4));
        add("full url", get(urlEqualTo("/api/v1/feature?expand=*")));
        add("regex", get(urlPathMatching("/api/v1/(visitor|account)/.*")).atPriority(6));
        add("wildcard", get(urlPathTemplate("/files/**")));
        add("any method", any(urlPathEqualTo("/api/v1/page")).atPriority(9));
        add("no key, first of all", any(anyUrl()).withHeader("x-no-key", equalTo("yes")).atPriority(1));
        add("put or anything", request("PUT", urlPathTemplate("/api/v1/page/{pageId}")));

        List<String> requests = List.of("GET /api/v1/page", "GET /api/v1/page?x=1", "HEAD /api/v1/page",
                "DELETE /api/v1/page", "GET /api/v1/page/abc", "GET /api/v1/page/abc/history", "PUT /api/v1/page/abc",
                "POST /api/v1/guide/staged/reset", "POST /api/v1/guide/g1/reset", "GET /api/v1/feature?expand=*",
                "GET /api/v1/feature", "GET /api/v1/visitor/a/b/c", "GET /api/v1/account/x", "GET /files/a/b/c.txt",
                "GET /files/", "GET /nothing/here", "GET /", "GET /api/v1/page/%7Bx%7D", "PATCH /api/v1/page/abc",
                // Spellings a path shape must not miss or invent: encoded literals, empty and trailing segments.
                "POST /api/v1/guide/st%61ged/reset", "GET /api/v1/p%61ge", "GET /api/v1/page/", "GET //api/v1/page",
                "GET /api/v1//history", "GET /api/v1/page/a%2Fb/history", "GET /api/v1/feature?expand=%2A");
        assertSameAnswers(requests);
        assertThat(answer(indexed, "GET /api/v1/page")).isEqualTo("200 page list");
        assertThat(answer(indexed, "POST /api/v1/guide/staged/reset")).isEqualTo("200 staged reset");

        // Later changes reach the index: an addition that wins, a removal, a replacement.
        StubMapping winner = add("newer page list", get(urlPathEqualTo("/api/v1/page")).atPriority(2));
        assertSameAnswers(requests);
        assertThat(answer(indexed, "GET /api/v1/page")).isEqualTo("200 newer page list");
        stock.removeStub(winner.getId());
        indexed.removeStub(winner.getId());
        assertSameAnswers(requests);
        for (WireMockServer server : List.of(stock, indexed)) {
            server.editStub(get(urlPathMatching("/api/v1/(visitor|account)/.*")).atPriority(6)
                    .withId(id("regex")).willReturn(aResponse().withStatus(203).withBody("edited")));
        }
        assertSameAnswers(requests);
        assertThat(answer(indexed, "GET /api/v1/account/x")).isEqualTo("203 edited");
        stock.resetMappings();
        indexed.resetMappings();
        assertSameAnswers(requests);
        assertThat(answer(indexed, "GET /api/v1/page")).isEqualTo("404 (no stub)");
    }

    private StubMapping add(String name, MappingBuilder stub) {
        StubMapping mapping = stub.withId(id(name)).withName(name).willReturn(aResponse().withBody(name)).build();
        stock.addStubMapping(mapping);
        indexed.addStubMapping(StubMapping.buildFrom(StubMapping.buildJsonStringFor(mapping)));
        return mapping;
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private void assertSameAnswers(List<String> requests) throws Exception {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (String request : requests) {
            expected.add(request + " -> " + answer(stock, request));
            actual.add(request + " -> " + answer(indexed, request));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static String answer(WireMockServer server, String request) throws Exception {
        String[] parts = request.split(" ", 2);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + parts[1]))
                .method(parts[0], HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        String body = response.statusCode() == 404 ? "(no stub)" : response.body();
        return response.statusCode() + " " + body;
    }
}
