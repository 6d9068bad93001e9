package dev.pendokit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.stubs.Stub;
import dev.pendokit.stubs.StubGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** Sends requests to a mock over loopback, and says which documented request answered. */
final class MockHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Map<String, String> REQUEST_OF_STUB = new HashMap<>();

    static {
        for (Stub stub : StubGenerator.stubs(MockRequests.PENDO, StubGenerator.Selection.ALL)) {
            REQUEST_OF_STUB.put(stub.name(), stub.metadata().request() == null ? "" : stub.metadata().request());
        }
    }

    private MockHttp() {}

    /** A request to the mock: method, path (with query), headers as name, value pairs. */
    static HttpRequest.Builder request(PendoMock mock, String method, String pathAndQuery, String body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(mock.baseUrl() + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The documented request ("Folder/Request") whose stub answered, or "" when none did. */
    static String answeredBy(HttpResponse<String> response) {
        return response.headers().firstValue("Matched-Stub-Name").map(name -> REQUEST_OF_STUB.getOrDefault(name, name))
                .orElse("");
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
