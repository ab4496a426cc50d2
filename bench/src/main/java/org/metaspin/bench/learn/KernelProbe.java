package org.metaspin.bench.learn;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.metaspin.runtime.learn.kernel.BitGemm;
import org.metaspin.runtime.learn.kernel.Gemm;
import org.metaspin.runtime.learn.kernel.RowGemm;
import org.metaspin.runtime.random.RandomStream;

/**
 * The training products of the benchmark networks, one thread, in thread CPU time (on a
 * shared machine whose load exceeds its cores, wall time counts the waits for a core): GFLOP/s
 * of the kernel training uses ({@link RowGemm}, {@link BitGemm}) against the plain fp32 GEMM
 * ({@link Gemm}, a 4 x 4 register tile) of the same shape, measured alternately in the same
 * process. Median of the warm rounds. Usage: {@code java -cp benchmarks.jar
 * org.metaspin.bench.learn.KernelProbe [ROUNDS]}.
 */
public final class KernelProbe {
    private KernelProbe() {}

    /** m x n x k, and whether A is read transposed (the weight gradient's input^T). */
    private record Shape(String name, int m, int n, int k, boolean transposedA) {}

    private static final Shape[] SHAPES = {
        new Shape("fashion forward L1  100x1024x784", 100, 1024, 784, false),
        new Shape("fashion dW L1       784x1024x100", 784, 1024, 100, true),
        new Shape("fashion dX L2      100x1024x1024", 100, 1024, 1024, false),
        new Shape("fashion dW L2      1024x1024x100", 1024, 1024, 100, true),
        new Shape("digits dX L2         100x512x512", 100, 512, 512, false),
        new Shape("digits dW L2         512x512x100", 512, 512, 100, true),
    };

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        RandomStream r = RandomStream.of(3);
        System.out.println(String.format(Locale.ROOT, "%-34s %12s %12s %7s", "product (m x n x k)", "kernel GF/s", "fp32 GEMM", "ratio"));
        // Twice over the shapes, printing the second time: the first compiles every path.
        for (int pass = 0; pass < 2; pass++) for (Shape s : SHAPES) {
            float[] a = new float[s.m * s.k];
            float[][] bRows = new float[s.k][s.n];
            float[] bt = new float[s.n * s.k];
            float[] at = new float[s.m * s.k];
            for (int i = 0; i < a.length; i++) a[i] = (float) r.nextGaussian();
            for (int p = 0; p < s.k; p++) for (int j = 0; j < s.n; j++) bRows[p][j] = bt[j * s.k + p] = r.nextDouble() < 0.5 ? -1f : 1f;
            // The row-major A (m x k) the baseline reads, whatever layout the kernel reads.
            for (int i = 0; i < s.m; i++) for (int p = 0; p < s.k; p++) at[i * s.k + p] = s.transposedA ? a[p * s.m + i] : a[i * s.k + p];
            float[] c = new float[s.m * s.n];
            int rs = s.transposedA ? 1 : s.k;
            int cs = s.transposedA ? s.m : 1;
            long[] kernel = new long[rounds];
            long[] base = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = mx.getCurrentThreadCpuTime();
                RowGemm.multiplySerial(s.m, s.n, s.k, a, rs, cs, bRows, c, false);
                long t1 = mx.getCurrentThreadCpuTime();
                Gemm.multiplySerial(s.m, s.n, s.k, at, bt, c, false);
                long t2 = mx.getCurrentThreadCpuTime();
                kernel[i] = t1 - t0;
                base[i] = t2 - t1;
            }
            double flop = 2.0 * s.m * s.n * s.k;
            double gk = flop / median(kernel);
            double gb = flop / median(base);
            if (pass == 1) System.out.println(String.format(Locale.ROOT, "%-34s %12.1f %12.1f %7.2f", s.name, gk, gb, gk / gb));
        }
        bitForward(mx, rounds);
    }

    /**
     * The binary 1024 -> 1024 layer at batch 100 through XNOR/popcount (packing included)
     * against both fp32 products of the same shape: the scalar 4 x 4 tile ({@link Gemm}) and
     * the auto-vectorized {@link RowGemm} that real-valued layers use, the fairer baseline.
     */
    private static void bitForward(ThreadMXBean mx, int rounds) {
        int m = 100;
        int n = 1024;
        int k = 1024;
        RandomStream r = RandomStream.of(4);
        float[] x = new float[m * k];
        float[] wt = new float[n * k];
        float[][] wRows = new float[k][n];
        for (int i = 0; i < x.length; i++) x[i] = r.nextDouble() < 0.5 ? -1f : 1f;
        for (int i = 0; i < wt.length; i++) wt[i] = r.nextDouble() < 0.5 ? -1f : 1f;
        for (int j = 0; j < n; j++) for (int p = 0; p < k; p++) wRows[p][j] = wt[j * k + p];
        long[] xBits = new long[m * BitGemm.words(k)];
        long[] wBits = new long[n * BitGemm.words(k)];
        BitGemm.packWeights(wt, n, k, wBits);
        float[] c = new float[m * n];
        long[] kernel = new long[rounds];
        long[] tile = new long[rounds];
        long[] rows = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            BitGemm.pack(x, m, k, xBits);
            BitGemm.multiplySerial(m, n, k, xBits, wBits, c);
            long t1 = mx.getCurrentThreadCpuTime();
            Gemm.multiplySerial(m, n, k, x, wt, c, false);
            long t2 = mx.getCurrentThreadCpuTime();
            RowGemm.multiplySerial(m, n, k, x, k, 1, wRows, c, false);
            long t3 = mx.getCurrentThreadCpuTime();
            kernel[i] = t1 - t0;
            tile[i] = t2 - t1;
            rows[i] = t3 - t2;
        }
        double flop = 2.0 * m * n * k;
        double gk = flop / median(kernel);
        double gb = flop / median(tile);
        double gr = flop / median(rows);
        System.out.println(String.format(Locale.ROOT, "%-34s %12.1f %12.1f %7.2f   (equivalent GFLOP/s)", "binary forward 100x1024x1024", gk, gb, gk / gb));
        System.out.println(String.format(Locale.ROOT, "%-34s %12.1f %12.1f %7.2f   (against RowGemm, fp32 vectorized)", "binary forward 100x1024x1024", gk, gr,
                gk / gr));
    }

    /** The median of the second half (the warm rounds). */
    private static long median(long[] v) {
        long[] warm = java.util.Arrays.copyOfRange(v, v.length / 2, v.length);
        java.util.Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
