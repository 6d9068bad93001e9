package dev.pendokit.pendo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.request.DocumentedRequest;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.collection.shape.SampleValues;
import dev.pendokit.pendo.runtime.RowStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the Pendo collection, called through the generated client against a real
 * WireMock on loopback: the request that arrives (method, path, query, constant headers, key,
 * body) is what the collection documents, and the documented answer decodes into the declared
 * type. The operations come from the API model, so a new request in the collection is covered
 * without new test code.
 */
class EveryOperationTest {

    private static final String KEY = "integration-key-under-test";
    private static final String SECRET = "track-secret-under-test";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<JsonNode> SAME_NUMBER = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private static WireMockServer wiremock;
    private static PendoClient pendo;
    private static ApiModel model;

    @BeforeAll
    static void start() {
        wiremock = new WireMockServer(wireMockConfig().dynamicPort());
        wiremock.start();
        URI local = URI.create(wiremock.baseUrl());
        pendo = PendoClient.builder().baseUrl(local).dataHost(local).integrationKey(KEY).trackEventSecret(SECRET)
                .build();
        model = ApiModels.loadBundled(ResolveOptions.DEFAULTS);
    }

    @AfterAll
    static void stop() {
        wiremock.stop();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationSendsWhatIsDocumentedAndDecodesTheAnswer() {
        assertThat(model.operations()).hasSize(110);
        return model.operations().stream().map(operation -> DynamicTest.dynamicTest(
                operation.groupJavaName() + "." + operation.javaName(), () -> call(operation)));
    }

    private static void call(Operation operation) throws Exception {
        wiremock.resetAll();
        Response success = operation.successResponse().orElseThrow();
        String body = answer(operation, success);
        wiremock.stubFor(request(operation.method(), urlPathTemplate(operation.path().toEncodedUriTemplate()))
                .willReturn(aResponse().withStatus(success.status()).withHeader("Content-Type", success.mediaType())
                        .withBody(body)));

        // The client is called as the documentation shows, and must send the documented request.
        String credential = operation.name().equals("Send a Track Event") ? SECRET : KEY;
        DocumentedRequest documented = DocumentedRequest.builder(operation).credential(credential).build();
        Object api = PendoClient.class.getMethod(operation.groupJavaName()).invoke(pendo);
        Method method = Arguments.method(api.getClass(), operation);
        Object result = method.invoke(api, Arguments.of(documented, method));

        List<ServeEvent> received = wiremock.getAllServeEvents();
        assertThat(received).hasSize(1);
        LoggedRequest sent = received.get(0).getRequest();
        assertThat(sent.getMethod().value()).isEqualTo(documented.method());
        assertThat(sent.getUrl()).isEqualTo(documented.pathAndQuery());
        for (DocumentedRequest.NameValue header : documented.headers()) {
            assertThat(sent.getHeader(header.name())).as(header.name()).isEqualTo(header.value());
        }
        if (documented.body().isPresent()) {
            DocumentedRequest.Body expected = documented.body().get();
            if (expected.json().isPresent()) {
                assertThat(JSON.readTree(sent.getBodyAsString())).isEqualTo(normalized(expected.json().get()));
            } else {
                assertThat(sent.getBodyAsString()).isEqualTo(expected.text());
            }
        }

        assertDecoded(operation, success, body, result);
    }

    private static void assertDecoded(Operation operation, Response success, String body, Object result)
            throws Exception {
        switch (success.kind()) {
            case CSV, XML, TEXT -> assertThat(result).isEqualTo(body);
            default -> {
                assertThat(result).as(operation.name()).isNotNull();
                if (result instanceof RowStream<?> rows) {
                    try (rows) {
                        List<Object> all = new ArrayList<>();
                        rows.forEach(all::add);
                        assertThat(all).hasSize(2).doesNotContainNull();
                    }
                } else if (!(result instanceof JsonNode)) {
                    // A typed answer written back as JSON holds every field that came, the unknown one included
                    // (a whole number documented as a number comes back as 1000.0: the same number).
                    // A request for one thing answered with a list returns the list's first element.
                    JsonNode answer = JSON.readTree(body);
                    JsonNode expected = answer.isArray() && !(result instanceof List<?>) ? answer.get(0) : answer;
                    JsonNode decoded = JSON.valueToTree(result);
                    assertThat(decoded.equals(SAME_NUMBER, expected)).as("%s%n  decoded: %s%n  answer:  %s",
                            operation.name(), decoded, body).isTrue();
                }
            }
        }
    }

    /** The sample with one undocumented field in every object, which typed answers must keep. */
    private static JsonNode withFieldsPendoAddsLater(JsonNode sample) {
        if (sample instanceof ObjectNode object) {
            object.properties().forEach(field -> withFieldsPendoAddsLater(field.getValue()));
            object.put("fieldPendoAddsLater", "kept");
        } else {
            sample.forEach(EveryOperationTest::withFieldsPendoAddsLater);
        }
        return sample;
    }

    /** The same JSON with Jackson's own number nodes (1 as an int node, as a parser reads it). */
    private static JsonNode normalized(JsonNode node) throws Exception {
        return JSON.readTree(JSON.writeValueAsBytes(node));
    }

    private static String answer(Operation operation, Response success) throws Exception {
        return switch (success.kind()) {
            case CSV -> "visitorId,accountId\nv1,a1\nv2,a2\n";
            case XML -> "<xliff version=\"1.2\"><file original=\"guide\"/></xliff>";
            case TEXT -> "ok";
            default -> JSON.writeValueAsString(withFieldsPendoAddsLater(SampleValues.of(success.shape())));
        };
    }
}
