package org.metaspin.runtime.protocol;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The points of one sweep that this process runs (all of them, or its shard's), for a
 * {@link SweepRunner}: which top-level sweep of the program it is (from 1, in the order the
 * program starts them), each point's number in the sweep's own order, how to run a point
 * here, and the progress report as points end.
 */
public final class SweepJob {
    private final String protocol;
    private final int sweep;
    private final int[] points;
    private final String[] labels;
    private final IntFunction<PointResult> local;
    private final AtomicInteger done = new AtomicInteger();
    private final long t0 = System.nanoTime();

    SweepJob(String protocol, int sweep, int[] points, String[] labels, IntFunction<PointResult> local) {
        this.protocol = protocol;
        this.sweep = sweep;
        this.points = points;
        this.labels = labels;
        this.local = local;
    }

    public String protocol() { return protocol; }

    /** Which top-level sweep of the program this is, from 1 (0: a sweep inside a run, which never leaves its machine). */
    public int sweep() { return sweep; }

    public int size() { return points.length; }

    /** The number of the {@code j}-th point of this job in the whole sweep (from 0). */
    public int point(int j) { return points[j]; }

    /** {@code P(h = 10 mT, seed = 2)}. */
    public String label(int j) { return protocol + "(" + labels[j] + ")"; }

    /** Runs the {@code j}-th point on the current thread (and reports its end). */
    public PointResult runHere(int j) {
        return ended(j, local.apply(j));
    }

    /** Reports the end of the {@code j}-th point (which ran elsewhere); returns {@code r}. */
    public PointResult ended(int j, PointResult r) {
        Progress.sweepRunEnded(done.incrementAndGet(), points.length, (System.nanoTime() - t0) / 1e9, label(j),
                r.ok() ? r.run() : null);
        return r;
    }
}
