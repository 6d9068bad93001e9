package dev.pendokit.mock.soak;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * The soak benchmark of the mock ({@code ./mvnw -pl mock-server -Psoak verify -DskipTests}): the
 * packaged jar in a JVM of its own, a million mixed requests ({@link RequestMix}) per HTTP
 * version through the JDK's client, and the mock's resident memory from the first quarter of the
 * run to the last.
 *
 * <p>One GET answer in four (about one request in six) is read as a stream and closed after the JSON
 * value, as Jackson's {@code readTree(InputStream)} does; the rest whole. Over HTTP/1.1 those go
 * through a client of their own: the JDK 17 client, closing a stream at the very end of a body,
 * now and then puts the connection back in its pool and closes it too, and the next request on
 * it fails before it is sent ("HTTP/1.1 header parser received no bytes"). It sends a GET again,
 * but not a POST: a first run lost 3 POSTs of a million so, and the same comes whether the
 * mock's answers are chunked or carry a length.
 *
 * <p>The mock's heap is fixed ({@code -Xms512m -Xmx512m -XX:+AlwaysPreTouch}) so that resident
 * memory shows what grows outside it; the heap itself is measured after a full collection at
 * the end of each quarter. With the heap free to grow and shrink, resident memory wanders by
 * a tenth with the collector's sizing, leak or not.
 *
 * <p>It fails (exit 1) on any error (no answer, or a status other than the one expected of the
 * request) and when memory is not flat: the last quarter's mean resident memory over the first's
 * by more than {@value #RSS_GROWTH_ALLOWED_PERCENT}%, or the heap after a full collection over
 * the first quarter's by more than {@value #HEAP_GROWTH_ALLOWED_MB} MB.
 *
 * <p>System properties: {@code soak.requests} (per version, 1,000,000), {@code soak.warmup}
 * (requests before the first quarter, 50,000), {@code soak.threads} (8), {@code soak.versions}
 * ({@code HTTP_1_1,HTTP_2}), {@code soak.mockJvm} (the mock's JVM options) and {@code soak.jar}
 * ({@code target/pendo-mock-server.jar}).
 */
public final class MockSoak {

    private static final int RSS_GROWTH_ALLOWED_PERCENT = 5;
    private static final String MOCK_JVM = "-Xms512m -Xmx512m -XX:+AlwaysPreTouch";
    private static final int HEAP_GROWTH_ALLOWED_MB = 16;
    private static final int QUARTERS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long requests;
    private final long warmup;
    private final int threads;

    /** The client for answers read whole, and the one for GET answers closed after the JSON value. */
    private record Clients(HttpClient whole, HttpClient closedEarly) {

        static Clients of(HttpClient.Version version) {
            HttpClient whole = HttpClient.newBuilder().version(version).build();
            return new Clients(whole, version == HttpClient.Version.HTTP_2 ? whole
                    : HttpClient.newBuilder().version(version).build());
        }
    }

    /** What one quarter of a run saw. */
    private record Quarter(long requests, double seconds, Map<Integer, Long> statuses, Map<String, Long> errors,
            long rssMeanKb, long rssMaxKb, long heapAfterGcKb) {

        double rate() {
            return requests / seconds;
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private MockSoak(long requests, long warmup, int threads) {
        this.requests = requests;
        this.warmup = warmup;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        long requests = Long.getLong("soak.requests", 1_000_000);
        MockSoak soak = new MockSoak(requests, Long.getLong("soak.warmup", 50_000), Integer.getInteger("soak.threads", 8));
        Path jar = Path.of(System.getProperty("soak.jar", "target/pendo-mock-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the mock first (./mvnw -pl mock-server package)");
        }
        List<String> mockJvm = Arrays.stream(System.getProperty("soak.mockJvm", MOCK_JVM).trim().split("\\s+"))
                .filter(option -> !option.isEmpty()).toList();
        System.out.printf("Mock soak: %,d requests per version after %,d of warm-up, %d client threads, mock JVM %s,"
                + " %d cores, load average %s%n", requests, soak.warmup, soak.threads, mockJvm,
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).trim());
        boolean passed = true;
        for (String version : System.getProperty("soak.versions", "HTTP_1_1,HTTP_2").split(",")) {
            passed &= soak.run(jar, mockJvm, HttpClient.Version.valueOf(version.trim()));
        }
        System.exit(passed ? 0 : 1);
    }

    private boolean run(Path jar, List<String> mockJvm, HttpClient.Version version) throws Exception {
        List<String> args = List.of("--integration-key", RequestMix.KEY, "--max-body-size", RequestMix.MAX_BODY_KB + "KB");
        try (MockProcess mock = MockProcess.start(jar, mockJvm, args)) {
            System.out.printf("%n%s: mock pid %d, %s%n", version, mock.pid(), mock.readyLine());
            Clients clients = Clients.of(version);
            clients.whole().send(HttpRequest.newBuilder(mock.baseUrl().resolve("/api/v1/page"))
                    .header("x-pendo-integration-key", RequestMix.KEY).build(), HttpResponse.BodyHandlers.discarding());
            Quarter warm = phase(clients, mock, 0, warmup);
            System.out.printf("warm-up: %,d requests in %.1f s, %d errors, RSS %,d KB%n", warmup, warm.seconds(),
                    warm.errorCount(), mock.residentKb());
            List<Quarter> quarters = new ArrayList<>();
            for (int q = 0; q < QUARTERS; q++) {
                long first = warmup + q * requests / QUARTERS;
                quarters.add(phase(clients, mock, first, warmup + (q + 1) * requests / QUARTERS));
                System.out.println("  " + row(version, q + 1, quarters.get(q)));
            }
            return report(version, quarters, mock.isAlive());
        }
    }

    /** Requests numbered from first (inclusive) to end (exclusive), over the client threads. */
    private Quarter phase(Clients clients, MockProcess mock, long first, long end) throws Exception {
        AtomicLong next = new AtomicLong(first);
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        LongAdder rssSum = new LongAdder();
        LongAdder rssSamples = new LongAdder();
        AtomicLong rssMax = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            long rss = mock.residentKb();
            rssSum.add(rss);
            rssSamples.increment();
            rssMax.accumulateAndGet(rss, Math::max);
        }, 0, 1, TimeUnit.SECONDS);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(workers.submit(() -> {
                    for (long n = next.getAndIncrement(); n < end; n = next.getAndIncrement()) {
                        send(clients, mock.baseUrl(), n, statuses, errors);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } finally {
            workers.shutdownNow();
            sampler.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long samples = Math.max(1, rssSamples.sum());
        return new Quarter(end - first, seconds, sums(statuses), sums(errors), rssSum.sum() / samples, rssMax.get(),
                mock.heapAfterGcKb());
    }

    private static void send(Clients clients, URI base, long number, Map<Integer, LongAdder> statuses,
            Map<String, LongAdder> errors) {
        RequestMix kind = RequestMix.of(number);
        try {
            int status;
            if (kind.isGet() && number % 4 == 3) {
                HttpResponse<InputStream> response = clients.closedEarly().send(kind.request(base),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    JSON.readTree(body);
                }
                status = response.statusCode();
            } else {
                status = clients.whole().send(kind.request(base), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
            }
            statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
            if (status != kind.expectedStatus()) {
                errors.computeIfAbsent(kind + " answered " + status, e -> new LongAdder()).increment();
            }
        } catch (Exception e) {
            errors.computeIfAbsent(kind + ": " + String.valueOf(e).replaceAll("/127\\.0\\.0\\.1:\\d+: ", ""),
                    k -> new LongAdder()).increment();
        }
    }

    private static <K extends Comparable<K>> Map<K, Long> sums(Map<K, LongAdder> counts) {
        return new TreeMap<>(counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum())));
    }

    private static String row(HttpClient.Version version, int quarter, Quarter q) {
        return String.format("| %s | Q%d | %,d | %.0f s | %,.0f/s | %s | %d | %,d / %,d MB | %,d MB |", version, quarter,
                q.requests(), q.seconds(), q.rate(), statuses(q.statuses()), q.errorCount(), q.rssMeanKb() / 1024,
                q.rssMaxKb() / 1024, q.heapAfterGcKb() / 1024);
    }

    private static String statuses(Map<Integer, Long> statuses) {
        return statuses.entrySet().stream().map(e -> String.format("%d: %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private boolean report(HttpClient.Version version, List<Quarter> quarters, boolean alive) {
        Quarter first = quarters.get(0);
        Quarter last = quarters.get(QUARTERS - 1);
        long errors = quarters.stream().mapToLong(Quarter::errorCount).sum();
        double seconds = quarters.stream().mapToDouble(Quarter::seconds).sum();
        double rssGrowth = 100.0 * (last.rssMeanKb() - first.rssMeanKb()) / first.rssMeanKb();
        long heapGrowthMb = (last.heapAfterGcKb() - first.heapAfterGcKb()) / 1024;
        Map<Integer, Long> statuses = new TreeMap<>();
        quarters.forEach(q -> q.statuses().forEach((status, n) -> statuses.merge(status, n, Long::sum)));
        System.out.println();
        System.out.println("| version | quarter | requests | time | rate | statuses | errors | RSS mean / max | heap after GC |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int q = 0; q < QUARTERS; q++) {
            System.out.println(row(version, q + 1, quarters.get(q)));
        }
        System.out.printf("%s: %,d requests in %.0f s (%,.0f/s); %s; %d errors; RSS mean Q1 %,d MB, Q4 %,d MB (%+.1f%%);"
                + " heap after GC Q1 %,d MB, Q4 %,d MB (%+d MB)%n", version, requests, seconds, requests / seconds,
                statuses(statuses), errors, first.rssMeanKb() / 1024, last.rssMeanKb() / 1024, rssGrowth,
                first.heapAfterGcKb() / 1024, last.heapAfterGcKb() / 1024, heapGrowthMb);
        quarters.stream().flatMap(q -> q.errors().entrySet().stream()).limit(20)
                .forEach(e -> System.out.println("  error: " + e.getKey() + " x" + e.getValue()));
        boolean flat = rssGrowth <= RSS_GROWTH_ALLOWED_PERCENT && heapGrowthMb <= HEAP_GROWTH_ALLOWED_MB;
        boolean passed = errors == 0 && flat && alive;
        System.out.println(version + ": " + (passed ? "PASSED" : "FAILED") + (flat ? "" : " (memory not flat)")
                + (alive ? "" : " (the mock died)"));
        return passed;
    }
}
