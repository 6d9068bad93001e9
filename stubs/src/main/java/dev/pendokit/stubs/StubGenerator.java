package dev.pendokit.stubs;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.naming.ShortNames;
import dev.pendokit.collection.output.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    /** All of them: a request with any of these chooses its response, and the mock's engines leave it to the stubs. */
    public static final List<String> RESPONSE_CHOOSERS = List.of(PREFER, POSTMAN_CODE, POSTMAN_NAME);
    /** Bodies longer than this go to {@code __files/} rather than inline. */
    static final int INLINE_LIMIT = 4096;
    /**
     * The longest an operation's part of a stub's name may be: with its status and selector
     * ({@code -404-example-12-postman.json}) it stays far below the 255 bytes of a file name.
     */
    static final int MAX_NAME = 120;


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
    private final List<Draft> drafts = new ArrayList<>();
    /** The key header every operation sends, or null when they differ. */
    private String sharedKeyHeader;
    private final List<GeneratedFile> bodies = new ArrayList<>();
    private final Map<String, StubResponse> errorAnswers = new HashMap<>();
    private final EchoedValues echoes;

    private StubGenerator(ApiModel model, int inlineLimit, boolean postmanVariants, Selection selection) {
        this.model = model;
        this.inlineLimit = inlineLimit;
        this.postmanVariants = postmanVariants;
        this.selection = selection;
        this.echoes = EchoedValues.of(model.operations());
        authStubs();
        List<Operation> operations = model.operations();
        List<String> names = stubNames(operations);
        for (int index = 0; index < operations.size(); index++) {
            operationStubs(operations.get(index), names.get(index), index);
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
        for (Stub stub : generator.stubs()) {
            files.add(new GeneratedFile("mappings/" + stub.name() + ".json", StubJson.bytes(stub)));
        }
        files.addAll(generator.bodies);
        files.sort(Comparator.comparing(GeneratedFile::path));
        return files;
    }

    /**
     * The stubs of {@link #generate} with every body inline, for a server that registers them
     * without files, less the variants chosen by Postman's headers: such a server must first turn
     * {@code x-mock-response-code: N} into {@code Prefer: code=N} and
     * {@code x-mock-response-name: NAME} into {@code Prefer: example=NAME}. Half the stubs
     * make a server start in half the time.
     *
     * @param selection which of them: a server can serve the {@link Selection#DEFAULT} ones first
     *     and add the {@link Selection#CHOSEN} ones (most of them) while it already answers
     */
    public static List<Stub> stubs(ApiModel model, Selection selection) {
        return new StubGenerator(model, Integer.MAX_VALUE, false, selection).stubs();
    }

    /** The stubs, sorted by name, with their priorities. */
    private List<Stub> stubs() {
        return drafts.stream().map(Draft::stub).toList();
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
            drafts.add(new Draft("auth-" + slug(sharedKeyHeader) + "-missing", AUTH, List.of(0, 0, 0),
                    RequestPattern.anyUrl("/.*").withHeader(sharedKeyHeader, ValueMatch.ABSENT),
                    Responses.error(401, missingKey(sharedKeyHeader)), new StubMetadata(null, 401, "no-key", null)));
        }
    }

    private static String missingKey(String header) {
        return "No valid integration key provided: send the " + header + " header.";
    }

    /**
     * Each operation's part of its stubs' names: its method's ({@code pages-list}), and where
     * requests share a method (overloads, examples of one call), the request's own name too
     * ({@code aggregations-run-visitors}), numbered only where even that repeats. A name longer
     * than {@link #MAX_NAME} is cut and ends in its hash; one with no Latin letter or digit is
     * {@code operation}.
     */
    private static List<String> stubNames(List<Operation> operations) {
        Map<String, Integer> byMethod = new HashMap<>();
        operations.forEach(o -> byMethod.merge(methodSlug(o), 1, Integer::sum));
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Operation operation : operations) {
            String method = methodSlug(operation);
            String name = byMethod.get(method) == 1 ? method : join(method, slug(operation.name()));
            name = name.isEmpty() ? "operation" : ShortNames.fit(name, MAX_NAME);
            String unique = name;
            for (int n = 2; !taken.add(unique); n++) {
                unique = name + "-" + n;
            }
            names.add(unique);
        }
        return names;
    }

    private static String methodSlug(Operation operation) {
        return join(slug(operation.groupJavaName()), slug(operation.javaName()));
    }

    /** The parts that are not empty, joined with {@code -}. */
    private static String join(String first, String second) {
        return first.isEmpty() || second.isEmpty() ? first + second : first + "-" + second;
    }

    private void operationStubs(Operation operation, String base, int index) {
        RequestMatch match = RequestMatch.of(operation);
        List<Integer> rank = List.of(match.variableSegments(), -match.constraints(), index);
        Response success = operation.successResponse().orElseThrow();
        StubResponse successAnswer = response(operation, base, success, 0);
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
            Response success, StubResponse successAnswer) {
        if (sharedKeyHeader == null && operation.auth() instanceof AuthScheme.ApiKey key
                && key.in() == AuthScheme.In.HEADER) {
            drafts.add(new Draft(base + "-401-no-key", AUTH, rank, match.pattern().withHeader(key.name(),
                    ValueMatch.ABSENT), Responses.error(401, missingKey(key.name())), metadata(operation, 401,
                    "no-key", null)));
        }
        RequestPattern plain = match.pattern();
        for (String selector : List.of(PREFER, POSTMAN_CODE, POSTMAN_NAME)) {
            plain = plain.withHeader(selector, ValueMatch.ABSENT);
        }
        drafts.add(new Draft(base + "-" + success.status(), PLAIN_SUCCESS, rank, plain, successAnswer,
                metadata(operation, success.status(), "default", null)));
        drafts.add(new Draft(base + "-" + success.status() + "-fallback", FALLBACK_SUCCESS, rank, match.pattern(),
                successAnswer, metadata(operation, success.status(), "fallback", null)));
    }

    /**
     * The stubs that answer with one documented response when a caller chooses it, by status or
     * by example name. The first example (the one answered for the status) shares the status's
     * stubs; later examples come first so that {@code Prefer: code=200, example=NAME} gets NAME.
     */
    private void responseStubs(Operation operation, String base, RequestMatch match, List<Integer> rank,
            Response response, StubResponse knownAnswer) {
        String status = String.valueOf(response.status());
        List<String> names = response.examples().stream().map(e -> e.name()).toList();
        for (int e = 1; e < names.size(); e++) {
            StubResponse answer = response(operation, base, response, e);
            StubMetadata metadata = metadata(operation, response.status(), "example", names.get(e));
            String file = base + "-" + status + "-example-" + (e + 1);
            drafts.add(new Draft(file + "-prefer", CHOSEN, rank, match.pattern().withHeader(PREFER,
                    new ValueMatch.Matches(preferPattern(example(names.get(e))))), answer, metadata));
            if (postmanVariants) {
                drafts.add(new Draft(file + "-postman", CHOSEN, rank, match.pattern().withHeader(POSTMAN_NAME,
                        new ValueMatch.EqualTo(names.get(e))), answer, metadata));
            }
        }
        StubResponse answer = knownAnswer != null ? knownAnswer : response(operation, base, response, 0);
        String first = names.isEmpty() ? null : names.get(0);
        StubMetadata metadata = metadata(operation, response.status(), "code", first);
        String choices = "code=" + status + "([,;\\s].*)?" + (first == null ? "" : "|" + example(first));
        drafts.add(new Draft(base + "-" + status + "-prefer", CHOSEN, rank, match.pattern().withHeader(PREFER,
                new ValueMatch.Matches(preferPattern(choices))), answer, metadata));
        if (postmanVariants) {
            drafts.add(new Draft(base + "-" + status + "-postman", CHOSEN, rank, match.pattern().withHeader(POSTMAN_CODE,
                    new ValueMatch.EqualTo(status)), answer, metadata));
            if (first != null) {
                drafts.add(new Draft(base + "-" + status + "-example-1-postman", CHOSEN, rank, match.pattern()
                        .withHeader(POSTMAN_NAME, new ValueMatch.EqualTo(first)), answer, metadata));
            }
        }
    }

    /**
     * How many stubs {@link #stubs} gives for {@link Selection#CHOSEN}, without making
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

    /** What the stub is for: the documented request, the status, how a caller selects it, and the example. */
    private static StubMetadata metadata(Operation operation, int status, String selector, String example) {
        return new StubMetadata(operation.location().itemPath(), status, selector, example);
    }

    private StubResponse response(Operation operation, String base, Response response, int example) {
        if (response.status() >= 400 && response.examples().isEmpty()) {
            // Most operations share the collection-wide errors: one answer each, shared.
            return errorAnswers.computeIfAbsent(response.status() + " " + response.reason(),
                    key -> Responses.of(response, 0).response());
        }
        Responses.Answer answer = Responses.of(response, example);
        StubResponse definition = answer.response();
        String body = answer.body();
        if (definition.body() != null) {
            // An answer that carries what its request asked for is rendered for each request instead.
            Optional<String> template = ResponseTemplate.of(body,
                    echoes.of(operation, body, example < response.examples().size()));
            if (template.isPresent()) {
                body = template.get();
                definition = definition.withTemplate(body);
            }
        }
        if (body != null && body.length() > inlineLimit) {
            String file = base + "-" + response.status() + (example > 0 ? "-" + (example + 1) : "") + answer.extension();
            bodies.add(new GeneratedFile("__files/" + file, body.getBytes(StandardCharsets.UTF_8)));
            return definition.withBodyFile(file);
        }
        return definition;
    }

    /** Bands in order; within a band, more specific first (see the class comment). */
    private void assignPriorities() {
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparingInt(Draft::band).thenComparing(Draft::rank, StubGenerator::compareRanks));
        int priority = 0;
        int band = -1;
        for (Draft draft : ordered) {
            if (draft.band() != band) {
                band = draft.band();
                priority = band;
            }
            draft.priority = priority++;
        }
        drafts.sort(Comparator.comparing(Draft::name));
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


    static String slug(String text) {
        return text.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
    }

    /** A stub before its priority is known: its band and rank decide it. */
    private static final class Draft {
        private final String name;
        private final int band;
        private final List<Integer> rank;
        private final RequestPattern request;
        private final StubResponse response;
        private final StubMetadata metadata;
        private int priority;

        Draft(String name, int band, List<Integer> rank, RequestPattern request, StubResponse response,
                StubMetadata metadata) {
            this.name = name;
            this.band = band;
            this.rank = rank;
            this.request = request;
            this.response = response;
            this.metadata = metadata;
        }

        String name() {
            return name;
        }

        int band() {
            return band;
        }

        List<Integer> rank() {
            return rank;
        }

        Stub stub() {
            UUID id = UUID.nameUUIDFromBytes(("pendokit:" + name).getBytes(StandardCharsets.UTF_8));
            return new Stub(id, name, priority, request, response, metadata);
        }
    }
}
