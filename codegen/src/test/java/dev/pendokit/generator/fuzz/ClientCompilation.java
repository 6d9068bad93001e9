package dev.pendokit.generator.fuzz;

import dev.pendokit.collection.output.GeneratedFile;
import dev.pendokit.generator.Generation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles the clients of several cases in one javac run, since javac's start is most of the
 * cost of a small client: clients of distinct packages go into one batch, and each of javac's
 * complaints is given back to the case whose package the file is in.
 */
final class ClientCompilation {

    private final Path directory;
    private final int batchSize;
    private final Map<String, FuzzCase> byPackage = new LinkedHashMap<>();
    private final List<GeneratedFile> files = new ArrayList<>();
    private final Map<FuzzCase, List<String>> problems = new LinkedHashMap<>();
    private int batches;
    private int compiled;

    ClientCompilation(Path directory, int batchSize) {
        this.directory = directory;
        this.batchSize = batchSize;
    }

    /** Queues a case's client; compiles the batch when it is full or already has the package. */
    void add(FuzzCase fuzzCase, Outcome outcome) {
        if (byPackage.containsKey(outcome.packageName())) {
            compile();
        }
        byPackage.put(outcome.packageName(), fuzzCase);
        files.addAll(outcome.client());
        if (byPackage.size() >= batchSize) {
            compile();
        }
    }

    /** Compiles what is queued. */
    void compile() {
        if (byPackage.isEmpty()) {
            return;
        }
        Path batch = directory.resolve("batch" + batches++);
        Generation.write(files, batch.resolve("src"));
        for (String complaint : Generation.compile(batch.resolve("src"), batch.resolve("classes"))) {
            problems.computeIfAbsent(owner(complaint, batch.resolve("src")), c -> new ArrayList<>()).add(complaint);
        }
        compiled += byPackage.size();
        byPackage.clear();
        files.clear();
        delete(batch);
    }

    /** How many clients were compiled. */
    int compiled() {
        return compiled;
    }

    /** javac's complaints, by the case whose client they are about. */
    Map<FuzzCase, List<String>> problems() {
        return problems;
    }

    /** The case whose package directory holds the file the complaint names; the batch's first if none does. */
    private FuzzCase owner(String complaint, Path sources) {
        FuzzCase owner = byPackage.values().iterator().next();
        int longest = -1;
        for (Map.Entry<String, FuzzCase> entry : byPackage.entrySet()) {
            String folder = sources.resolve(entry.getKey().replace('.', '/')) + "/";
            if (complaint.contains(folder) && folder.length() > longest) {
                owner = entry.getValue();
                longest = folder.length();
            }
        }
        return owner;
    }

    private static void delete(Path folder) {
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
