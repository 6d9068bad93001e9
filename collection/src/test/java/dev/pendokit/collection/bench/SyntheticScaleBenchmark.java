package dev.pendokit.collection.bench;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.SyntheticCollection;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A synthetic collection of 5,000 requests built in a JVM with a 256 MB heap. {@code cold} is the
 * first build of a fresh JVM (five forks, one shot each): the figure the 2 s target is about.
 * {@code warm} is the same build once the JIT has settled.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SyntheticScaleBenchmark {

    @Param("5000")
    public int requests;

    private byte[] json;

    @Setup
    public void write() {
        json = SyntheticCollection.json(requests);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = "-Xmx256m")
    public ApiModel cold() {
        return ApiModels.load(json, "synthetic.json", ResolveOptions.DEFAULTS);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 1, jvmArgsAppend = "-Xmx256m")
    public ApiModel warm() {
        return ApiModels.load(json, "synthetic.json", ResolveOptions.DEFAULTS);
    }
}
