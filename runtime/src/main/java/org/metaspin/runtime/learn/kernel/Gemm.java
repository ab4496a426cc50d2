package org.metaspin.runtime.learn.kernel;

/**
 * Dense single-precision product {@code C (m x n) = A (m x k) * B^T}, with A and B both
 * row-major along k ({@code B} is n x k), or {@code C += …}. Both operands are read
 * contiguously, which suits every product of a training step once activations and
 * weights are kept in the right orientation (see {@link Transpose}).
 *
 * <p>The core is a 4 x 4 register tile: sixteen scalar accumulators per step of k. On
 * Java 17 the JIT does not vectorize the axpy form of this product (it cannot prove that
 * the output and input arrays differ), and the tile measured faster than every
 * auto-vectorized variant tried. Each element of C is one sum over p = 0 .. k-1 in
 * ascending order, in every tile shape, so the result is bit-identical for any split of
 * the rows between threads.
 *
 * <p>One instance per call site, reused: it is its own {@link RangeTask}.
 */
public final class Gemm implements RangeTask {
    private final WorkerPool pool;
    private int m;
    private int n;
    private int k;
    private float[] a;
    private float[] b;
    private float[] c;
    private boolean accumulate;

    public Gemm(WorkerPool pool) {
        this.pool = pool;
    }

    public void multiply(int m, int n, int k, float[] a, float[] b, float[] c, boolean accumulate) {
        this.m = m;
        this.n = n;
        this.k = k;
        this.a = a;
        this.b = b;
        this.c = c;
        this.accumulate = accumulate;
        int tiles = (m + 3) / 4;
        // A slice of about 64k multiply-adds is worth a thread hand-off.
        int grain = Math.max(1, (1 << 16) / Math.max(1, 4 * n * k));
        pool.forRange(tiles, grain, this);
        this.a = null;
        this.b = null;
        this.c = null;
    }

    /** Single-threaded form. */
    public static void multiplySerial(int m, int n, int k, float[] a, float[] b, float[] c, boolean accumulate) {
        rows(0, m, n, k, a, b, c, accumulate);
    }

    @Override
    public void run(int fromTile, int toTile) {
        rows(fromTile * 4, Math.min(m, toTile * 4), n, k, a, b, c, accumulate);
    }

    private static void rows(int from, int to, int n, int k, float[] a, float[] b, float[] c, boolean acc) {
        int i = from;
        for (; i + 3 < to; i += 4) {
            int j = 0;
            for (; j + 3 < n; j += 4) tile44(i, j, n, k, a, b, c, acc);
            for (; j < n; j++) {
                for (int r = 0; r < 4; r++) single(i + r, j, n, k, a, b, c, acc);
            }
        }
        for (; i < to; i++) {
            for (int j = 0; j < n; j++) single(i, j, n, k, a, b, c, acc);
        }
    }

    private static void single(int i, int j, int n, int k, float[] a, float[] b, float[] c, boolean acc) {
        float s = acc ? c[i * n + j] : 0f;
        int ai = i * k;
        int bj = j * k;
        for (int p = 0; p < k; p++) s += a[ai + p] * b[bj + p];
        c[i * n + j] = s;
    }

    private static void tile44(int i, int j, int n, int k, float[] a, float[] b, float[] c, boolean acc) {
        int o0 = i * n + j;
        int o1 = o0 + n;
        int o2 = o1 + n;
        int o3 = o2 + n;
        float c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        float c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
        if (acc) {
            c00 = c[o0]; c01 = c[o0 + 1]; c02 = c[o0 + 2]; c03 = c[o0 + 3];
            c10 = c[o1]; c11 = c[o1 + 1]; c12 = c[o1 + 2]; c13 = c[o1 + 3];
            c20 = c[o2]; c21 = c[o2 + 1]; c22 = c[o2 + 2]; c23 = c[o2 + 3];
            c30 = c[o3]; c31 = c[o3 + 1]; c32 = c[o3 + 2]; c33 = c[o3 + 3];
        }
        int a0 = i * k;
        int a1 = a0 + k;
        int a2 = a1 + k;
        int a3 = a2 + k;
        int b0 = j * k;
        int b1 = b0 + k;
        int b2 = b1 + k;
        int b3 = b2 + k;
        for (int p = 0; p < k; p++) {
            float x0 = a[a0 + p], x1 = a[a1 + p], x2 = a[a2 + p], x3 = a[a3 + p];
            float y0 = b[b0 + p], y1 = b[b1 + p], y2 = b[b2 + p], y3 = b[b3 + p];
            c00 += x0 * y0; c01 += x0 * y1; c02 += x0 * y2; c03 += x0 * y3;
            c10 += x1 * y0; c11 += x1 * y1; c12 += x1 * y2; c13 += x1 * y3;
            c20 += x2 * y0; c21 += x2 * y1; c22 += x2 * y2; c23 += x2 * y3;
            c30 += x3 * y0; c31 += x3 * y1; c32 += x3 * y2; c33 += x3 * y3;
        }
        c[o0] = c00; c[o0 + 1] = c01; c[o0 + 2] = c02; c[o0 + 3] = c03;
        c[o1] = c10; c[o1 + 1] = c11; c[o1 + 2] = c12; c[o1 + 3] = c13;
        c[o2] = c20; c[o2 + 1] = c21; c[o2 + 2] = c22; c[o2 + 3] = c23;
        c[o3] = c30; c[o3 + 1] = c31; c[o3 + 2] = c32; c[o3 + 3] = c33;
    }
}
