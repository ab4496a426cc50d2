package org.metaspin.runtime.protocol;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runs of this process that have not ended, so that SIGINT and SIGTERM (which run the
 * JVM's shutdown hooks) leave each of them {@code interrupted} with complete files instead
 * of {@code running} (§11). After the hook began, runs write nothing more and report no
 * error: the process is ending, and a half-torn-down run must not pass as a failed one.
 */
final class ActiveRuns {
    private static final Set<Run> RUNS = ConcurrentHashMap.newKeySet();
    private static volatile boolean stopping;
    private static boolean hooked;
    private static volatile Thread hook;

    private ActiveRuns() {}

    static synchronized void add(Run r) {
        if (!hooked) {
            hooked = true;
            hook = new Thread(ActiveRuns::interrupt, "metaspin-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
        }
        RUNS.add(r);
    }

    static void remove(Run r) { RUNS.remove(r); }

    /** Whether the process is shutting down (after a signal or an exit with runs open). */
    static boolean stopping() { return stopping; }

    static boolean onHookThread() { return Thread.currentThread() == hook; }

    /**
     * Whether the JVM is shutting down, even if this class's hook has not started yet: on a
     * signal the JVM starts every hook at once, and another one (the image or font
     * machinery's) may break a run's plot before {@link #interrupt} runs. The JVM refuses new
     * hooks from the moment it begins to shut down, which is the only way to ask.
     */
    static boolean shuttingDown() {
        if (stopping) return true;
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private static void interrupt() {
        stopping = true;
        for (Run r : RUNS) {
            r.interrupted();
            Progress.ended(r);
        }
        AtomicFiles.removeTemporaries();
    }
}
