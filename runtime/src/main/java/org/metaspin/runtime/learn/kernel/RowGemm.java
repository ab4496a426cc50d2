package org.metaspin.runtime.learn.kernel;

import org.metaspin.runtime.learn.Phases;
import org.metaspin.runtime.learn.Products;

/**
 * Dense single-precision product {@code C (m x n) = A (m x k) * B (k x n)}, or {@code C += …},
 * with B given as k separate rows and A read through strides, {@code A(i, p) = a[i * rs + p * cs]}
 * (so A may be a row-major matrix or the transpose of one, without copying).
 *
 * <p>Each row of C is built in a scratch row as {@code acc[j] += A(i, p) * B[p][j]}, four
 * values of p per pass. Scratch row and B's rows are separate arrays indexed by the same
 * {@code j}, which is the form C2's auto-vectorizer (Java 17) accepts; with flat arrays
 * and different offsets it cannot rule out aliasing and stays scalar (about 4x slower).
 * Every element of C is still one sum over p = 0 .. k-1 in ascending order, so the result
 * equals {@link Gemm}'s bit for bit and does not depend on how rows are split between threads.
 *
 * <p>A narrow C (fewer than {@link #NARROW} columns: the weight gradient of a 10-class output
 * layer) would leave that inner loop a few iterations long; when A's columns are contiguous
 * it is built column by column instead ({@link #narrow}), with the same sums.
 */
public final class RowGemm {
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[2][0]);
    /** Below this many columns of C, and with A's columns contiguous, {@link #narrow} builds C. */
    static final int NARROW = 16;
    private static final ThreadLocal<float[][]> COLUMNS = ThreadLocal.withInitial(() -> new float[NARROW + 1][0]);

    private final WorkerPool pool;

    public RowGemm(WorkerPool pool) {
        this.pool = pool;
    }

    /** The operands go to the workers inside the task of this call, so concurrent calls do not share them. */
    public void multiply(int m, int n, int k, float[] a, int rs, int cs, float[][] b, float[] c, boolean accumulate) {
        // A slice of about 64k multiply-adds is worth a thread hand-off.
        int grain = Math.max(1, (1 << 16) / Math.max(1, n * k));
        long t = Phases.start();
        pool.forRange(m, grain, (from, to) -> rows(from, to, n, k, a, rs, cs, b, c, accumulate));
        Products.REAL.add(t, m, n, k);
    }

    /** Single-threaded form. */
    public static void multiplySerial(int m, int n, int k, float[] a, int rs, int cs, float[][] b, float[] c, boolean accumulate) {
        rows(0, m, n, k, a, rs, cs, b, c, accumulate);
    }

    private static void rows(int from, int to, int n, int k, float[] a, int rs, int cs, float[][] b, float[] c, boolean accumulate) {
        if (n < NARROW && rs == 1) {
            narrow(from, to, n, k, a, cs, b, c, accumulate);
            return;
        }
        float[][] holder = SCRATCH.get();
        float[] acc = holder[0];
        float[] acc1 = holder[1];
        if (acc.length < n) {
            acc = new float[n];
            acc1 = new float[n];
            holder[0] = acc;
            holder[1] = acc1;
        }
        int i = from;
        // Two rows of C at a time share each load of B's rows; each element's sum is unchanged.
        for (; i + 1 < to; i += 2) {
            int ci = i * n;
            if (accumulate) {
                System.arraycopy(c, ci, acc, 0, n);
                System.arraycopy(c, ci + n, acc1, 0, n);
            } else {
                java.util.Arrays.fill(acc, 0, n, 0f);
                java.util.Arrays.fill(acc1, 0, n, 0f);
            }
            row2(acc, acc1, n, k, a, i * rs, (i + 1) * rs, cs, b);
            System.arraycopy(acc, 0, c, ci, n);
            System.arraycopy(acc1, 0, c, ci + n, n);
        }
        for (; i < to; i++) {
            int ci = i * n;
            if (accumulate) System.arraycopy(c, ci, acc, 0, n);
            else java.util.Arrays.fill(acc, 0, n, 0f);
            row(acc, n, k, a, i * rs, cs, b);
            System.arraycopy(acc, 0, c, ci, n);
        }
    }

    private static void row2(float[] acc, float[] acc1, int n, int k, float[] a, int ai, int ai1, int cs, float[][] b) {
        int p = 0;
        for (; p + 3 < k; p += 4) {
            int o = ai + p * cs;
            float a0 = a[o];
            float a1 = a[o + cs];
            float a2 = a[o + 2 * cs];
            float a3 = a[o + 3 * cs];
            int q = ai1 + p * cs;
            float e0 = a[q];
            float e1 = a[q + cs];
            float e2 = a[q + 2 * cs];
            float e3 = a[q + 3 * cs];
            float[] b0 = b[p];
            float[] b1 = b[p + 1];
            float[] b2 = b[p + 2];
            float[] b3 = b[p + 3];
            for (int j = 0; j < n; j++) {
                float x0 = b0[j];
                float x1 = b1[j];
                float x2 = b2[j];
                float x3 = b3[j];
                float t = acc[j];
                t += a0 * x0;
                t += a1 * x1;
                t += a2 * x2;
                t += a3 * x3;
                acc[j] = t;
                float u = acc1[j];
                u += e0 * x0;
                u += e1 * x1;
                u += e2 * x2;
                u += e3 * x3;
                acc1[j] = u;
            }
        }
        for (; p < k; p++) {
            float a0 = a[ai + p * cs];
            float e0 = a[ai1 + p * cs];
            float[] b0 = b[p];
            for (int j = 0; j < n; j++) {
                acc[j] += a0 * b0[j];
                acc1[j] += e0 * b0[j];
            }
        }
    }

    /**
     * Rows [from, to) of a C with n < {@link #NARROW} columns and {@code A(i, p) = a[i + p * cs]}:
     * each column of C in a scratch row, {@code col[j][i] += A(i, p) * B[p][j]} with p ascending,
     * the inner loop over i. A's column segment is copied into a scratch row first, so that every
     * array of the inner loop is indexed by the same i (the form C2 vectorizes, see above).
     */
    private static void narrow(int from, int to, int n, int k, float[] a, int cs, float[][] b, float[] c, boolean accumulate) {
        int len = to - from;
        float[][] cols = COLUMNS.get();
        if (cols[0].length < len) {
            for (int j = 0; j <= NARROW; j++) cols[j] = new float[len];
        }
        float[] column = cols[NARROW];
        for (int j = 0; j < n; j++) {
            float[] cj = cols[j];
            if (accumulate) for (int i = 0; i < len; i++) cj[i] = c[(from + i) * n + j];
            else java.util.Arrays.fill(cj, 0, len, 0f);
        }
        for (int p = 0; p < k; p++) {
            System.arraycopy(a, from + p * cs, column, 0, len);
            float[] bp = b[p];
            for (int j = 0; j < n; j++) {
                float x = bp[j];
                float[] cj = cols[j];
                for (int i = 0; i < len; i++) cj[i] += column[i] * x;
            }
        }
        for (int j = 0; j < n; j++) {
            float[] cj = cols[j];
            for (int i = 0; i < len; i++) c[(from + i) * n + j] = cj[i];
        }
    }

    private static void row(float[] acc, int n, int k, float[] a, int ai, int cs, float[][] b) {
        int p = 0;
        for (; p + 3 < k; p += 4) {
            int o = ai + p * cs;
            float a0 = a[o];
            float a1 = a[o + cs];
            float a2 = a[o + 2 * cs];
            float a3 = a[o + 3 * cs];
            float[] b0 = b[p];
            float[] b1 = b[p + 1];
            float[] b2 = b[p + 2];
            float[] b3 = b[p + 3];
            for (int j = 0; j < n; j++) {
                float t = acc[j];
                t += a0 * b0[j];
                t += a1 * b1[j];
                t += a2 * b2[j];
                t += a3 * b3[j];
                acc[j] = t;
            }
        }
        for (; p < k; p++) {
            float a0 = a[ai + p * cs];
            float[] b0 = b[p];
            for (int j = 0; j < n; j++) acc[j] += a0 * b0[j];
        }
    }
}
