package dev.pendokit.pendo.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpServer;
import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.model.Visitor;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one small call, {@code pendo.visitors().get(id)}, through the generated client, against the same
 * request made by hand with a plain {@link HttpClient} and a Jackson {@link ObjectMapper} (issue 13). The
 * difference is what the client adds per call: building the {@code Call} and the request, the retry loop,
 * status handling, the body read as a stream.
 *
 * <p>Both sides talk to one loopback {@link HttpServer} that answers a fixed visitor, and each keeps one
 * HttpClient (so one kept-alive HTTP/1.1 connection) and one mapper for the whole run, as real code would.
 * The hand-written side builds its request per call too (the id is part of the URI) and reads into the same
 * record type, {@link Visitor}, so both do the same JSON work; {@link #rawTree} reads into a {@link JsonNode}
 * instead, for reference.
 *
 * <p>JMH runs the four one after the other, so a change in the machine's load between them can move one more
 * than the other. {@link #main} runs the same four in blocks that take turns and reports the client's overhead
 * block by block, which such changes hit alike. {@code ./mvnw -pl generated-client -Pbench verify} runs both;
 * see BENCHMARKS.md.
 *
 * <p>Not final, unlike the other benchmark classes: JMH subclasses its {@code @State} classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Ten warm-up seconds: on 2 cores the time per call only settles after about ten, while C2 compiles the paths
// through HttpClient, the server and Jackson.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
// Two forks: one JVM's compiled code and thread placement can skew a run.
@Fork(value = 2, jvmArgsAppend = "-Xmx256m")
public class OneCallBenchmark {

    private static final String ID = "visitor-1042";
    private static final String KEY = "k";

    /** A visitor as Pendo answers it: the documented fields, plus some it does not document (kept by the record). */
    private static final byte[] VISITOR = ("""
            {"id":"visitor-1042","accountIds":["acme-corp","acme-labs"],"metadata":{"auto":{\
            "accountId":"acme-corp","firstvisit":1700000000000,"idhash":2918375012,\
            "lastbrowsername":"Chrome","lastbrowserversion":"126.0.0","lastoperatingsystem":"Mac OS X",\
            "lastservername":"app.example.com","lastupdated":1717171717171,"lastvisit":1717171700000,\
            "nid":1042},"agent":{"email":"ada@example.com","role":"admin"},\
            "custom":{"plan":"enterprise","seats":250}}}""").getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private URI base;
    private PendoClient pendo;
    private PendoClient pendoHttp11;
    private HttpClient http;
    private ObjectMapper mapper;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        // The JDK server writes an answer's headers and body apart. Without TCP_NODELAY, Nagle's algorithm holds
        // the body back until the client's delayed ACK: each call then takes about 40 ms, all of it waiting.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/visitor/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            // Checked so that a side sending the wrong request fails instead of being measured.
            boolean ok = KEY.equals(exchange.getRequestHeaders().getFirst("x-pendo-integration-key"))
                    && exchange.getRequestURI().getRawPath().equals("/api/v1/visitor/" + ID);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(ok ? 200 : 401, ok ? VISITOR.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                if (ok) {
                    out.write(VISITOR);
                }
            }
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());

        // The client as its README builds it: its own HttpClient (the JDK default, which prefers HTTP/2 and so
        // asks a plain-http server to upgrade; this server stays on HTTP/1.1) and its own mapper.
        pendo = PendoClient.builder().baseUrl(base).integrationKey(KEY).build();
        // The hand-written side: one HTTP/1.1 HttpClient and one mapper configured as the client's is.
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        // The client on that same kind of HttpClient: separates the transport's settings from the client's code.
        pendoHttp11 = PendoClient.builder().baseUrl(base).integrationKey(KEY)
                .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()).build();

        Visitor viaClient = client();
        if (!viaClient.equals(rawRecord()) || !viaClient.equals(clientHttp11())
                || !rawTree().path("id").asText().equals(viaClient.id())
                || viaClient.metadata().auto().firstvisit() != 1_700_000_000_000L
                || !viaClient.metadata().additionalProperties().containsKey("agent")) {
            throw new IllegalStateException("the two sides read different visitors: " + viaClient);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.stop(0);
    }

    /** One call through the generated client. */
    @Benchmark
    public Visitor client() {
        return pendo.visitors().get(ID);
    }

    /** The generated client on an HTTP/1.1 HttpClient like {@link #rawRecord}'s. */
    @Benchmark
    public Visitor clientHttp11() {
        return pendoHttp11.visitors().get(ID);
    }

    /** The same call by hand, into the same record. */
    @Benchmark
    public Visitor rawRecord() throws IOException, InterruptedException {
        return mapper.readValue(send(), Visitor.class);
    }

    /** The same call by hand, into a tree. */
    @Benchmark
    public JsonNode rawTree() throws IOException, InterruptedException {
        return mapper.readTree(send());
    }

    /** The request as one would write it by hand (an id that needs no encoding), and the status check. */
    private byte[] send() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/visitor/" + ID))
                .header("x-pendo-integration-key", KEY)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }

    /**
     * The four calls in blocks of {@code block} (default 300) that take turns, for {@code rounds} rounds (default
     * 40), the order turning every round, after 15,000 calls of each to warm up. Prints each one's median time per
     * call over its blocks, and the client's overhead over the same call by hand: the median, over the rounds,
     * of the difference between their blocks of that round. Fails when it misses the target: under 20% or under
     * 0.2 ms, whichever is larger.
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int block = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        OneCallBenchmark bench = new OneCallBenchmark();
        bench.start();
        String[] names = {"client", "clientHttp11", "rawRecord", "rawTree"};
        List<Callable<Object>> calls = List.of(bench::client, bench::clientHttp11, bench::rawRecord, bench::rawTree);
        double[][] micros = new double[calls.size()][rounds];
        try {
            for (int i = 0; i < 15_000; i++) {
                for (Callable<Object> call : calls) {
                    call.call();
                }
            }
            for (int round = 0; round < rounds; round++) {
                for (int turn = 0; turn < calls.size(); turn++) {
                    int which = (round + turn) % calls.size();
                    long start = System.nanoTime();
                    for (int i = 0; i < block; i++) {
                        calls.get(which).call();
                    }
                    micros[which][round] = (System.nanoTime() - start) / 1e3 / block;
                }
            }
        } finally {
            bench.stop();
        }
        System.out.printf("OneCallBenchmark, interleaved: %d rounds of %d calls each%n", rounds, block);
        for (int i = 0; i < names.length; i++) {
            System.out.printf("  %-12s median %6.1f us per call%n", names[i], median(micros[i]));
        }
        double raw = median(micros[2]);
        double overhead = median(difference(micros[0], micros[2]));
        double limit = Math.max(0.2 * raw, 200);
        System.out.printf("client over rawRecord: %+.1f us (%+.1f%%); clientHttp11 over rawRecord: %+.1f us;"
                + " target: under %.0f us%n", overhead, 100 * overhead / raw,
                median(difference(micros[1], micros[2])), limit);
        if (overhead >= limit) {
            System.out.println("MISSES THE TARGET");
            System.exit(1);
        }
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
