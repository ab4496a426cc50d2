package org.metaspin.runtime.protocol;

/**
 * Part {@code index} of {@code count} of every sweep ({@code metaspin run --shard K/N}): point
 * {@code i} of a sweep, counted from 0 in the sweep's own order (the first parameter
 * slowest, the last fastest, as the table lists them), belongs to part {@code i mod N + 1}.
 * The rule looks at nothing but that index and N: not at threads, machines or the other
 * sweeps of the program, so every shard agrees on it without talking to the others, and
 * consecutive points (often of similar cost) spread over all parts. The program's plain
 * top-level {@code run}s are numbered the same way, in the order the program reaches them.
 */
public record Shard(int index, int count) {
    /** The whole of every sweep. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, not " + index + "/" + count);
        }
    }

    /**
     * {@code K/N}; a message for the command line when the text is not one (null when it is).
     */
    public static String problem(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) return "--shard takes K/N (part K of N, 1 <= K <= N), e.g. --shard 2/8, not " + text;
        try {
            int k = Integer.parseInt(text.substring(0, slash).trim());
            int n = Integer.parseInt(text.substring(slash + 1).trim());
            if (n < 1) return "--shard " + text + ": the number of parts N must be at least 1";
            if (k < 1 || k > n) return "--shard " + text + ": K counts the parts from 1 to N = " + n;
            return null;
        } catch (NumberFormatException e) {
            return "--shard takes K/N with whole numbers K and N, e.g. --shard 2/8, not " + text;
        }
    }

    /** {@code K/N} read; {@link #problem} says whether it is one. */
    public static Shard parse(String text) {
        String p = problem(text);
        if (p != null) throw new IllegalArgumentException(p);
        int slash = text.indexOf('/');
        return new Shard(Integer.parseInt(text.substring(0, slash).trim()), Integer.parseInt(text.substring(slash + 1).trim()));
    }

    /** Whether point {@code point} (from 0) of a sweep is this part's. */
    public boolean owns(long point) { return point % count == index - 1; }

    public boolean all() { return count == 1; }

    @Override
    public String toString() { return index + "/" + count; }
}
