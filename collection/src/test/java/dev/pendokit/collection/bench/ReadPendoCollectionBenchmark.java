package dev.pendokit.collection.bench;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.BundledCollection;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.postman.PostmanCollection;
import dev.pendokit.collection.postman.PostmanReader;
import dev.pendokit.collection.resolve.ModelResolver;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.io.IOException;
import java.io.InputStream;
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
 * Reading the bundled Pendo collection (110 requests, 300 KB) and resolving its API model in a
 * warmed JVM. Target: under 100 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReadPendoCollectionBenchmark {

    private byte[] collection;
    private ResolveOptions options;

    @Setup
    public void readTheFileOnce() throws IOException {
        try (InputStream in = BundledCollection.open()) {
            collection = in.readAllBytes();
        }
        options = ResolveOptions.DEFAULTS.withOverrides(ApiModels.bundledNames());
    }

    /** The whole job from the jar's resource: read, parse, resolve. */
    @Benchmark
    public ApiModel resolveBundled() {
        return ApiModels.resolveBundled(ResolveOptions.DEFAULTS);
    }

    /** What the mock server does: the model the build resolved, read from its snapshot in the jar. */
    @Benchmark
    public ApiModel loadBundledFromSnapshot() {
        return ApiModels.loadBundled(ResolveOptions.DEFAULTS);
    }

    /** Parsing the Postman JSON into the Postman model only. */
    @Benchmark
    public PostmanCollection parseOnly() {
        return PostmanReader.read(collection, BundledCollection.RESOURCE);
    }

    /** Parsing and resolving, from bytes already in memory. */
    @Benchmark
    public ApiModel parseAndResolve() {
        return ModelResolver.resolve(PostmanReader.read(collection, BundledCollection.RESOURCE), options);
    }
}
