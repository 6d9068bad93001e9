package dev.pendokit.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The mock server as a user starts it, apart: {@code java -jar pendo-mock-server.jar --port N
 * --integration-key KEY [--collection FILE]}, in a process of its own, stopped on close.
 */
final class MockProcess implements AutoCloseable {

    private final Process process;
    private final URI baseUrl;

    private MockProcess(Process process, URI baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts the jar and waits for its ready line (at most 60 s). */
    static MockProcess start(String integrationKey, Path collection) throws Exception {
        Path jar = Path.of(System.getProperty("pendo.mockServerJar", "../mock-server/target/pendo-mock-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No mock server jar at " + jar.toAbsolutePath()
                    + ": build it first with ./mvnw -pl mock-server -am package -DskipTests");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", String.valueOf(port), "--integration-key", integrationKey));
        if (collection != null) {
            command.addAll(List.of("--collection", collection.toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        // Not closed here: once the server is ready, a daemon thread goes on reading it.
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                    if (line.startsWith("pendo-mock-server: serving")) {
                        drain(lines);
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        if (!ready.get(60, TimeUnit.SECONDS)) {
            process.destroy();
            throw new IllegalStateException("The mock server did not start: " + String.join("\n", output));
        }
        return new MockProcess(process, URI.create("http://localhost:" + port));
    }

    /** Keeps reading what the server prints, so that it never blocks on a full pipe. */
    private static void drain(BufferedReader lines) {
        Thread drainer = new Thread(() -> {
            try {
                while (lines.readLine() != null) {
                    // nothing to keep
                }
            } catch (IOException ignored) {
                // the server stopped
            }
        }, "mock-server-output");
        drainer.setDaemon(true);
        drainer.start();
    }

    URI baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
