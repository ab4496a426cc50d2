package org.metaspin.runtime.learn.kernel;

/** Work over the index range [from, to); instances are reused across calls so the hot path allocates nothing. */
@FunctionalInterface
public interface RangeTask {
    void run(int from, int to);
}
