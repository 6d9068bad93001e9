package dev.pendokit.openapi;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm tools of {@code tools/} (Redocly CLI, Prism), run with Node.js. The build installs them
 * into {@code tools/node_modules} with {@code npm ci} (the {@code openapi-tools-install} profile of
 * this module's pom); a missing Node.js or tool fails with what to install.
 */
final class NodeTools {

    /** Redocly CLI 2 needs Node.js 20.19 or later (Prism 18.20). */
    static final int[] MINIMUM_NODE = {20, 19};
    static final Path TOOLS = Path.of("tools").toAbsolutePath();
    static final Path REDOCLY = TOOLS.resolve("node_modules/@redocly/cli/bin/cli.js");
    static final Path PRISM = TOOLS.resolve("node_modules/@stoplight/prism-cli/dist/index.js");

    private NodeTools() {}

    /** The node executable, failing with what to install when there is none or it is too old. */
    static String node() throws InterruptedException {
        String node = System.getProperty("os.name", "").startsWith("Windows") ? "node.exe" : "node";
        String version;
        try {
            Process process = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
            version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new AssertionError("The OpenAPI tools (Redocly CLI, Prism) need Node.js 20.19 or later: install"
                    + " Node.js (https://nodejs.org) so that `node` is on the PATH (" + e.getMessage() + ")", e);
        }
        String[] parts = version.replaceFirst("^v", "").split("\\.");
        int major = -1;
        int minor = -1;
        try {
            major = Integer.parseInt(parts[0]);
            minor = Integer.parseInt(parts[1]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        if (major < MINIMUM_NODE[0] || major == MINIMUM_NODE[0] && minor < MINIMUM_NODE[1]) {
            fail("The OpenAPI tools (Redocly CLI, Prism) need Node.js 20.19 or later; `node --version` says: "
                    + version + ". Install Node.js 20.19+ (https://nodejs.org)");
        }
        return node;
    }

    /** The command that runs an installed tool's script, failing with how to install it when missing. */
    static List<String> command(Path script, String... arguments) throws InterruptedException {
        if (!Files.isRegularFile(script)) {
            fail(script + " is missing: build openapi without -DskipTests, or run: npm ci --prefix openapi/tools");
        }
        List<String> command = new ArrayList<>(List.of(node(), script.toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    /** A process of a tool, its telemetry and update checks off. */
    static ProcessBuilder process(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(TOOLS.toFile());
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        return builder;
    }

    /** The end of a tool's output, for a failure's message. */
    static String tail(Path output) throws IOException {
        if (!Files.isRegularFile(output)) {
            return "(no output)";
        }
        String text = Files.readString(output);
        return text.length() > 8000 ? "..." + text.substring(text.length() - 8000) : text;
    }
}
