package dev.pendokit.collection.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A loopback HTTP server playing Postman's API and a documentation endpoint, recording what it was asked. */
final class PostmanStandIn implements AutoCloseable {

    /** One canned answer. */
    record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
        static Answer json(byte[] body) {
            return new Answer(200, "application/json; charset=utf-8", body, Map.of());
        }

        static Answer of(int status, String contentType, String body) {
            return new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    /** What one request carried. */
    record Asked(String path, String apiKey, long atNanos) {}

    private final HttpServer server;
    private final Map<String, List<Answer>> answers = new ConcurrentHashMap<>();
    private final Map<String, String> keyed = new ConcurrentHashMap<>();
    private final List<Asked> asked = Collections.synchronizedList(new ArrayList<>());

    /** A thread per exchange: a stalled answer must not hold up the next request. */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    PostmanStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Answers {@code path} with these, one per request, the last one for ever after. */
    PostmanStandIn on(String path, Answer... inTurn) {
        answers.put(path, new ArrayList<>(List.of(inTurn)));
        return this;
    }

    /** Like Postman's API: 401 unless {@code X-Api-Key} is {@code key}. */
    PostmanStandIn requireKey(String path, String key) {
        keyed.put(path, key);
        return this;
    }

    URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    List<Asked> asked() {
        synchronized (asked) {
            return List.copyOf(asked);
        }
    }

    private final List<Long> delays = new ArrayList<>(List.of(0L));

    /**
     * Waits this long before answering, one wait per request, the last one for ever after: plays a
     * server too slow for the answer timeout, or one that stalls once and then answers.
     */
    PostmanStandIn delay(long... inTurn) {
        synchronized (delays) {
            delays.clear();
            Arrays.stream(inTurn).forEach(delays::add);
        }
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String key = exchange.getRequestHeaders().getFirst("X-Api-Key");
        asked.add(new Asked(path, key, System.nanoTime()));
        long delayMillis;
        synchronized (delays) {
            delayMillis = delays.size() > 1 ? delays.remove(0) : delays.get(0);
        }
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                // Closed while stalling: the client gave up on this answer long ago.
                Thread.currentThread().interrupt();
                exchange.close();
                return;
            }
        }
        Answer answer;
        String wanted = keyed.get(path);
        if (wanted != null && !wanted.equals(key)) {
            answer = Answer.of(401, "application/json", "{\"error\":{\"name\":\"AuthenticationError\","
                    + "\"message\":\"Invalid API Key. Every request requires a valid API Key to be sent.\"}}");
        } else {
            List<Answer> queue = answers.get(path);
            if (queue == null) {
                answer = Answer.of(404, "application/json", "{\"error\":{\"name\":\"instanceNotFoundError\"}}");
            } else {
                synchronized (queue) {
                    answer = queue.size() > 1 ? queue.remove(0) : queue.get(0);
                }
            }
        }
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
