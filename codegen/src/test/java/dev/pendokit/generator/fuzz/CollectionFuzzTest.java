package dev.pendokit.generator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of the test corpus and of the Pendo collection (keys removed, values of the
 * wrong type, junk strings, keywords and unicode as names, items repeated, files cut) through the
 * reader, the resolver, the client generator and the stub generator. Every case must end in a
 * model whose client and stubs can be written anywhere, or in a {@code CollectionException} whose
 * message is for people and names the file; never another exception, never a hang. Every
 * {@code pendokit.fuzz.compileEvery}-th model's client must compile without a warning.
 *
 * <p>The default build runs {@code pendokit.fuzz.cases} cases (400) and compiles every 20th
 * client; {@code -Pfuzz} runs 1,000 and compiles every one. A failure prints the case's seed and
 * mutations and how to replay it alone ({@code -Dpendokit.fuzz.seed=...}); its collection is kept
 * in {@code target/fuzz/}. The figures go to {@code target/fuzz/figures.txt}.
 */
class CollectionFuzzTest {

    /** The seeds of the run derive from this, so a run is the same run every time. */
    private static final long BASE_SEED = 0x14_2026L;
    private static final Path OUTPUT = Path.of("target", "fuzz");
    private static final Duration CASE_TIMEOUT = Duration.ofSeconds(30);
    private static final int CLIENTS_PER_JAVAC = 12;

    private final FuzzSources sources = new FuzzSources();

    @Test
    void everyCaseEndsInAModelThatCompilesOrInARefusalForPeople(@TempDir Path temp) {
        String only = System.getProperty("pendokit.fuzz.seed", "");
        int cases = only.isBlank() ? Integer.getInteger("pendokit.fuzz.cases", 400) : 1;
        int compileEvery = only.isBlank() ? Integer.getInteger("pendokit.fuzz.compileEvery", 20) : 1;
        FuzzFigures figures = new FuzzFigures();
        List<String> failures = new ArrayList<>();
        ClientCompilation compilation = new ClientCompilation(temp, CLIENTS_PER_JAVAC);
        try (CaseRunner runner = new CaseRunner(CASE_TIMEOUT)) {
            for (int index = 0; index < cases; index++) {
                long seed = only.isBlank() ? seed(index) : Long.parseUnsignedLong(only, 16);
                FuzzCase fuzzCase = fuzzCase(index, seed);
                Outcome outcome = runner.run(fuzzCase);
                figures.cases++;
                switch (outcome.kind()) {
                    case MODEL -> {
                        if (figures.models++ % compileEvery == 0) {
                            compilation.add(fuzzCase, outcome);
                        }
                    }
                    case REFUSAL -> figures.refusals++;
                    case FAILURE -> failures.add(failed(fuzzCase, outcome.detail()));
                }
            }
        }
        compilation.compile();
        figures.compiled = compilation.compiled();
        for (Map.Entry<FuzzCase, List<String>> problem : compilation.problems().entrySet()) {
            failures.add(failed(problem.getKey(), "its client does not compile:\n" + String.join("\n",
                    problem.getValue().subList(0, Math.min(10, problem.getValue().size())))));
        }
        figures.failures = failures.size();
        System.out.println(figures.line());
        figures.record(OUTPUT);
        assertThat(failures).as(figures.line()).isEmpty();
    }

    /** The case's seed: a SplitMix64 step from the base, so neighbouring cases share nothing. */
    static long seed(int index) {
        long z = BASE_SEED + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private FuzzCase fuzzCase(int index, long seed) {
        Random random = new Random(seed);
        FuzzSources.Source source = sources.pick(random);
        boolean strict = random.nextInt(5) == 0;
        Mutator.Mutated mutated = new Mutator(random).mutate(source.tree());
        return new FuzzCase(index, seed, source.name(), strict, mutated.mutations(), mutated.json());
    }

    /** The failure's report, with the case's collection kept for reading. */
    private static String failed(FuzzCase fuzzCase, String why) {
        try {
            Files.createDirectories(OUTPUT);
            Files.write(OUTPUT.resolve(fuzzCase.fileName()), fuzzCase.json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fuzzCase + "\n  failed: " + why + "\n  collection: " + OUTPUT.resolve(fuzzCase.fileName())
                + "\n  replay: " + fuzzCase.replay();
    }
}
