package dev.pendokit.collection.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.postman.PostmanReader;
import dev.pendokit.collection.request.DocumentedRequest.NameValue;
import dev.pendokit.collection.resolve.ModelResolver;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The documented request, the one that the mock's tests, the contracts, live drift and the
 * client's tests all send: each rule on the smallest collection that shows it, and the Pendo
 * requests that once came out differently from the four copies it replaces.
 */
class DocumentedRequestTest {

    private static final ApiModel PENDO = TestModels.pendo();

    private static final ApiModel SHOP = model("""
            {"info": {"name": "Shop", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "x-api-key"},
                      {"key": "value", "value": "{{apiKey}}"}, {"key": "in", "value": "header"}]},
             "item": [
              {"name": "Get order", "request": {"method": "GET",
                "url": {"raw": "https://shop.example/v1 beta/{{version}}/orders/:orderId?fields=a b*&page=2",
                        "host": ["https://shop.example"], "path": ["v1 beta", "{{version}}", "orders", ":orderId"],
                        "query": [{"key": "fields", "value": "a b*"}, {"key": "page", "value": "2", "disabled": true},
                                  {"key": "owner", "value": "{{ownerId}}"}],
                        "variable": [{"key": "orderId", "value": "order 1/2"}]},
                "header": [{"key": "x-shop-format", "value": "full", "description": "Always full."},
                           {"key": "Content-Type", "value": "application/json"}]}},
              {"name": "Find orders", "request": {"method": "POST", "url": "https://shop.example/orders/search",
                "header": [{"key": "Content-Type", "value": "application/json"}],
                "body": {"mode": "raw", "raw": "{\\n  // who asks\\n  \\"customer\\": \\"{{customerId}}\\", \\"limit\\": 10,\\n}"}}},
              {"name": "Sign up", "request": {"method": "POST", "url": "https://shop.example/signup",
                "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}"}]},
                "body": {"mode": "urlencoded", "urlencoded": [{"key": "name", "value": "Ann Lee"},
                         {"key": "plan", "value": "pro+", "disabled": true}]}}}
             ]}""");

    @Test
    void pathVariablesGetTheirExamplesEncodedAsClientsEncodeThem() {
        DocumentedRequest request = DocumentedRequest.of(shop("Get order"));

        // A literal segment keeps what a path can hold; a variable is one segment whatever it holds;
        // {{version}}, a variable the collection never defines, is no placeholder on the wire.
        assertThat(request.path()).isEqualTo("/v1%20beta/example-version/orders/order%201%2F2");
    }

    @Test
    void requiredQueryParametersAreSentAndOptionalOnesOnlyWhenGiven() {
        DocumentedRequest request = DocumentedRequest.of(shop("Get order"));

        assertThat(request.query()).containsExactly(new NameValue("fields", "a b*"),
                new NameValue("owner", "example-ownerId"));
        assertThat(request.rawQuery()).isEqualTo("fields=a%20b%2A&owner=example-ownerId");

        DocumentedRequest paged = DocumentedRequest.builder(shop("Get order")).value("page", "3").build();
        assertThat(paged.rawQuery()).isEqualTo("fields=a%20b%2A&page=3&owner=example-ownerId");
    }

    @Test
    void theCallersValuesWinOverExamplesAndFillPlaceholders() {
        DocumentedRequest request = DocumentedRequest.builder(shop("Get order"))
                .values(Map.of("orderId", "o-9", "ownerId", "u-7")).build();

        assertThat(request.pathAndQuery()).isEqualTo("/v1%20beta/example-version/orders/o-9?fields=a%20b%2A&owner=u-7");
        assertThat(request.values().values()).containsExactly("example-version", "o-9", "a b*", "u-7");
    }

    @Test
    void documentedHeadersAreSentAndTheBodySaysItsOwnContentType() {
        assertThat(DocumentedRequest.of(shop("Get order")).headers())
                .containsExactly(new NameValue("x-shop-format", "full"));
    }

    @Test
    void theCredentialGoesWhereTheAuthPutsItAndOnlyWhenGiven() {
        assertThat(DocumentedRequest.builder(shop("Get order")).credential("k-1").build().headers())
                .contains(new NameValue("x-api-key", "k-1"));
        assertThat(DocumentedRequest.builder(shop("Sign up")).credential("t-1").build().headers())
                .containsExactly(new NameValue("Authorization", "Bearer t-1"));
        assertThat(DocumentedRequest.of(shop("Get order")).headers()).extracting(NameValue::name)
                .doesNotContain("x-api-key");
    }

    @Test
    void aLenientJsonBodyGoesAsStrictJsonWithItsPlaceholdersFilled() {
        DocumentedRequest.Body body = DocumentedRequest.of(shop("Find orders")).body().orElseThrow();

        assertThat(body.mediaType()).isEqualTo("application/json");
        assertThat(body.text()).isEqualTo("{\"customer\":\"example-customerId\",\"limit\":10}");
        assertThat(body.json().map(JsonNode::toString)).contains(body.text());
        assertThat(DocumentedRequest.builder(shop("Find orders")).value("customerId", "c-1").build().body()
                .orElseThrow().text()).isEqualTo("{\"customer\":\"c-1\",\"limit\":10}");
    }

    @Test
    void aFormIsEncodedAsTheRuntimeEncodesIt() {
        DocumentedRequest.Body body = DocumentedRequest.of(shop("Sign up")).body().orElseThrow();

        assertThat(body.mediaType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(body.text()).isEqualTo("name=Ann%20Lee");
        assertThat(DocumentedRequest.builder(shop("Sign up")).value("plan", "pro+").build().body().orElseThrow()
                .text()).isEqualTo("name=Ann%20Lee&plan=pro%2B");
    }

    @Test
    void aJsonBodyOfTheCallersReplacesTheDocumentedOne() {
        DocumentedRequest.Body body = DocumentedRequest.builder(shop("Find orders")).jsonBody("{\"limit\":1}").build()
                .body().orElseThrow();

        assertThat(body).isEqualTo(new DocumentedRequest.Body("application/json", "{\"limit\":1}",
                java.util.Optional.empty()));
    }

    @Test
    void theHttpRequestKeepsThePathOfTheBaseUrl() {
        HttpRequest request = DocumentedRequest.builder(shop("Find orders")).credential("k").build()
                .toHttpRequest(URI.create("http://127.0.0.1:8080/proxy/")).build();

        assertThat(request.uri()).hasToString("http://127.0.0.1:8080/proxy/orders/search");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.headers().map()).containsEntry("x-api-key", java.util.List.of("k"))
                .containsEntry("Content-Type", java.util.List.of("application/json"));
    }

    @Test
    void pendosBase64VisitorCarriesItsConstantHeader() {
        DocumentedRequest request = DocumentedRequest.builder(pendo("Visitor/Get Visitor by base64 encoded ID"))
                .credential("k").build();

        assertThat(request.path()).isEqualTo("/api/v1/visitor/b64_ZXhhbXBsZVZpc2l0b3I");
        assertThat(request.headers()).containsExactly(new NameValue("x-pendo-base64-encoded-params", "true"),
                new NameValue("x-pendo-integration-key", "k"));
    }

    @Test
    void pendosListOfPagesSendsNeitherOfItsDisabledAlternatives() {
        // expand=* and appId are alternatives, both disabled in the collection: a Postman user sends neither.
        assertThat(DocumentedRequest.of(pendo("Page/Return List of All Pages")).pathAndQuery())
                .isEqualTo("/api/v1/page");
        assertThat(DocumentedRequest.of(pendo("Page/Return List of Specific Pages")).pathAndQuery())
                .isEqualTo("/api/v1/page?id=pageId1%2CpageId2%2C%5B...%5D");
    }

    @Test
    void pendosAggregationPlaceholdersNeverGoOutAsWritten() {
        DocumentedRequest request = DocumentedRequest.builder(pendo("Aggregation/PES/PES")).value("appId", "-323232")
                .build();

        String body = request.body().orElseThrow().text();
        assertThat(body).doesNotContain("{{").contains("\"-323232\"").contains("example-segmentId");
    }

    private static Operation shop(String name) {
        return SHOP.operation(name).orElseThrow();
    }

    private static Operation pendo(String itemPath) {
        return PENDO.operation(itemPath).orElseThrow();
    }

    private static ApiModel model(String json) {
        return ModelResolver.resolve(PostmanReader.read(json.getBytes(StandardCharsets.UTF_8), "shop.json"),
                ResolveOptions.DEFAULTS);
    }
}
