package org.metaspin.bench.learn;

import java.util.concurrent.TimeUnit;
import org.metaspin.runtime.learn.kernel.BitGemm;
import org.metaspin.runtime.learn.kernel.Gemm;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.random.RandomStream;
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
 * The same binary layer (width -> width, batch 100, +-1 activations and weights) through the
 * float kernel and through the XNOR/popcount kernel; the ratio of the two scores is the
 * bit-packing speed-up. The packed forward includes packing the activations, as in training.
 * Width 512 is the digits network's hidden layer, 1024 the Fashion-MNIST one's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ForwardBench {
    @Param({"1", "2"})
    public int threads;

    @Param({"512", "1024"})
    public int width;

    private static final int B = 100;
    private int K;
    private int N;
    private float[] x;
    private float[] wt;
    private long[] xBits;
    private long[] wBits;
    private float[] out;
    private Gemm gemm;
    private BitGemm bitGemm;

    @Setup(Level.Trial)
    public void setup() {
        WorkerPool.setThreads(threads);
        K = width;
        N = width;
        RandomStream r = RandomStream.of(1);
        x = new float[B * K];
        wt = new float[N * K];
        for (int i = 0; i < x.length; i++) x[i] = r.nextDouble() < 0.5 ? -1f : 1f;
        for (int i = 0; i < wt.length; i++) wt[i] = r.nextDouble() < 0.5 ? -1f : 1f;
        xBits = new long[B * BitGemm.words(K)];
        wBits = new long[N * BitGemm.words(K)];
        BitGemm.packWeights(wt, N, K, wBits);
        out = new float[B * N];
        gemm = new Gemm(WorkerPool.shared());
        bitGemm = new BitGemm(WorkerPool.shared());
    }

    @Benchmark
    public float[] floatForward() {
        gemm.multiply(B, N, K, x, wt, out, false);
        return out;
    }

    @Benchmark
    public float[] packedForward() {
        BitGemm.pack(x, B, K, xBits);
        bitGemm.multiply(B, N, K, xBits, wBits, out);
        return out;
    }
}
