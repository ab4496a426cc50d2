package org.metaspin.runtime.learn.train;

/**
 * Follows `train` calls: a run learns that training began (the baseline of §10.4 is an
 * `evaluate` before it) and progress reports epochs, batches and loss (§11). One listener
 * for the process, installed by whoever shows progress; none: nothing is reported.
 */
public interface TrainListener {
    /** A train call starts: {@code epochs} passes of {@code batches} mini-batches over {@code samples} samples. */
    void started(String task, long epochs, long batches, long samples);

    /**
     * Mini-batch {@code batch} of {@code epoch} (both from 0) of {@code samples} samples
     * finished with this loss per sample (mean cross-entropy, in nats).
     */
    void batch(long epoch, long batch, double loss, int samples);

    /** The train call ended, normally or not. */
    void finished();

    TrainListener NONE = new TrainListener() {
        @Override public void started(String task, long epochs, long batches, long samples) {}
        @Override public void batch(long epoch, long batch, double loss, int samples) {}
        @Override public void finished() {}
    };

    static void install(TrainListener l) { Holder.current = l == null ? NONE : l; }

    static TrainListener current() { return Holder.current; }

    final class Holder {
        private static volatile TrainListener current = NONE;

        private Holder() {}
    }
}
