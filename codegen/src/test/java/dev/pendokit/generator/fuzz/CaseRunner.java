package dev.pendokit.generator.fuzz;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.output.GeneratedFile;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.generator.ClientGenerator;
import dev.pendokit.generator.DefaultOptions;
import dev.pendokit.generator.GeneratorOptions;
import dev.pendokit.stubs.StubGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Runs one case through the reader, the resolver, the client generator and the stub generator,
 * on a thread of its own so that a case that hangs is reported (and left behind) rather than
 * stopping the run.
 */
final class CaseRunner implements AutoCloseable {

    /** A stack frame, or an exception's class name put where a message should be. */
    private static final Pattern NOT_FOR_PEOPLE = Pattern.compile(
            "\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|^(java|javax|com\\.fasterxml)\\.[\\w.$]+(Exception|Error)\\b");

    private final Duration timeout;
    private ExecutorService thread = newThread();

    CaseRunner(Duration timeout) {
        this.timeout = timeout;
    }

    Outcome run(FuzzCase fuzzCase) {
        Future<Outcome> outcome = thread.submit(() -> outcome(fuzzCase));
        try {
            return outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            thread.shutdownNow();
            thread = newThread(); // the hung one is a daemon: it ends with the JVM
            return Outcome.failure("no outcome within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failure("interrupted");
        } catch (ExecutionException e) {
            return Outcome.failure(trace(e.getCause()));
        }
    }

    private static Outcome outcome(FuzzCase fuzzCase) {
        ApiModel model;
        try {
            model = ApiModels.load(fuzzCase.json(), fuzzCase.fileName(),
                    ResolveOptions.DEFAULTS.withStrict(fuzzCase.strict()));
        } catch (CollectionException e) {
            return refusal(e, fuzzCase);
        } catch (Throwable e) {
            return Outcome.failure("reading threw " + trace(e));
        }
        List<String> problems = new ArrayList<>();
        List<GeneratedFile> client;
        GeneratorOptions options;
        try {
            options = DefaultOptions.of(model.name()).options();
            client = ClientGenerator.generate(model, options);
        } catch (Throwable e) {
            return Outcome.failure("the client generator threw " + trace(e));
        }
        List<GeneratedFile> stubs;
        try {
            stubs = StubGenerator.generate(model);
            StubGenerator.stubs(model, StubGenerator.Selection.ALL);
        } catch (Throwable e) {
            return Outcome.failure("the stub generator threw " + trace(e));
        }
        problems.addAll(FilePaths.problems(client));
        problems.addAll(FilePaths.problems(stubs));
        return problems.isEmpty() ? Outcome.model(options.packageName(), client)
                : Outcome.failure("unwritable files: " + String.join("; ", problems));
    }

    /** A refusal whose message is for people: not empty, naming the file, no stack trace or bare exception name. */
    private static Outcome refusal(CollectionException e, FuzzCase fuzzCase) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return Outcome.failure("a CollectionException without a message: " + trace(e));
        }
        if (NOT_FOR_PEOPLE.matcher(message).find()) {
            return Outcome.failure("a CollectionException whose message is not for people: " + message);
        }
        if (!message.contains(fuzzCase.fileName())) {
            return Outcome.failure("a CollectionException whose message does not name the file: " + message);
        }
        return Outcome.refusal(message);
    }

    private static String trace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        String[] lines = out.toString().split("\n");
        return String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 12)));
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzz-case");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
