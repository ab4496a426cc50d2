package org.metaspin.bench.learn;

import java.util.concurrent.TimeUnit;
import org.metaspin.runtime.learn.data.DataBuiltins;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.data.TaskBuiltins;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.NetworkBuiltins;
import org.metaspin.runtime.learn.optim.Optimizer;
import org.metaspin.runtime.learn.optim.OptimizerBuiltins;
import org.metaspin.runtime.learn.train.TrainBuiltins;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Training throughput: one epoch per invocation, so samples/s = ops/s * samples per epoch
 * (digits: 1437; synthetic Fashion-MNIST-sized: 6000). Heap capped at 1 GB, which the
 * 784-1024-1024-10 network must fit in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class TrainBench {
    @Param({"2"})
    public int threads;

    private Task digits;
    private Task synthetic;
    private Network small;
    private Network large;
    private Optimizer meta;

    @Setup(Level.Trial)
    public void setup() {
        WorkerPool.setThreads(threads);
        digits = TaskBuiltins.sequence(DataBuiltins.digits())[0];
        synthetic = SyntheticData.task(6000, 784, 10, 1);
        small = NetworkBuiltins.mlp(64, new long[] {512, 512}, 10, true, "batch", 1, null);
        large = NetworkBuiltins.mlp(784, new long[] {1024, 1024}, 10, true, "batch", 1, null);
        meta = OptimizerBuiltins.metaplastic(0.005, 1.35, null);
    }

    /** BNN 64-512-512-10, metaplastic, batch 100: one epoch of digits (1437 samples). */
    @Benchmark
    public void digitsEpochBnn512() {
        TrainBuiltins.train(small, digits, meta, 1, 100);
    }

    /** BNN 784-1024-1024-10, metaplastic, batch 100: one epoch of 6000 Fashion-MNIST-sized samples. */
    @Benchmark
    public void fashionSizedEpochBnn1024() {
        TrainBuiltins.train(large, synthetic, meta, 1, 100);
    }
}
