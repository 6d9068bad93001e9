package dev.pendokit.generator.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What a fuzz run did, counted: printed at its end and kept in {@code target/fuzz/figures.txt}. */
final class FuzzFigures {

    int cases;
    int models;
    int refusals;
    int compiled;
    int failures;
    private final long start = System.nanoTime();

    String line() {
        return String.format(Locale.ROOT, "Fuzz: %d cases, %d models, %d refusals, %d clients compiled, %d failures,"
                + " in %.1f s", cases, models, refusals, compiled, failures, (System.nanoTime() - start) / 1e9);
    }

    void record(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("figures.txt"), line() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
