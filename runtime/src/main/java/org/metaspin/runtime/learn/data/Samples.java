package org.metaspin.runtime.learn.data;

/**
 * A set of labelled samples: {@code n} rows of {@code d} float features, row-major, and a
 * label per row. Immutable by convention: tasks share these arrays, nobody writes them.
 */
public final class Samples {
    public final float[] x;
    public final int[] y;
    public final int n;
    public final int d;

    public Samples(float[] x, int[] y, int d) {
        if (d <= 0 || x.length != (long) y.length * d) throw new IllegalArgumentException("inconsistent samples");
        this.x = x;
        this.y = y;
        this.n = y.length;
        this.d = d;
    }

    /** The rows {@code rows}, in that order. */
    public Samples rows(int[] rows) {
        float[] nx = new float[rows.length * d];
        int[] ny = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(x, rows[i] * d, nx, i * d, d);
            ny[i] = y[rows[i]];
        }
        return new Samples(nx, ny, d);
    }

    /** Every row with its features reordered: new feature j is old feature {@code perm[j]}. */
    public Samples permuteFeatures(int[] perm) {
        float[] nx = new float[x.length];
        for (int i = 0; i < n; i++) {
            int o = i * d;
            for (int j = 0; j < d; j++) nx[o + j] = x[o + perm[j]];
        }
        return new Samples(nx, y, d);
    }
}
