package org.metaspin.runtime.learn.data;

/**
 * A set of labelled samples: {@code n} rows of {@code d} float features, row-major, and a
 * label per row. Immutable by convention: tasks share these arrays, nobody writes them.
 *
 * <p>Features come either as floats or, for image data whose raw values are bytes, as one
 * byte per feature and a table of what each byte value of each feature stands for
 * ({@code table[j * CODES + code]}, 256 codes): Fashion-MNIST's standardized images then take the
 * memory of the decoded bytes, not four times it, and each permuted task another byte per
 * feature. The table holds exactly the floats that standardizing the byte would give, so
 * a batch sees the same numbers either way.
 */
public final class Samples {
    /** The values a code takes: one table row of this many floats per feature. */
    static final int CODES = 256;

    private final float[] x;
    private final byte[] codes;
    private final float[] table;
    public final int[] y;
    public final int n;
    public final int d;

    public Samples(float[] x, int[] y, int d) {
        this(x, null, null, y, d);
        if (x.length != (long) y.length * d) throw new IllegalArgumentException("inconsistent samples");
    }

    private Samples(float[] x, byte[] codes, float[] table, int[] y, int d) {
        if (d <= 0) throw new IllegalArgumentException("inconsistent samples");
        this.x = x;
        this.codes = codes;
        this.table = table;
        this.y = y;
        this.n = y.length;
        this.d = d;
    }

    /** Samples whose feature j of row i is {@code table[j * CODES + (codes[i * d + j] & 0xff)]}. */
    public static Samples coded(byte[] codes, float[] table, int[] y, int d) {
        if (codes.length != (long) y.length * d || table.length != (long) d * CODES) throw new IllegalArgumentException("inconsistent samples");
        return new Samples(null, codes, table, y, d);
    }

    /** Copies the features of row {@code r} into {@code dst[off .. off + d)}. */
    public void copyRow(int r, float[] dst, int off) {
        int o = r * d;
        if (x != null) {
            System.arraycopy(x, o, dst, off, d);
            return;
        }
        for (int j = 0; j < d; j++) dst[off + j] = table[j * CODES + (codes[o + j] & 0xff)];
    }

    /** Every feature, row-major, as a new array. */
    public float[] features() {
        float[] all = new float[n * d];
        for (int r = 0; r < n; r++) copyRow(r, all, r * d);
        return all;
    }

    /** The memory the features take, in bytes: 4 per feature as floats, 1 as codes (and the table). */
    public long featureBytes() {
        return x != null ? 4L * x.length : codes.length + 4L * table.length;
    }

    /** The rows {@code rows}, in that order. */
    public Samples rows(int[] rows) {
        int[] ny = new int[rows.length];
        for (int i = 0; i < rows.length; i++) ny[i] = y[rows[i]];
        if (x == null) {
            byte[] nc = new byte[rows.length * d];
            for (int i = 0; i < rows.length; i++) System.arraycopy(codes, rows[i] * d, nc, i * d, d);
            return new Samples(null, nc, table, ny, d);
        }
        float[] nx = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) System.arraycopy(x, rows[i] * d, nx, i * d, d);
        return new Samples(nx, ny, d);
    }

    /** Every row with its features reordered: new feature j is old feature {@code perm[j]}. */
    public Samples permuteFeatures(int[] perm) {
        if (x == null) {
            byte[] nc = new byte[codes.length];
            for (int i = 0; i < n; i++) {
                int o = i * d;
                for (int j = 0; j < d; j++) nc[o + j] = codes[o + perm[j]];
            }
            float[] nt = new float[table.length];
            for (int j = 0; j < d; j++) System.arraycopy(table, perm[j] * CODES, nt, j * CODES, CODES);
            return new Samples(null, nc, nt, y, d);
        }
        float[] nx = new float[x.length];
        for (int i = 0; i < n; i++) {
            int o = i * d;
            for (int j = 0; j < d; j++) nx[o + j] = x[o + perm[j]];
        }
        return new Samples(nx, y, d);
    }
}
