package org.metaspin.runtime.random;

/**
 * The one random generator of the runtime: a stream keyed by the run's seed and a stable
 * key path (layer, device index, trial, step…), SplitMix64 underneath (Steele, Lea and
 * Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014). Two streams with
 * different keys are independent for practical purposes, so a parallel loop gives every
 * unit of work its own stream and the result depends on the seed, never on scheduling.
 * Not thread-safe: one stream per unit of work.
 */
public final class RandomStream {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;
    private double spareGaussian = Double.NaN;

    private RandomStream(long state) {
        this.state = state;
    }

    /** The stream of {@code seed} along the key path {@code keys}. */
    public static RandomStream of(long seed, long... keys) {
        long s = mix(seed + GOLDEN);
        for (long k : keys) s = mix(s ^ mix(k + GOLDEN));
        return new RandomStream(s);
    }

    /** An independent child stream for sub-unit {@code key} (deterministic: it does not advance this stream). */
    public RandomStream split(long key) {
        return new RandomStream(mix(state ^ mix(key * GOLDEN + 0x632BE59BD9B4E019L)));
    }

    /** A pure function of its arguments: the {@code counter}-th uniform in [0, 1) of a keyed stream. */
    public static double uniformAt(long seed, long key, long counter) {
        return (mix(mix(seed + GOLDEN) ^ mix(key + GOLDEN) + counter * GOLDEN) >>> 11) * 0x1.0p-53;
    }

    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        // Lemire's multiply-shift with rejection: unbiased.
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x100000000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** Standard normal, Marsaglia's polar method (the second value is kept for the next call). */
    public double nextGaussian() {
        if (!Double.isNaN(spareGaussian)) {
            double g = spareGaussian;
            spareGaussian = Double.NaN;
            return g;
        }
        double u, v, s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * f;
        return u * f;
    }

    /** Fisher–Yates permutation of 0..n-1. */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** SplitMix64's finalizer (variant 13 of Stafford's mixers). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
