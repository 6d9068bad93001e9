package dev.pendokit.mock.soak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged mock in a JVM of its own, so that its resident memory is its own: started from
 * the jar, stopped on close, and measured from outside ({@code /proc/PID/status}, {@code jcmd}).
 */
final class MockProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("at (http://localhost:\\d+):");
    private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private final Process process;
    private final URI baseUrl;
    private final String readyLine;

    private MockProcess(Process process, URI baseUrl, String readyLine) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.readyLine = readyLine;
    }

    /** Starts {@code java [jvmOptions] -jar jar --port 0 [args]} and waits for its ready line. */
    static MockProcess start(Path jar, List<String> jvmOptions, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaTool("java")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--port", "0"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> System.out.println("  mock: " + l)), "mock-output");
                drain.setDaemon(true);
                drain.start();
                return new MockProcess(process, URI.create(ready.group(1)), line);
            }
        }
        throw new IOException("The mock ended without its ready line: " + String.join(" ", command));
    }

    URI baseUrl() {
        return baseUrl;
    }

    String readyLine() {
        return readyLine;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Resident memory, from the kernel's account of the process (VmRSS). */
    long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            throw new IllegalStateException("No VmRSS in /proc/" + process.pid() + "/status");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The heap in use after a full collection ({@code jcmd PID GC.run}, then {@code GC.heap_info}). */
    long heapAfterGcKb() {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no heap use");
        }
        return Long.parseLong(used.group(1));
    }

    private String jcmd(String command) {
        try {
            Process jcmd = new ProcessBuilder(javaTool("jcmd"), String.valueOf(process.pid()), command)
                    .redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
