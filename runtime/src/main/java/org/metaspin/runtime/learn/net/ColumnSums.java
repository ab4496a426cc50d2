package org.metaspin.runtime.learn.net;

/**
 * The per-column sums over a batch that batch norm's column tasks accumulate (the mean and
 * variance forward, the gradients of gamma and beta backward), in arrays of the thread that
 * runs the task. In one shared array, whenever the boundary between two threads' columns
 * fell inside a cache line (which depends on where the array lands, so it changed from run
 * to run and when the collector moved the array), both threads wrote that line on every row
 * of the batch. Each thread's arrays keep {@link #PAD} unused floats at both ends, so no line
 * they write is shared with a neighbouring object either. The sums are taken in the same
 * order as before, so results are unchanged.
 */
final class ColumnSums {
    private ColumnSums() {}

    /** Floats left unused before and after the columns: 16 floats are a 64-byte cache line. */
    static final int PAD = 16;

    private static final ThreadLocal<float[][]> SUMS = ThreadLocal.withInitial(() -> new float[][] {new float[0], new float[0]});

    /**
     * This thread's two arrays for columns 0 to {@code n - 1}, column j at index {@code PAD + j},
     * with columns {@code [j0, j1)} set to zero (the others hold whatever the thread left there).
     */
    static float[][] zeroed(int n, int j0, int j1) {
        float[][] s = SUMS.get();
        if (s[0].length < n + 2 * PAD) {
            s[0] = new float[n + 2 * PAD];
            s[1] = new float[n + 2 * PAD];
        }
        java.util.Arrays.fill(s[0], PAD + j0, PAD + j1, 0f);
        java.util.Arrays.fill(s[1], PAD + j0, PAD + j1, 0f);
        return s;
    }
}
