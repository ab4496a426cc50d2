package org.metaspin.runtime.protocol;

/**
 * One run of a sweep: generated code picks element {@code index[k]} of each list of values
 * {@code lists[k]} (null: the parameter's default) and calls the protocol.
 */
@FunctionalInterface
public interface SweepBody {
    void run(Object[] lists, int[] index);
}
