package org.metaspin.runtime.learn;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Where the time of a run goes, by phase of the learning runtime, for the training
 * benchmark (bench/peer.sh): off unless the JVM is started with {@code -Dmetaspin.profile=true},
 * when each phase adds its wall time and the samples it processed. Timing costs two
 * {@code nanoTime} calls per phase of a step, nothing when off (the flag is a constant).
 */
public enum Phases {
    STARTUP("JVM start to compile"),
    COMPILE("compile"),
    DATA("data loading (decode, standardize)"),
    FORWARD("forward (weights, products, loss)"),
    BACKWARD("backward"),
    UPDATE("update (penalties, rule)"),
    EVALUATION("evaluation");

    public static final boolean ON = Boolean.getBoolean("metaspin.profile");
    private static final AtomicLongArray NANOS = new AtomicLongArray(values().length);
    private static final AtomicLongArray SAMPLES = new AtomicLongArray(values().length);

    private final String label;

    Phases(String label) { this.label = label; }

    /** {@code System.nanoTime()} if profiling, else 0. */
    public static long start() { return ON ? System.nanoTime() : 0; }

    /** Adds the time since {@code start} (from {@link #start()}) and {@code samples} processed. */
    public void add(long start, long samples) {
        if (!ON) return;
        NANOS.addAndGet(ordinal(), System.nanoTime() - start);
        SAMPLES.addAndGet(ordinal(), samples);
    }

    /** Adds a duration measured elsewhere. */
    public void addNanos(long nanos) {
        if (ON) NANOS.addAndGet(ordinal(), nanos);
    }

    /** One line per phase (time, share of {@code wallNanos}, samples/s), the rest, then the products inside them ({@link Products}). */
    public static void report(PrintStream out, long wallNanos) {
        long sum = 0;
        out.println(String.format(Locale.ROOT, "%-36s %9s %7s %14s", "phase", "s", "share", "samples/s"));
        for (Phases p : values()) {
            long ns = NANOS.get(p.ordinal());
            long n = SAMPLES.get(p.ordinal());
            sum += ns;
            String rate = n == 0 || ns == 0 ? "" : String.format(Locale.ROOT, "%.0f", n / (ns / 1e9));
            out.println(String.format(Locale.ROOT, "%-36s %9.3f %6.1f%% %14s", p.label, ns / 1e9, 100.0 * ns / wallNanos, rate));
        }
        out.println(String.format(Locale.ROOT, "%-36s %9.3f %6.1f%%", "other (shuffle, batch copy, output)", (wallNanos - sum) / 1e9,
                100.0 * (wallNanos - sum) / wallNanos));
        out.println(String.format(Locale.ROOT, "%-36s %9.3f", "total (JVM start to end of run)", wallNanos / 1e9));
        Products.report(out, wallNanos);
    }
}
