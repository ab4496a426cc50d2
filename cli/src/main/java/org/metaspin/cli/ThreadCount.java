package org.metaspin.cli;

/**
 * The bounds of `run --threads N`: at least 1, at most four threads per processor. More
 * only adds contention (the kernels split work into equal slices, one per thread), and a
 * typo such as `--threads 100000` once loaded a two-core machine to a load average above
 * 2,000; so it is a usage error (exit 64) that names the limit, not a silent clamp.
 */
final class ThreadCount {
    static final int PER_PROCESSOR = 4;

    private ThreadCount() {}

    /** What is wrong with {@code n} on a machine of {@code processors}, or null. */
    static String problem(int n, int processors) {
        if (n < 1) return "--threads must be at least 1, got " + n;
        int max = Math.max(1, processors) * PER_PROCESSOR;
        if (n > max) {
            return "--threads " + n + " is more than " + PER_PROCESSOR + " per processor: this machine has " + processors
                    + (processors == 1 ? " processor" : " processors") + ", so at most " + max;
        }
        return null;
    }
}
