package dev.pendokit.generator.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.BundledCollection;
import dev.pendokit.collection.TestModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** The collections the fuzz run mutates: every file of the test corpus, and the bundled Pendo collection. */
final class FuzzSources {

    /** A collection to mutate: its name and its JSON. */
    record Source(String name, JsonNode tree) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /** One case in this many mutates Pendo's collection, the largest, which takes the longest to generate. */
    private static final int PENDO_ONE_IN = 5;

    private final List<Source> corpus = new ArrayList<>();
    private final Source pendo;

    FuzzSources() {
        try (Stream<Path> files = Files.list(TestModels.CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                corpus.add(new Source(file.getFileName().toString(), JSON.readTree(file.toFile())));
            }
            try (InputStream in = BundledCollection.open()) {
                pendo = new Source(BundledCollection.RESOURCE, JSON.readTree(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source of a case, drawn from its random numbers so that its seed alone decides it. */
    Source pick(Random random) {
        return random.nextInt(PENDO_ONE_IN) == 0 ? pendo : corpus.get(random.nextInt(corpus.size()));
    }
}
