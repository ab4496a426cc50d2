package org.metaspin.runtime.api;

/**
 * The optimal string alignment distance over code points (an insertion, deletion,
 * substitution or transposition of neighbours counts one), behind every "did you mean" of
 * the compiler and the unit table: one measure, so that names and units are suggested alike.
 */
public final class EditDistance {
    private EditDistance() {}

    /** The distance between {@code a} and {@code b}; {@code ignoreCase} compares code points case-insensitively. */
    public static int of(String a, String b, boolean ignoreCase) {
        int[] x = codePoints(a, ignoreCase);
        int[] y = codePoints(b, ignoreCase);
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) d[i][0] = i;
        for (int j = 0; j <= y.length; j++) d[0][j] = j;
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
        return d[x.length][y.length];
    }

    private static int[] codePoints(String s, boolean ignoreCase) {
        return ignoreCase ? s.codePoints().map(Character::toLowerCase).toArray() : s.codePoints().toArray();
    }
}
