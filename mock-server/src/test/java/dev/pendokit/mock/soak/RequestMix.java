package dev.pendokit.mock.soak;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The soak's requests, each with the status the mock must answer: what integrations send (lists,
 * a path variable, aggregations) and what goes wrong (no documented request, a wrong key, a body
 * that is not JSON, a body over the limit). A request's kind follows from its number, so a run
 * is the same every time.
 */
enum RequestMix {

    LIST(30, 200),
    PATH_VARIABLE(20, 200),
    AGGREGATION(20, 200),
    UNMATCHED(10, 404),
    WRONG_KEY(10, 401),
    NOT_JSON(8, 400),
    OVERSIZED(2, 413);

    static final String KEY = "soak-key";
    /** The mock's limit in the soak, small so that the bodies over it cost little to send. */
    static final int MAX_BODY_KB = 64;

    private static final String PIPELINE = "{\"response\":{\"mimeType\":\"application/json\"},\"request\":"
            + "{\"pipeline\":[{\"source\":{\"visitors\":null}}]}}";
    private static final byte[] OVER_THE_LIMIT = overTheLimit();
    private static final RequestMix[] BY_SLOT = slots();

    private final int weight;
    private final int expectedStatus;

    RequestMix(int weight, int expectedStatus) {
        this.weight = weight;
        this.expectedStatus = expectedStatus;
    }

    /** The kind of the request numbered so: the weights are shares of every 100 requests. */
    static RequestMix of(long number) {
        return BY_SLOT[(int) (number % BY_SLOT.length)];
    }

    int expectedStatus() {
        return expectedStatus;
    }

    /** Whether the request is a GET, which a client may send again when a connection fails before the answer. */
    boolean isGet() {
        return this == LIST || this == PATH_VARIABLE || this == UNMATCHED || this == WRONG_KEY;
    }

    HttpRequest request(URI base) {
        HttpRequest.Builder builder = switch (this) {
            case LIST -> get(base, "/api/v1/page");
            case PATH_VARIABLE -> get(base, "/api/v1/visitor/exampleVisitor");
            case AGGREGATION -> post(base, PIPELINE.getBytes(StandardCharsets.UTF_8));
            case UNMATCHED -> get(base, "/api/v1/pages");
            case WRONG_KEY -> get(base, "/api/v1/page").setHeader("x-pendo-integration-key", "wrong-key");
            case NOT_JSON -> post(base, "visitors, please".getBytes(StandardCharsets.UTF_8));
            case OVERSIZED -> post(base, OVER_THE_LIMIT);
        };
        return builder.build();
    }

    private static HttpRequest.Builder get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("x-pendo-integration-key", KEY);
    }

    private static HttpRequest.Builder post(URI base, byte[] body) {
        return HttpRequest.newBuilder(base.resolve("/api/v1/aggregation")).header("x-pendo-integration-key", KEY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static byte[] overTheLimit() {
        byte[] body = new byte[MAX_BODY_KB * 1024 + 16 * 1024];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        return body;
    }

    /** The kinds spread over 100 slots by weight, interleaved (smooth weighted round robin), no kind in a long run. */
    private static RequestMix[] slots() {
        RequestMix[] kinds = values();
        int total = Arrays.stream(kinds).mapToInt(kind -> kind.weight).sum();
        int[] credit = new int[kinds.length];
        RequestMix[] slots = new RequestMix[total];
        for (int slot = 0; slot < total; slot++) {
            int best = 0;
            for (int kind = 0; kind < kinds.length; kind++) {
                credit[kind] += kinds[kind].weight;
                if (credit[kind] > credit[best]) {
                    best = kind;
                }
            }
            credit[best] -= total;
            slots[slot] = kinds[best];
        }
        return slots;
    }
}
