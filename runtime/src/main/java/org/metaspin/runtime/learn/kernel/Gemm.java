package org.metaspin.runtime.learn.kernel;

/**
 * Dense single-precision matrix product {@code C (m x n) = A (m x k) * B (k x n)}, or
 * {@code C += A * B}. B and C are row-major with n columns; A's element (i, p) sits at
 * {@code a[i * ars + p * acs]}, so a transposed A costs no copy.
 *
 * <p>Blocked over columns of B (a block of B stays in L2 while rows of A pass) and unrolled
 * over four rows of B, so each C element is loaded and stored once per four products and
 * the inner loop is a plain array expression the JIT vectorizes. Rows of C are split
 * between threads; every element is summed in ascending p in groups fixed by the block
 * constants, hence the same bits with any number of threads.
 *
 * <p>One instance per call site, reused: it is its own {@link RangeTask}.
 */
public final class Gemm implements RangeTask {
    private static final int JB = 512;
    private static final int PB = 128;

    private final WorkerPool pool;
    private int n;
    private int k;
    private float[] a;
    private int ars;
    private int acs;
    private float[] b;
    private float[] c;
    private boolean accumulate;

    public Gemm(WorkerPool pool) {
        this.pool = pool;
    }

    public void multiply(int m, int n, int k, float[] a, int ars, int acs, float[] b, float[] c, boolean accumulate) {
        this.n = n;
        this.k = k;
        this.a = a;
        this.ars = ars;
        this.acs = acs;
        this.b = b;
        this.c = c;
        this.accumulate = accumulate;
        // A slice of about 64k multiply-adds is worth a thread hand-off.
        int grain = Math.max(1, (1 << 16) / Math.max(1, n * k));
        pool.forRange(m, grain, this);
        this.a = null;
        this.b = null;
        this.c = null;
    }

    /** Single-threaded form, for callers that already run on a worker. */
    public static void multiplySerial(int m, int n, int k, float[] a, int ars, int acs, float[] b, float[] c, boolean accumulate) {
        rows(0, m, n, k, a, ars, acs, b, c, accumulate);
    }

    @Override
    public void run(int from, int to) {
        rows(from, to, n, k, a, ars, acs, b, c, accumulate);
    }

    private static void rows(int from, int to, int n, int k, float[] a, int ars, int acs, float[] b, float[] c, boolean accumulate) {
        if (!accumulate) java.util.Arrays.fill(c, from * n, to * n, 0f);
        for (int jb = 0; jb < n; jb += JB) {
            int jEnd = Math.min(n, jb + JB);
            for (int pb = 0; pb < k; pb += PB) {
                int pEnd = Math.min(k, pb + PB);
                for (int i = from; i < to; i++) {
                    int ci = i * n;
                    int ai = i * ars;
                    int p = pb;
                    for (; p + 3 < pEnd; p += 4) {
                        float a0 = a[ai + p * acs];
                        float a1 = a[ai + (p + 1) * acs];
                        float a2 = a[ai + (p + 2) * acs];
                        float a3 = a[ai + (p + 3) * acs];
                        int b0 = p * n;
                        int b1 = b0 + n;
                        int b2 = b1 + n;
                        int b3 = b2 + n;
                        for (int j = jb; j < jEnd; j++) {
                            c[ci + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
                        }
                    }
                    for (; p < pEnd; p++) {
                        float a0 = a[ai + p * acs];
                        int b0 = p * n;
                        for (int j = jb; j < jEnd; j++) c[ci + j] += a0 * b[b0 + j];
                    }
                }
            }
        }
    }
}
