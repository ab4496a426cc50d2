package org.metaspin.runtime.learn.kernel;

import org.metaspin.runtime.learn.Phases;
import org.metaspin.runtime.learn.Products;

/**
 * The product of a matrix of +-1 activations and a matrix of +-1 weights through bit
 * packing: a sign is one bit (1 for -1), 64 to a long, and a dot product of length k is
 * {@code k - 2 * popcount(x XOR w)}. The result is an integer, exactly what the float
 * product of the same signs gives, at 1/64 of the memory traffic.
 *
 * <p>Padding bits are 0 in both operands, so they never count as a mismatch.
 *
 * <p>The activations are packed row by row ({@link #pack}); the weights word by word
 * ({@link #packWeights}: word w of every output column, then word w + 1), so that the
 * product runs its inner loop over the n columns, long and contiguous, instead of over the
 * k / 64 words of one dot product, which at k = 512 is 8 iterations of loop overhead.
 */
public final class BitGemm {
    private final WorkerPool pool;

    public BitGemm(WorkerPool pool) {
        this.pool = pool;
    }

    public static int words(int k) { return (k + 63) >>> 6; }

    /**
     * Packs the signs of {@code rows} rows of length k of {@code v} (row-major) into
     * {@code out}. The entries must be exactly +1 or -1: the bit is the float's sign bit,
     * which keeps the loop branch-free.
     */
    public static void pack(float[] v, int rows, int k, long[] out) {
        int words = words(k);
        for (int r = 0; r < rows; r++) {
            int base = r * k;
            int o = r * words;
            for (int w = 0; w < words; w++) {
                long bits = 0;
                int start = w << 6;
                int end = Math.min(k, start + 64);
                for (int j = start; j < end; j++) {
                    bits |= (long) (Float.floatToRawIntBits(v[base + j]) >>> 31) << (j - start);
                }
                out[o + w] = bits;
            }
        }
    }

    /**
     * Packs the signs of the n rows of length k of {@code wt} (W transposed, row-major; entries
     * exactly +1 or -1) word-major into {@code out}: word w of row j at {@code w * n + j}.
     */
    public static void packWeights(float[] wt, int n, int k, long[] out) {
        for (int j = 0; j < n; j++) packColumn(wt, j * k, k, out, j, n);
    }

    /**
     * Packs k signs from {@code v[from ..]} (entries exactly +1 or -1) as output column j of
     * the word-major weights of {@link #packWeights} with n columns.
     */
    public static void packColumn(float[] v, int from, int k, long[] out, int j, int n) {
        int words = words(k);
        for (int w = 0; w < words; w++) {
            long bits = 0;
            int start = w << 6;
            int end = Math.min(k, start + 64);
            for (int i = start; i < end; i++) {
                bits |= (long) (Float.floatToRawIntBits(v[from + i]) >>> 31) << (i - start);
            }
            out[w * n + j] = bits;
        }
    }

    /**
     * {@code c (m x n) = X (m x k) * W (k x n)} where {@code x} holds the m packed rows of X and
     * {@code wt} the n output columns of W packed word-major ({@link #packWeights}).
     */
    public void multiply(int m, int n, int k, long[] x, long[] wt, float[] c) {
        int words = words(k);
        // A slice of about 4k words (256k multiply-adds, a few microseconds) is worth a thread
        // hand-off; 2^18 words made every layer of a 512-wide network at batch 100 serial.
        int grain = Math.max(1, (1 << 12) / Math.max(1, n * words));
        long t = Phases.start();
        pool.forRange(m, grain, (from, to) -> rows(from, to, n, k, words, x, wt, c));
        Products.BINARY.add(t, m, n, k);
    }

    /** The same product on the calling thread alone (the benchmarks' per-core figure). */
    public static void multiplySerial(int m, int n, int k, long[] x, long[] wt, float[] c) {
        rows(0, m, n, k, words(k), x, wt, c);
    }

    private static void rows(int from, int to, int n, int k, int words, long[] x, long[] wt, float[] c) {
        int[] mismatches = new int[n];
        for (int i = from; i < to; i++) {
            int xi = i * words;
            java.util.Arrays.fill(mismatches, 0);
            for (int w = 0; w < words; w++) {
                long xw = x[xi + w];
                int wo = w * n;
                for (int j = 0; j < n; j++) mismatches[j] += Long.bitCount(xw ^ wt[wo + j]);
            }
            int ci = i * n;
            for (int j = 0; j < n; j++) c[ci + j] = k - 2 * mismatches[j];
        }
    }
}
