package dev.pendokit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds real ids in a live Pendo for the example ids of the contracts ("page with id examplePage
 * exists"): lists first ({@code GET /api/v1/page}), then an aggregation over the thing's source
 * ({@code visitors}, {@code accounts}) for things Pendo does not list. What it finds is kept for
 * the run; what it cannot find, it says.
 */
final class Discovery {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI baseUrl;
    private final String integrationKey;
    private final Map<String, Optional<String>> found = new ConcurrentHashMap<>();

    Discovery(URI baseUrl, String integrationKey) {
        this.baseUrl = baseUrl;
        this.integrationKey = integrationKey;
    }

    /** A real id for a path variable such as {@code pageId}, or empty when none can be found. */
    Optional<String> id(String variable) {
        return found.computeIfAbsent(variable, this::find);
    }

    private Optional<String> find(String variable) {
        String noun = variable.substring(0, variable.length() - 2);
        Optional<JsonNode> listed = send(HttpRequest.newBuilder(baseUrl.resolve("/api/v1/" + noun.toLowerCase(Locale.ROOT)))
                .GET());
        if (listed.isPresent() && listed.get().isArray() && listed.get().size() > 0) {
            return text(listed.get().get(0).get("id"));
        }
        String query = "{\"response\":{\"mimeType\":\"application/json\"},\"request\":{\"pipeline\":[{\"source\":{\""
                + noun + "s\":null}},{\"limit\":1}]}}";
        Optional<JsonNode> aggregated = send(HttpRequest.newBuilder(baseUrl.resolve("/api/v1/aggregation"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(query)));
        return aggregated.map(a -> a.path("results").path(0)).flatMap(row -> text(row.get(variable)).or(() -> text(row.get("id"))));
    }

    private Optional<JsonNode> send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.header("x-pendo-integration-key", integrationKey)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? Optional.of(JSON.readTree(response.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isEmpty() ? Optional.empty() : Optional.of(node.asText());
    }
}
