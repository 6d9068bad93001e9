package dev.pendokit.stubs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.output.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * WireMock mappings for every operation and documented status, in stock WireMock's JSON format
 * ({@code mappings/} and {@code __files/}), so any WireMock serves them unchanged. Which mapping
 * answers a request is decided by WireMock's priorities, lowest first:
 * <ol>
 *   <li>a request without the API key header: 401, as Pendo answers;</li>
 *   <li>the documented success, for requests that choose no response (the common case, first so
 *       that it is found after few comparisons);</li>
 *   <li>the response a request chooses with {@code Prefer: code=404} / {@code example=NAME}
 *       (Prism) or {@code x-mock-response-code} / {@code x-mock-response-name} (Postman);</li>
 *   <li>the documented success again, for requests whose {@code Prefer} header is about
 *       something else.</li>
 * </ol>
 * Within a band, a more specific request wins: fewer path variables (so {@code
 * /api/v1/guide/staged/reset} beats {@code /api/v1/guide/{guideId}/reset}), then more required
 * headers, query parameters and body conditions, then collection order.
 */
public final class StubGenerator {

    static final int AUTH = 1;
    static final int PLAIN_SUCCESS = 100;
    static final int CHOSEN = 10_000;
    static final int FALLBACK_SUCCESS = 50_000;
    /** The headers a caller chooses a response with: Prism's, and Postman's mock server's. */
    public static final String PREFER = "Prefer";
    public static final String POSTMAN_CODE = "x-mock-response-code";
    public static final String POSTMAN_NAME = "x-mock-response-name";
    /** Bodies longer than this go to {@code __files/} rather than inline. */
    static final int INLINE_LIMIT = 4096;

    private static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A part of the mappings (their priorities are the same whichever part they come in). */
    public enum Selection {
        /** The mappings for requests that choose no response, and the 401 for a missing key. */
        DEFAULT,
        /** The mappings for requests that choose a response by status or example name. */
        CHOSEN,
        ALL
    }

    private final ApiModel model;
    private final int inlineLimit;
    private final boolean postmanVariants;
    private final Selection selection;
    private final List<Stub> stubs = new ArrayList<>();
    /** The key header every operation sends, or null when they differ. */
    private String sharedKeyHeader;
    private final List<GeneratedFile> bodies = new ArrayList<>();
    private final Map<String, ObjectNode> errorAnswers = new HashMap<>();

    private StubGenerator(ApiModel model, int inlineLimit, boolean postmanVariants, Selection selection) {
        this.model = model;
        this.inlineLimit = inlineLimit;
        this.postmanVariants = postmanVariants;
        this.selection = selection;
        authStubs();
        List<Operation> operations = model.operations();
        for (int index = 0; index < operations.size(); index++) {
            operationStubs(operations.get(index), index);
        }
        assignPriorities();
    }

    /**
     * The mapping and body files, sorted by path, for stock WireMock's layout ({@code mappings/},
     * and {@code __files/} for large bodies).
     */
    public static List<GeneratedFile> generate(ApiModel model) {
        StubGenerator generator = new StubGenerator(model, INLINE_LIMIT, true, Selection.ALL);
        List<GeneratedFile> files = new ArrayList<>();
        for (Stub stub : generator.stubs) {
            files.add(new GeneratedFile("mappings/" + stub.fileName() + ".json", write(stub.mapping())));
        }
        files.addAll(generator.bodies);
        files.sort(Comparator.comparing(GeneratedFile::path));
        return files;
    }

    /**
     * The mappings of {@link #generate} with every body inline, for a server that registers them
     * without files, less the variants chosen by Postman's headers: such a server must first turn
     * {@code x-mock-response-code: N} into {@code Prefer: code=N} and
     * {@code x-mock-response-name: NAME} into {@code Prefer: example=NAME}. Half the mappings
     * make a server start in half the time.
     *
     * @param selection which of them: a server can serve the {@link Selection#DEFAULT} ones first
     *     and add the {@link Selection#CHOSEN} ones (most of them) while it already answers
     */
    public static List<ObjectNode> inlineMappings(ApiModel model, Selection selection) {
        StubGenerator generator = new StubGenerator(model, Integer.MAX_VALUE, false, selection);
        return generator.stubs.stream().map(Stub::mapping).toList();
    }

    /**
     * A request without the API key gets 401. When every operation takes the same key header (as
     * all of Pendo's do), one mapping says so for any URL; otherwise each operation has its own.
     */
    private void authStubs() {
        Set<String> headers = new LinkedHashSet<>();
        boolean everyOperation = true;
        for (Operation operation : model.operations()) {
            if (operation.auth() instanceof AuthScheme.ApiKey key && key.in() == AuthScheme.In.HEADER) {
                headers.add(key.name());
            } else {
                everyOperation = false;
            }
        }
        sharedKeyHeader = everyOperation && headers.size() == 1 ? headers.iterator().next() : null;
        if (sharedKeyHeader != null && selection != Selection.CHOSEN) {
            ObjectNode request = NODES.objectNode().put("urlPattern", "/.*");
            request.putObject("headers").putObject(sharedKeyHeader).put("absent", true);
            ObjectNode metadata = NODES.objectNode();
            metadata.putObject("pendokit").put("status", 401).put("selector", "no-key");
            stubs.add(new Stub("auth-" + slug(sharedKeyHeader) + "-missing", AUTH, List.of(0, 0, 0), request,
                    Responses.error(401, missingKey(sharedKeyHeader)), metadata));
        }
    }

    private static String missingKey(String header) {
        return "No valid integration key provided: send the " + header + " header.";
    }

    private void operationStubs(Operation operation, int index) {
        RequestMatch match = RequestMatch.of(operation);
        String base = slug(operation.groupJavaName().isEmpty() ? operation.javaName()
                : operation.groupJavaName() + "-" + operation.javaName());
        List<Integer> rank = List.of(match.variableSegments(), -match.constraints(), index);
        Response success = operation.successResponse().orElseThrow();
        ObjectNode successAnswer = response(base, success, 0);
        if (selection != Selection.CHOSEN) {
            defaultStubs(operation, base, match, rank, success, successAnswer);
        }
        if (selection != Selection.DEFAULT) {
            for (Response response : operation.responses()) {
                responseStubs(operation, base, match, rank, response, response == success ? successAnswer : null);
            }
        }
    }

    /**
     * The stubs for requests that choose no response: the documented success, first without any
     * selector header and again (as a fallback) with one that chooses nothing documented; and the
     * 401 for a missing key where operations differ in their key header.
     */
    private void defaultStubs(Operation operation, String base, RequestMatch match, List<Integer> rank,
            Response success, ObjectNode successAnswer) {
        if (sharedKeyHeader == null && operation.auth() instanceof AuthScheme.ApiKey key
                && key.in() == AuthScheme.In.HEADER) {
            ObjectNode request = match.request();
            request.withObjectProperty("headers").putObject(key.name()).put("absent", true);
            stubs.add(new Stub(base + "-401-no-key", AUTH, rank, request, Responses.error(401, missingKey(key.name())),
                    metadata(operation, 401, "no-key")));
        }
        ObjectNode plain = match.request();
        ObjectNode headers = plain.withObjectProperty("headers");
        for (String selector : List.of(PREFER, POSTMAN_CODE, POSTMAN_NAME)) {
            headers.putObject(selector).put("absent", true);
        }
        stubs.add(new Stub(base + "-" + success.status(), PLAIN_SUCCESS, rank, plain, successAnswer,
                metadata(operation, success.status(), "default")));
        stubs.add(new Stub(base + "-" + success.status() + "-fallback", FALLBACK_SUCCESS, rank, match.request(),
                successAnswer, metadata(operation, success.status(), "fallback")));
    }

    /**
     * The stubs that answer with one documented response when a caller chooses it, by status or
     * by example name. The first example (the one answered for the status) shares the status's
     * stubs; later examples come first so that {@code Prefer: code=200, example=NAME} gets NAME.
     */
    private void responseStubs(Operation operation, String base, RequestMatch match, List<Integer> rank,
            Response response, ObjectNode knownAnswer) {
        String status = String.valueOf(response.status());
        List<String> names = response.examples().stream().map(e -> e.name()).toList();
        for (int e = 1; e < names.size(); e++) {
            ObjectNode answer = response(base, response, e);
            ObjectNode metadata = metadata(operation, response.status(), "example", names.get(e));
            String file = base + "-" + status + "-example-" + (e + 1);
            stubs.add(new Stub(file + "-prefer", CHOSEN, rank, selectedBy(match, PREFER, "matches",
                    preferPattern(example(names.get(e)))), answer, metadata));
            if (postmanVariants) {
                stubs.add(new Stub(file + "-postman", CHOSEN, rank, selectedBy(match, POSTMAN_NAME, "equalTo",
                        names.get(e)), answer, metadata));
            }
        }
        ObjectNode answer = knownAnswer != null ? knownAnswer : response(base, response, 0);
        String first = names.isEmpty() ? null : names.get(0);
        ObjectNode metadata = metadata(operation, response.status(), "code", first);
        String choices = "code=" + status + "([,;\\s].*)?" + (first == null ? "" : "|" + example(first));
        stubs.add(new Stub(base + "-" + status + "-prefer", CHOSEN, rank, selectedBy(match, PREFER, "matches",
                preferPattern(choices)), answer, metadata));
        if (postmanVariants) {
            stubs.add(new Stub(base + "-" + status + "-postman", CHOSEN, rank, selectedBy(match, POSTMAN_CODE, "equalTo",
                    status), answer, metadata));
            if (first != null) {
                stubs.add(new Stub(base + "-" + status + "-example-1-postman", CHOSEN, rank, selectedBy(match,
                        POSTMAN_NAME, "equalTo", first), answer, metadata));
            }
        }
    }

    /**
     * How many mappings {@link #inlineMappings} gives for {@link Selection#CHOSEN}, without making
     * them: one per documented response, and one per further example (see {@link #responseStubs}).
     */
    public static int chosenCount(ApiModel model) {
        return model.operations().stream().flatMap(o -> o.responses().stream())
                .mapToInt(r -> Math.max(1, r.examples().size())).sum();
    }

    /** A {@code Prefer} header holding one of the choices among its preferences, in any case. */
    private static String preferPattern(String choices) {
        return "(?i)(.*[,;\\s])?(" + choices + ")";
    }

    /** {@code example=NAME}: the name runs to the next comma or semicolon, so it may hold spaces. */
    private static String example(String name) {
        return "example=" + Pattern.quote(name) + "([,;].*)?";
    }

    /** The operation's request, chosen by a header. */
    private static ObjectNode selectedBy(RequestMatch match, String header, String operator, String value) {
        ObjectNode request = match.request();
        request.withObjectProperty("headers").putObject(header).put(operator, value);
        return request;
    }

    /**
     * What the mapping is for, in WireMock's free-form {@code metadata}: the documented request,
     * the status, and how a caller selects it ({@code default} for the plain success). The mock
     * server's not-found report uses it to name the closest documented request.
     */
    private static ObjectNode metadata(Operation operation, int status, String selector) {
        return metadata(operation, status, selector, null);
    }

    /** @param example the name of the example the stub answers with, or null */
    private static ObjectNode metadata(Operation operation, int status, String selector, String example) {
        ObjectNode metadata = NODES.objectNode();
        ObjectNode pendokit = metadata.putObject("pendokit")
                .put("request", operation.location().itemPath())
                .put("status", status)
                .put("selector", selector);
        if (example != null) {
            pendokit.put("example", example);
        }
        return metadata;
    }

    private ObjectNode response(String base, Response response, int example) {
        if (response.status() >= 400 && response.examples().isEmpty()) {
            // Most operations share the collection-wide errors: one answer each, shared.
            return errorAnswers.computeIfAbsent(response.status() + " " + response.reason(),
                    key -> Responses.of(response, 0).definition());
        }
        Responses.Answer answer = Responses.of(response, example);
        ObjectNode node = answer.definition();
        if (answer.body() != null && answer.body().length() > inlineLimit) {
            String file = base + "-" + response.status() + (example > 0 ? "-" + (example + 1) : "") + answer.extension();
            node.remove("body");
            node.put("bodyFileName", file);
            bodies.add(new GeneratedFile("__files/" + file, answer.body().getBytes(StandardCharsets.UTF_8)));
        }
        return node;
    }

    /** Bands in order; within a band, more specific first (see the class comment). */
    private void assignPriorities() {
        List<Stub> ordered = new ArrayList<>(stubs);
        ordered.sort(Comparator.comparingInt(Stub::band).thenComparing(Stub::rank, StubGenerator::compareRanks));
        int priority = 0;
        int band = -1;
        for (Stub stub : ordered) {
            if (stub.band() != band) {
                band = stub.band();
                priority = band;
            }
            stub.priority = priority++;
        }
        stubs.sort(Comparator.comparing(Stub::fileName));
    }

    private static int compareRanks(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static byte[] write(JsonNode node) {
        try {
            return (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String slug(String text) {
        return text.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
    }

    /** One mapping before it is written: its band and rank decide its priority. */
    private static final class Stub {
        private final String fileName;
        private final int band;
        private final List<Integer> rank;
        private final ObjectNode request;
        private final ObjectNode response;
        private final ObjectNode metadata;
        private int priority;

        Stub(String fileName, int band, List<Integer> rank, ObjectNode request, ObjectNode response,
                ObjectNode metadata) {
            this.fileName = fileName;
            this.band = band;
            this.rank = rank;
            this.request = request;
            this.response = response;
            this.metadata = metadata;
        }

        String fileName() {
            return fileName;
        }

        int band() {
            return band;
        }

        List<Integer> rank() {
            return rank;
        }

        ObjectNode mapping() {
            ObjectNode mapping = NODES.objectNode();
            mapping.put("id", UUID.nameUUIDFromBytes(("pendokit:" + fileName).getBytes(StandardCharsets.UTF_8))
                    .toString());
            mapping.put("name", fileName);
            mapping.put("priority", priority);
            mapping.set("request", request);
            mapping.set("response", response);
            mapping.set("metadata", metadata);
            return mapping;
        }
    }
}
