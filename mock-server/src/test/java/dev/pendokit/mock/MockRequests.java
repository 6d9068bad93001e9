package dev.pendokit.mock;

import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.request.DocumentedRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

/** What the tests send to the mock and to stock WireMock: documented requests, with the test's key. */
final class MockRequests {

    static final String KEY = "test-integration-key";
    static final ApiModel PENDO = TestModels.pendo();

    private MockRequests() {}

    /** The documented request, with the key and any extra headers (name, value, name, value, ...). */
    static HttpRequest.Builder documented(URI base, Operation operation, String... headers) {
        return documented(base, operation, Map.of(), headers);
    }

    /** The documented request with the test's values for some parameters ({@link DocumentedRequest.Builder#value}). */
    static HttpRequest.Builder documented(URI base, Operation operation, Map<String, String> values, String... headers) {
        HttpRequest.Builder builder = DocumentedRequest.builder(operation).values(values).credential(KEY).build()
                .toHttpRequest(base);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }
}
