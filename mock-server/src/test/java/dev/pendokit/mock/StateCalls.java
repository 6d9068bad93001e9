package dev.pendokit.mock;

import static dev.pendokit.mock.MockHttp.json;
import static dev.pendokit.mock.MockHttp.request;
import static dev.pendokit.mock.MockHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Requests to a stateful mock with a key, as a client sends them; for the state's tests. */
final class StateCalls {

    static final String KEY = "state-test-key";

    private StateCalls() {}

    /** The call's answer; {@code body} null for none, {@code headers} as name, value pairs. */
    static HttpResponse<String> call(PendoMock mock, String method, String path, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("x-pendo-integration-key", KEY, "Content-Type", "application/json"));
        all.addAll(List.of(headers));
        return send(request(mock, method, path, body, all.toArray(String[]::new)));
    }

    /** The JSON of a 200 answer, checking it is one. */
    static JsonNode ok(PendoMock mock, String method, String path, String body) {
        HttpResponse<String> response = call(mock, method, path, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
        return json(response);
    }

    /** The rows of an aggregation whose pipeline is {@code stages} (a JSON array's contents). */
    static List<JsonNode> rows(PendoMock mock, String stages) {
        JsonNode answer = ok(mock, "POST", "/api/v1/aggregation",
                "{\"response\":{\"mimeType\":\"application/json\"},\"request\":{\"pipeline\":[" + stages + "]}}");
        List<JsonNode> rows = new ArrayList<>();
        answer.path("results").forEach(rows::add);
        return rows;
    }

    static JsonNode parse(String json) {
        try {
            return MockHttp.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
