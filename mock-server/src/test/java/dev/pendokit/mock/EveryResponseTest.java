package dev.pendokit.mock;

import static dev.pendokit.mock.MockRequests.PENDO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.shape.ShapeCheck;
import dev.pendokit.collection.shape.ShapeMismatch;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the Pendo collection and every status it documents, over real HTTP on
 * loopback: the status, the content type and the body's shape. Failures are collected and shown
 * together.
 */
class EveryResponseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static PendoMock mock;

    @BeforeAll
    static void start() {
        mock = PendoMock.builder().integrationKey(MockRequests.KEY).start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void everyDocumentedStatusComesBackWhenChosen() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Operation operation : PENDO.operations()) {
            for (Response response : operation.responses()) {
                // Half through Prism's header, half through Postman's: both choose alike.
                String[] selector = checked % 2 == 0
                        ? new String[] {"Prefer", "code=" + response.status()}
                        : new String[] {"x-mock-response-code", String.valueOf(response.status())};
                check(operation, response, send(operation, selector), String.join(": ", selector), failures);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(PENDO.operations().stream().mapToInt(o -> o.responses().size()).sum())
                .isGreaterThan(1000);
        assertThat(failures).as(failures.size() + " of " + checked + " responses are wrong").isEmpty();
    }

    @Test
    void withoutAChoiceTheDocumentedSuccessComesBack() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Operation operation : PENDO.operations()) {
            Response success = operation.successResponse().orElseThrow();
            check(operation, success, send(operation), "no selector", failures);
        }
        assertThat(failures).as(failures.size() + " of " + PENDO.operations().size() + " requests").isEmpty();
    }

    @Test
    void listEndpointsAnswerArrays() throws Exception {
        int lists = 0;
        for (Operation operation : PENDO.operations()) {
            Response success = operation.successResponse().orElseThrow();
            if (success.kind() == BodyKind.JSON && success.shape() instanceof ArrayShape) {
                assertThat(JSON.readTree(send(operation).body()).isArray()).as(operation.location().itemPath()).isTrue();
                lists++;
            }
        }
        assertThat(lists).as("list endpoints in the Pendo collection").isGreaterThan(10);
    }

    private static HttpResponse<String> send(Operation operation, String... headers) throws IOException,
            InterruptedException {
        return HTTP.send(MockRequests.documented(mock.baseUrl(), operation, headers).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void check(Operation operation, Response documented, HttpResponse<String> answer, String selector,
            List<String> failures) {
        String where = operation.location().itemPath() + " [" + selector + "]: ";
        if (answer.statusCode() != documented.status()) {
            failures.add(where + "status " + answer.statusCode() + ", expected " + documented.status() + "; "
                    + abbreviate(answer.body()));
            return;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        String body = answer.body();
        if (documented.status() >= 400) {
            expectErrorBody(documented, type, body, where, failures);
        } else if (documented.status() == 204) {
            if (!body.isEmpty()) {
                failures.add(where + "204 with a body");
            }
        } else {
            expectSuccessBody(documented, type, body, where, failures);
        }
        if (documented.status() == 429 && answer.headers().firstValue("Retry-After").isEmpty()) {
            failures.add(where + "429 without Retry-After");
        }
    }

    private static void expectErrorBody(Response documented, String type, String body, String where,
            List<String> failures) {
        try {
            JsonNode error = JSON.readTree(body);
            if (!type.startsWith("application/json") || error.path("status").asInt() != documented.status()
                    || error.path("message").asText().isEmpty()) {
                failures.add(where + "not a Pendo-style JSON error (" + type + "): " + abbreviate(body));
            } else if (!documented.reason().isEmpty() && !error.path("message").asText().equals(documented.reason())) {
                failures.add(where + "message '" + error.path("message").asText() + "', documented '"
                        + documented.reason() + "'");
            }
        } catch (IOException e) {
            failures.add(where + "error body is not JSON: " + abbreviate(body));
        }
    }

    private static void expectSuccessBody(Response documented, String type, String body, String where,
            List<String> failures) {
        switch (documented.kind()) {
            case CSV -> {
                if (!type.startsWith("text/csv") || !body.lines().findFirst().orElse("").contains(",")) {
                    failures.add(where + "expected CSV, got " + type + ": " + abbreviate(body));
                }
            }
            case XML -> {
                if (!type.contains("xml") || !body.startsWith("<?xml")) {
                    failures.add(where + "expected XML, got " + type + ": " + abbreviate(body));
                }
            }
            case JSON -> {
                try {
                    JsonNode json = JSON.readTree(body);
                    List<ShapeMismatch> problems = ShapeCheck.mismatches(documented.shape(), json);
                    if (!type.startsWith("application/json")) {
                        failures.add(where + "content type " + type);
                    } else if (!problems.isEmpty()) {
                        failures.add(where + "body does not fit the documented shape: " + problems);
                    } else if (hasEmptyArray(json)) {
                        failures.add(where + "a list answers no element, so a client decodes no row: " + abbreviate(body));
                    }
                } catch (IOException e) {
                    failures.add(where + "body is not JSON: " + abbreviate(body));
                }
            }
            default -> {
                if (type.isEmpty()) {
                    failures.add(where + "no content type");
                }
            }
        }
    }

    private static boolean hasEmptyArray(JsonNode json) {
        if (json.isArray() && json.isEmpty()) {
            return true;
        }
        for (JsonNode child : json) {
            if (hasEmptyArray(child)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
