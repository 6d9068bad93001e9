package dev.pendokit.mock.size;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.ApiModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collections far larger than Pendo's, to show that the mock's matching cost does not grow with
 * the number of stubs: the Pendo collection with a folder shaped like GitHub's REST API v3 added
 * (deep paths, many variables at the same depth, the same methods on every resource), and a
 * synthetic collection of any number of requests. Deterministic: the same arguments give the same
 * bytes.
 *
 * <p>{@code java -cp mock-server/target/test-classes:mock-server/target/pendo-mock-server.jar
 * dev.pendokit.mock.size.LargeCollections DIR} writes both (the benchmark script does).
 */
public final class LargeCollections {

    /** How many requests the GitHub-shaped folder holds: as many as GitHub's v3 collection. */
    public static final int GITHUB_REQUESTS = 623;
    public static final int SYNTHETIC_REQUESTS = 5_000;

    /** The request of the GitHub-shaped folder the benchmark calls: a path variable three deep. */
    public static final String GITHUB_REQUEST = "/repos/octocat/hello-world/issues/1347/comments";
    /** The request of the synthetic collection the benchmark calls. */
    public static final String SYNTHETIC_REQUEST = "/service-0042/v1/resource-7/abc-123/items";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** GitHub's resources under a repository, each with the usual list, create, read, update, delete. */
    private static final List<String> REPO_RESOURCES = List.of("issues", "pulls", "commits", "branches", "releases",
            "hooks", "keys", "labels", "milestones", "deployments", "statuses", "forks", "collaborators", "comments",
            "tags", "teams", "topics", "invitations", "projects", "environments", "check-runs", "check-suites",
            "actions/runs", "actions/workflows", "actions/secrets", "actions/artifacts", "actions/runners",
            "code-scanning/alerts", "git/blobs", "git/commits", "git/refs", "git/tags", "git/trees", "pages/builds",
            "dependabot/alerts", "secret-scanning/alerts", "autolinks", "rulesets");
    /** Top-level resources with an id of their own. */
    private static final List<String> TOP_RESOURCES = List.of("users", "orgs", "gists", "teams", "apps",
            "installations", "marketplace_listing/plans", "notifications/threads", "projects/columns", "projects/cards",
            "enterprises", "codespaces");
    /** What hangs under one item of a resource. */
    private static final List<String> ITEM_CHILDREN = List.of("comments", "reactions", "events", "assignees", "labels",
            "timeline", "reviews", "files", "requested_reviewers", "logs", "jobs", "attempts");

    private LargeCollections() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: LargeCollections DIR");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        write(pendoWithGitHubFolder(), dir.resolve("pendo-plus-github.postman_collection.json"));
        write(pendoWithGitHubRequest(), dir.resolve("pendo-plus-one-github-request.postman_collection.json"));
        write(synthetic(SYNTHETIC_REQUESTS), dir.resolve("synthetic-5000.postman_collection.json"));
        write(onlyTheSyntheticRequest(), dir.resolve("synthetic-1.postman_collection.json"));
    }

    /** The bundled Pendo collection, as JSON. */
    public static ObjectNode pendo() {
        try (InputStream in = ApiModels.class.getClassLoader().getResourceAsStream("pendo-api.postman_collection.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Pendo collection with one more folder, "GitHub", of {@value #GITHUB_REQUESTS} requests. */
    public static ObjectNode pendoWithGitHubFolder() {
        ObjectNode collection = pendo();
        ObjectNode folder = ((ArrayNode) collection.get("item")).addObject().put("name", "GitHub");
        ArrayNode items = folder.putArray("item");
        for (String[] request : gitHubRequests()) {
            items.add(request(request[0], request[1]));
        }
        return collection;
    }

    /**
     * The Pendo collection with a "GitHub" folder of only the request the benchmark calls: the
     * same request and answer as in {@link #pendoWithGitHubFolder()}, among 1,450 stubs instead of 10,000.
     */
    public static ObjectNode pendoWithGitHubRequest() {
        ObjectNode collection = pendo();
        ObjectNode folder = ((ArrayNode) collection.get("item")).addObject().put("name", "GitHub");
        folder.putArray("item").add(request("GET", "/repos/:owner/:repo/issues/:issue_id/comments"));
        return collection;
    }

    /** The synthetic collection's request the benchmark calls, alone. */
    public static ObjectNode onlyTheSyntheticRequest() {
        ObjectNode collection = synthetic(0);
        ((ObjectNode) collection.get("info")).put("name", "Synthetic, one request");
        ((ArrayNode) collection.get("item")).add(request("GET", "/service-0042/v1/resource-7/:id/items"));
        return collection;
    }

    /** A collection of {@code count} requests over services, versions and resources. */
    public static ObjectNode synthetic(int count) {
        ObjectNode collection = NODES.objectNode();
        collection.putObject("info").put("name", "Synthetic " + count)
                .put("schema", "https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
        collection.putArray("variable").addObject().put("key", "baseUrl").put("value", "https://api.example.com");
        ArrayNode items = collection.putArray("item");
        String[] methods = {"GET", "POST", "GET", "PUT", "DELETE"};
        for (int i = 0; i < count; i++) {
            int service = i / 100;
            int resource = (i / 5) % 20;
            String base = String.format(Locale.ROOT, "/service-%04d/v1/resource-%d", service, resource);
            String path = switch (i % 5) {
                case 0 -> base;
                case 1 -> base;
                case 2 -> base + "/:id/items";
                case 3 -> base + "/:id";
                default -> base + "/:id";
            };
            items.add(request(methods[i % 5], path));
        }
        return collection;
    }

    /** Method and path (Postman's {@code :variable} form) of each request of the GitHub-shaped folder. */
    static List<String[]> gitHubRequests() {
        List<String[]> requests = new ArrayList<>();
        for (String resource : REPO_RESOURCES) {
            crud(requests, "/repos/:owner/:repo/" + resource, id(resource));
        }
        for (String resource : TOP_RESOURCES) {
            crud(requests, "/" + resource, id(resource));
        }
        outer:
        for (String resource : REPO_RESOURCES) {
            for (String child : ITEM_CHILDREN) {
                if (requests.size() >= GITHUB_REQUESTS) {
                    break outer;
                }
                String path = "/repos/:owner/:repo/" + resource + "/:" + id(resource) + "/" + child;
                requests.add(new String[] {"GET", path});
                if (requests.size() < GITHUB_REQUESTS) {
                    requests.add(new String[] {"POST", path});
                }
            }
        }
        if (requests.size() != GITHUB_REQUESTS) {
            throw new IllegalStateException("The GitHub-shaped folder has " + requests.size() + " requests");
        }
        return requests;
    }

    private static void crud(List<String[]> requests, String path, String id) {
        requests.add(new String[] {"GET", path});
        requests.add(new String[] {"POST", path});
        requests.add(new String[] {"GET", path + "/:" + id});
        requests.add(new String[] {"PATCH", path + "/:" + id});
        requests.add(new String[] {"DELETE", path + "/:" + id});
    }

    /** {@code issue_number} for {@code issues}, {@code run_id} for {@code actions/runs}. */
    private static String id(String resource) {
        String last = resource.substring(resource.lastIndexOf('/') + 1).replace('-', '_');
        return (last.endsWith("s") ? last.substring(0, last.length() - 1) : last) + "_id";
    }

    /** A request with a saved example for 200 (201 for POST), 404 and 422, each with a JSON body. */
    private static ObjectNode request(String method, String path) {
        ObjectNode item = NODES.objectNode().put("name", method + " " + path);
        ObjectNode request = item.putObject("request").put("method", method);
        ArrayNode headers = request.putArray("header");
        headers.addObject().put("key", "Accept").put("value", "application/json");
        if (!method.equals("GET") && !method.equals("DELETE")) {
            headers.addObject().put("key", "Content-Type").put("value", "application/json");
            request.putObject("body").put("mode", "raw").put("raw", "{\"name\": \"example\", \"count\": 1}");
        }
        ObjectNode url = request.putObject("url").put("raw", "{{baseUrl}}" + path);
        url.putArray("host").add("{{baseUrl}}");
        ArrayNode segments = url.putArray("path");
        ArrayNode variables = NODES.arrayNode();
        for (String segment : path.substring(1).split("/")) {
            segments.add(segment);
            if (segment.startsWith(":")) {
                variables.addObject().put("key", segment.substring(1)).put("value", "example-" + segment.substring(1));
            }
        }
        if (!variables.isEmpty()) {
            url.set("variable", variables);
        }
        ArrayNode responses = item.putArray("response");
        int success = method.equals("POST") ? 201 : 200;
        example(responses, request, success, success == 201 ? "Created" : "OK",
                "{\"id\": 1347, \"name\": \"example\", \"url\": \"https://api.example.com" + path.replace(":", "") + "\"}");
        example(responses, request, 404, "Not Found", "{\"message\": \"Not Found\"}");
        example(responses, request, 422, "Unprocessable Entity",
                "{\"message\": \"Validation Failed\", \"errors\": [{\"field\": \"name\", \"code\": \"missing\"}]}");
        return item;
    }

    private static void example(ArrayNode responses, ObjectNode request, int code, String status, String body) {
        ObjectNode response = responses.addObject().put("name", status).put("status", status).put("code", code);
        response.set("originalRequest", request.deepCopy());
        response.put("_postman_previewlanguage", "json");
        response.putArray("header").addObject().put("key", "Content-Type").put("value", "application/json");
        response.put("body", body);
    }

    private static void write(ObjectNode collection, Path file) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), collection);
        System.out.println(file);
    }
}
