package org.metaspin.runtime.learn.kernel;

/** Cache-blocked transpose: a naive one strides through memory on every write. */
public final class Transpose {
    private static final int T = 32;

    private Transpose() {}

    /** {@code dst (cols x rows) = src (rows x cols)^T}, both row-major. */
    public static void of(float[] src, int rows, int cols, float[] dst) {
        for (int r0 = 0; r0 < rows; r0 += T) {
            int r1 = Math.min(rows, r0 + T);
            for (int c0 = 0; c0 < cols; c0 += T) {
                int c1 = Math.min(cols, c0 + T);
                for (int r = r0; r < r1; r++) {
                    int s = r * cols;
                    for (int c = c0; c < c1; c++) dst[c * rows + r] = src[s + c];
                }
            }
        }
    }
}
