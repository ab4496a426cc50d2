package org.metaspin.runtime.learn.kernel;

/** Cache-blocked transpose: a naive one strides through memory on every write. */
public final class Transpose {
    private static final int T = 32;

    private Transpose() {}

    /**
     * {@code dst[c][r] = e(src[r * cols + c])} for the row-major {@code src} (rows x cols), e the
     * sign (+1 for v >= 0, else -1, so NaN gives -1) if {@code sign}, else the identity.
     */
    public static void of(float[] src, int rows, int cols, float[][] dst, boolean sign) {
        for (int r0 = 0; r0 < rows; r0 += T) {
            int r1 = Math.min(rows, r0 + T);
            for (int c0 = 0; c0 < cols; c0 += T) {
                int c1 = Math.min(cols, c0 + T);
                for (int c = c0; c < c1; c++) {
                    float[] d = dst[c];
                    for (int r = r0; r < r1; r++) {
                        float v = src[r * cols + c];
                        d[r] = sign ? (v >= 0 ? 1f : -1f) : v;
                    }
                }
            }
        }
    }
}
