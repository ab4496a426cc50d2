package org.metaspin.runtime.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.metaspin.runtime.learn.data.DataBuiltins;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.data.TaskBuiltins;
import org.metaspin.runtime.learn.kernel.BitGemm;
import org.metaspin.runtime.learn.kernel.Gemm;
import org.metaspin.runtime.learn.kernel.RowGemm;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.NetworkBuiltins;
import org.metaspin.runtime.learn.optim.OptimizerBuiltins;
import org.metaspin.runtime.learn.train.TrainBuiltins;
import org.metaspin.runtime.random.RandomStream;

class KernelTest {
    @AfterEach
    void restorePool() {
        WorkerPool.setThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void gemmMatchesDoubleReference() {
        int m = 37;
        int n = 21;
        int k = 50; // odd sizes exercise the tile edges
        RandomStream r = RandomStream.of(3);
        float[] a = new float[m * k];
        float[] b = new float[n * k];
        for (int i = 0; i < a.length; i++) a[i] = (float) r.nextGaussian();
        for (int i = 0; i < b.length; i++) b[i] = (float) r.nextGaussian();
        float[] c = new float[m * n];
        java.util.Arrays.fill(c, 1f);
        new Gemm(WorkerPool.shared()).multiply(m, n, k, a, b, c, true);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 1;
                for (int p = 0; p < k; p++) s += (double) a[i * k + p] * b[j * k + p];
                assertEquals(s, c[i * n + j], 1e-4, "C[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void rowGemmEqualsGemmBitForBitInBothOrientationsAndAnyThreadCount() {
        rowGemmEqualsGemm(37, 21, 50);
    }

    /** A C narrower than RowGemm.NARROW, as the weight gradient of a 10-class layer, read both ways. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"1301, 10, 100", "37, 1, 50", "64, 15, 3"})
    void narrowRowGemmEqualsGemmBitForBit(int m, int n, int k) {
        rowGemmEqualsGemm(m, n, k);
    }

    private static void rowGemmEqualsGemm(int m, int n, int k) {
        RandomStream r = RandomStream.of(4);
        float[] a = new float[m * k];
        float[] bt = new float[n * k];
        for (int i = 0; i < a.length; i++) a[i] = (float) r.nextGaussian();
        for (int i = 0; i < bt.length; i++) bt[i] = (float) r.nextGaussian();
        float[][] rows = new float[k][n];
        for (int j = 0; j < n; j++) for (int p = 0; p < k; p++) rows[p][j] = bt[j * k + p];
        float[] at = new float[k * m];
        for (int i = 0; i < m; i++) for (int p = 0; p < k; p++) at[p * m + i] = a[i * k + p];
        float[] expected = new float[m * n];
        java.util.Arrays.fill(expected, 0.5f);
        Gemm.multiplySerial(m, n, k, a, bt, expected, true);
        for (int threads = 1; threads <= 3; threads++) {
            WorkerPool.setThreads(threads);
            float[] c = new float[m * n];
            java.util.Arrays.fill(c, 0.5f);
            new RowGemm(WorkerPool.shared()).multiply(m, n, k, a, k, 1, rows, c, true);
            assertArrayEquals(expected, c);
            float[] ct = new float[m * n];
            java.util.Arrays.fill(ct, 0.5f);
            RowGemm.multiplySerial(m, n, k, at, 1, m, rows, ct, true);
            assertArrayEquals(expected, ct);
            float[] cp = new float[m * n];
            java.util.Arrays.fill(cp, 0.5f);
            new RowGemm(WorkerPool.shared()).multiply(m, n, k, at, 1, m, rows, cp, true);
            assertArrayEquals(expected, cp);
        }
    }

    @Test
    void bitPackedForwardEqualsFloatForwardOfTheSameBinaryLayer() {
        int m = 13;
        int n = 70;
        int k = 200; // not a multiple of 64: padding bits must not count
        RandomStream r = RandomStream.of(5);
        float[] x = new float[m * k];
        float[] wt = new float[n * k];
        for (int i = 0; i < x.length; i++) x[i] = r.nextDouble() < 0.5 ? -1f : 1f;
        for (int i = 0; i < wt.length; i++) wt[i] = r.nextDouble() < 0.3 ? -1f : 1f;
        float[] expected = new float[m * n];
        Gemm.multiplySerial(m, n, k, x, wt, expected, false);
        long[] xb = new long[m * BitGemm.words(k)];
        long[] wb = new long[n * BitGemm.words(k)];
        BitGemm.pack(x, m, k, xb);
        BitGemm.packWeights(wt, n, k, wb);
        float[] got = new float[m * n];
        new BitGemm(WorkerPool.shared()).multiply(m, n, k, xb, wb, got);
        assertArrayEquals(expected, got, 0f);
    }

    @Test
    void trainingIsIdenticalWithOneAndTwoThreads() {
        Task[] tasks = TaskBuiltins.permuted(DataBuiltins.digits(), 2, 1);
        WorkerPool.setThreads(1);
        Network one = trained(tasks);
        WorkerPool.setThreads(2);
        Network two = trained(tasks);
        for (int l = 0; l < one.layerCount(); l++) {
            assertArrayEquals(one.layer(l).w, two.layer(l).w, 0f, "weights of layer " + l);
            assertArrayEquals(one.layer(l).gamma, two.layer(l).gamma, 0f, "gamma of layer " + l);
        }
        assertEquals(TrainBuiltins.accuracy(one, tasks[1]), TrainBuiltins.accuracy(two, tasks[1]), 0);
    }

    private static Network trained(Task[] tasks) {
        Network net = NetworkBuiltins.mlp(64, new long[] {128, 96}, 10, true, "batch", 4, null);
        TrainBuiltins.train(net, tasks[0], OptimizerBuiltins.metaplastic(0.005, 1.35, null), 2, 50);
        TrainBuiltins.train(net, tasks[1], OptimizerBuiltins.ewc(5000, OptimizerBuiltins.adam(0.005, 0.9, 0.999, 1e-8)), 1, 64);
        return net;
    }
}
