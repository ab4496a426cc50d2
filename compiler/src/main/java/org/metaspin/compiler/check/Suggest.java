package org.metaspin.compiler.check;

/** "did you mean …?": the closest candidate by edit distance, if it is close enough to help. */
public final class Suggest {
    private Suggest() {}

    public static String closest(String word, Iterable<String> candidates) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        int limit = Math.max(1, word.length() / 3);
        for (String c : candidates) {
            int d = distance(word, c);
            if (d < bestD || (d == bestD && best != null && c.equalsIgnoreCase(word) && !best.equalsIgnoreCase(word))) {
                bestD = d;
                best = c;
            }
        }
        return bestD <= limit ? best : null;
    }

    /** The help line for a suggestion from {@link #closest}: empty when there is none. */
    public static String didYouMean(String suggestion) {
        return suggestion == null ? "" : "did you mean `" + suggestion + "`?";
    }

    /** Optimal string alignment distance (a transposition counts one). */
    static int distance(String a, String b) {
        int n = a.length(), m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }
}
