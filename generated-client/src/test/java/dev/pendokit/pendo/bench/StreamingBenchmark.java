package dev.pendokit.pendo.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.aggregation.Aggregation;
import dev.pendokit.pendo.aggregation.Sources;
import dev.pendokit.pendo.model.VisitorsRow;
import dev.pendokit.pendo.runtime.RowStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Streams an aggregation of {@code rows} rows (about 500 bytes each: 1,000,000 rows are about
 * 520 MB) from a loopback server through the generated client into typed {@link VisitorsRow}
 * records, and compares its rows per second with Jackson's streaming parser reading the same
 * bytes token by token: from the same HTTP answer (the target: at least 70%), and straight from
 * memory (no transport at all, for reference). Run with a small heap ({@code -Xmx64m}) to show
 * memory does not grow with the answer.
 *
 * <p>{@code ./mvnw -pl generated-client -Pbench verify} runs it; see BENCHMARKS.md.
 */
public final class StreamingBenchmark {

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("StreamingBenchmark: %,d rows (about %,d MB of JSON), heap limit %,d MB%n", rows,
                RowBytes.averageRowSize() * rows / 1_000_000, Runtime.getRuntime().maxMemory() >> 20);
        long warmup = Math.min(rows, 100_000);
        HttpClient http = HttpClient.newHttpClient();
        try (RowServer server = new RowServer(warmup)) {
            client(PendoClient.builder().baseUrl(server.uri()).integrationKey("bench").build(), warmup);
            jackson(answer(http, server.uri()), warmup);
            jackson(new RowBytes(warmup), warmup);
        }
        try (RowServer server = new RowServer(rows)) {
            PendoClient pendo = PendoClient.builder().baseUrl(server.uri()).integrationKey("bench").build();
            double bestClient = 0;
            double bestHttp = 0;
            double bestMemory = 0;
            for (int round = 1; round <= rounds; round++) {
                double overHttp = jackson(answer(http, server.uri()), rows);
                double fromMemory = jackson(new RowBytes(rows), rows);
                double client = client(pendo, rows);
                bestHttp = Math.max(bestHttp, overHttp);
                bestMemory = Math.max(bestMemory, fromMemory);
                bestClient = Math.max(bestClient, client);
                System.out.printf("round %d: generated client %,.0f rows/s; Jackson streaming parser %,.0f rows/s on"
                        + " the same HTTP answer (%.0f%%), %,.0f rows/s from memory (%.0f%%)%n", round, client,
                        overHttp, 100 * client / overHttp, fromMemory, 100 * client / fromMemory);
            }
            double ratio = bestClient / bestHttp;
            System.out.printf("best: generated client %,.0f rows/s = %.0f%% of Jackson on the same HTTP answer"
                    + " (%,.0f rows/s; target >= 70%%) and %.0f%% of Jackson from memory (%,.0f rows/s)%n",
                    bestClient, 100 * ratio, bestHttp, 100 * bestClient / bestMemory, bestMemory);
            if (ratio < 0.70) {
                System.out.println("BELOW TARGET");
                System.exit(1);
            }
        }
    }

    /** Rows per second through the generated client, each decoded into a {@link VisitorsRow}. */
    private static double client(PendoClient pendo, long expected) {
        long start = System.nanoTime();
        long count = 0;
        long checksum = 0;
        try (RowStream<VisitorsRow> rows = pendo.aggregations().run(Aggregation.of(Sources.VISITORS))) {
            for (VisitorsRow row : rows) {
                count++;
                checksum += row.metadata().auto().firstvisit();
            }
        }
        check(count, expected, checksum);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** The body of the aggregation answer, as a plain {@link HttpClient} gets it. */
    private static InputStream answer(HttpClient http, URI server) throws Exception {
        return http.send(HttpRequest.newBuilder(server.resolve("/api/v1/aggregation"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofInputStream())
                .body();
    }

    /**
     * Rows per second for Jackson's streaming parser reading {@code answer} token by token and
     * reading every value (strings, numbers, booleans), as a hand-written reader of these rows
     * does: the client reads every value too, into the rows.
     */
    private static double jackson(InputStream answer, long expected) throws Exception {
        long start = System.nanoTime();
        long count = 0;
        long checksum = 0;
        try (InputStream in = answer; JsonParser parser = new JsonFactory().createParser(in)) {
            int depth = 0;
            boolean inResults = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        if (inResults && depth == 3 && token == JsonToken.START_OBJECT) {
                            count++;
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> {
                        if (depth == 1) {
                            inResults = parser.currentName().equals("results");
                        }
                    }
                    case VALUE_NUMBER_INT -> {
                        long value = parser.getLongValue();
                        if (parser.currentName().equals("firstvisit")) {
                            checksum += value;
                        }
                    }
                    case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                    case VALUE_STRING -> parser.getText();
                    case VALUE_TRUE, VALUE_FALSE -> parser.getBooleanValue();
                    default -> { }
                }
            }
        }
        check(count, expected, checksum);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static void check(long count, long expected, long checksum) {
        long want = 0;
        for (long i = 0; i < expected; i++) {
            want += RowBytes.firstvisit(i);
        }
        if (count != expected || checksum != want) {
            throw new AssertionError("read " + count + " rows (checksum " + checksum + "), expected " + expected
                    + " (" + want + ")");
        }
    }
}
