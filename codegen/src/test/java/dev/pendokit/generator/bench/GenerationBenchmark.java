package dev.pendokit.generator.bench;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.output.GeneratedFile;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.generator.ClientGenerator;
import dev.pendokit.generator.GeneratorOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Pendo client generated in-process, without Maven: from the resolved model ({@code generate})
 * and from the bundled collection ({@code loadAndGenerate}), warm; and the whole job in a fresh
 * JVM ({@code coldLoadAndGenerate}), as the first run of the plugin in a build sees it.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GenerationBenchmark {

    private ApiModel model;
    private GeneratorOptions options;

    @Setup
    public void resolve() {
        model = ApiModels.loadBundled(ResolveOptions.DEFAULTS);
        options = GeneratorOptions.defaultsFor(model.name());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public List<GeneratedFile> generate() {
        return ClientGenerator.generate(model, options);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public List<GeneratedFile> loadAndGenerate() {
        ApiModel fresh = ApiModels.resolveBundled(ResolveOptions.DEFAULTS);
        return ClientGenerator.generate(fresh, GeneratorOptions.defaultsFor(fresh.name()));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public List<GeneratedFile> coldLoadAndGenerate() {
        return loadAndGenerate();
    }
}
