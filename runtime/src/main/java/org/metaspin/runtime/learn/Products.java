package org.metaspin.runtime.learn;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The matrix products inside the phases of {@link Phases}, by kernel: wall time, and the
 * operations done, 2 m n k per product (a multiply and an add per term; for the bit-packed
 * product the fp32 operations it stands for). Their rate in a real run is what a comparison
 * with the machine's fp32 GEMM needs (bench/openblas.py replays the shapes): a kernel measured
 * alone runs with another JIT profile and other cache contents. Off unless profiling, like
 * {@link Phases}.
 */
public enum Products {
    REAL("real-valued products (fp32)"),
    BINARY("bit-packed products (XNOR/popcount)");

    private static final AtomicLongArray NANOS = new AtomicLongArray(values().length);
    private static final AtomicLongArray OPERATIONS = new AtomicLongArray(values().length);
    private static final AtomicLongArray CALLS = new AtomicLongArray(values().length);

    private final String label;
    /** Calls and nanoseconds by shape "m x n x k": what bench/peer.sh replays through OpenBLAS. */
    private final Map<String, LongAdder[]> byShape = new ConcurrentHashMap<>();

    Products(String label) { this.label = label; }

    /** Adds one product of m x n x k that started at {@code start} (from {@link Phases#start()}). */
    public void add(long start, int m, int n, int k) {
        if (!Phases.ON) return;
        long nanos = System.nanoTime() - start;
        NANOS.addAndGet(ordinal(), nanos);
        OPERATIONS.addAndGet(ordinal(), 2L * m * n * k);
        CALLS.incrementAndGet(ordinal());
        LongAdder[] tally = byShape.computeIfAbsent(m + " x " + n + " x " + k, key -> new LongAdder[] {new LongAdder(), new LongAdder()});
        tally[0].increment();
        tally[1].add(nanos);
    }

    /**
     * One line per kernel that ran: time, share of {@code wallNanos}, GFLOP/s (equivalent for
     * the bit-packed one), calls; then a line per shape, {@code shape m x n x k: calls, seconds}.
     */
    static void report(PrintStream out, long wallNanos) {
        out.println(String.format(Locale.ROOT, "%-36s %9s %7s %14s %8s", "of which products", "s", "share", "GFLOP/s", "calls"));
        for (Products p : values()) {
            long ns = NANOS.get(p.ordinal());
            if (ns == 0) continue;
            out.println(String.format(Locale.ROOT, "  %-34s %9.3f %6.1f%% %14.1f %8d", p.label, ns / 1e9, 100.0 * ns / wallNanos,
                    OPERATIONS.get(p.ordinal()) / (double) ns, CALLS.get(p.ordinal())));
            new TreeMap<>(p.byShape).forEach((shape, tally) -> out.println(String.format(Locale.ROOT, "    shape %s: %d calls, %.3f s",
                    shape, tally[0].sum(), tally[1].sum() / 1e9)));
        }
    }
}
