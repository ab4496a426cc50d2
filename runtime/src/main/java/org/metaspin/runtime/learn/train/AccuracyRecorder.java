package org.metaspin.runtime.learn.train;

import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.net.Network;

/**
 * Receives every row that {@code evaluate} computes, so that a protocol run can build its
 * accuracy matrix R (§10.4, §11). A protocol installs one on the thread that runs it
 * ({@link #install}), which keeps parallel sweep runs apart, and uninstalls it at the end.
 */
@FunctionalInterface
public interface AccuracyRecorder {
    void row(Network net, Task[] tasks, double[] accuracies);

    /** Installs {@code r} for the current thread and returns the one it replaces (null if none). */
    static AccuracyRecorder install(AccuracyRecorder r) {
        AccuracyRecorder prev = Holder.CURRENT.get();
        if (r == null) Holder.CURRENT.remove();
        else Holder.CURRENT.set(r);
        return prev;
    }

    /** The recorder of the current thread, or null. */
    static AccuracyRecorder current() { return Holder.CURRENT.get(); }

    final class Holder {
        private static final ThreadLocal<AccuracyRecorder> CURRENT = new ThreadLocal<>();

        private Holder() {}
    }
}
