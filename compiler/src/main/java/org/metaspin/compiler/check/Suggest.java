package org.metaspin.compiler.check;

import org.metaspin.runtime.api.EditDistance;

/** "did you mean …?": the closest candidate by edit distance, if it is close enough to help. */
public final class Suggest {
    private Suggest() {}

    public static String closest(String word, Iterable<String> candidates) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        int limit = Math.max(1, word.length() / 3);
        for (String c : candidates) {
            int d = EditDistance.of(word, c, true);
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
}
