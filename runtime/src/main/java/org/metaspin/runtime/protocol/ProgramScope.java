package org.metaspin.runtime.protocol;

import java.nio.file.Path;

/**
 * What one execution of a program has started so far, for the thread that runs its
 * top-level statements (and the threads it starts): the number of its top-level sweeps and
 * plain runs, which name each of them for {@code --shard} and for a distributed sweep; and,
 * on a machine that runs one point of a distributed sweep ({@link PointRun}), which point
 * that is and where its files go. Several programs may run in one process at once (a Spark
 * driver and its local executors), so this is per thread, not global.
 */
final class ProgramScope {
    private static final InheritableThreadLocal<ProgramScope> CURRENT = new InheritableThreadLocal<>() {
        @Override
        protected ProgramScope initialValue() { return new ProgramScope(null); }
    };

    /** The point this execution exists for, or null for an ordinary execution. */
    record Point(int sweep, int point, Path out) {}

    private final Point point;
    private int sweeps;
    private int plainRuns;

    private ProgramScope(Point point) {
        this.point = point;
    }

    static ProgramScope current() { return CURRENT.get(); }

    /** A fresh scope for the program the current thread is about to run. */
    static void begin() { CURRENT.set(new ProgramScope(null)); }

    /** A scope for executing one point of a distributed sweep on the current thread. */
    static ProgramScope beginPoint(Point p) {
        ProgramScope s = new ProgramScope(p);
        CURRENT.set(s);
        return s;
    }

    static void restore(ProgramScope previous) { CURRENT.set(previous); }

    Point point() { return point; }

    /** Where runs write: the point's folder on an executor, else --out. */
    Path out() { return point != null ? point.out() : RunSettings.out(); }

    /** The number (from 1) of the top-level sweep that starts now. */
    synchronized int nextSweep() { return ++sweeps; }

    /** The number (from 0) of the plain top-level run that starts now. */
    synchronized int nextPlainRun() { return plainRuns++; }
}
