package org.metaspin.lsp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The figures of {@link EditorLatencyBench} in thread CPU time: on a machine loaded beyond
 * its cores, wall time counts the waits for a core. Warm: the first half of the rounds is
 * discarded; the median of the rest, in ms per operation, and the ratio to `check`.
 */
public final class EditorLatencyProbe {
    private EditorLatencyProbe() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        EditorLatencyBench b = new EditorLatencyBench();
        b.setup();
        String[] names = {"checkCommand", "diagnosticsAfterEdit", "completion", "completionAfterDot"};
        @SuppressWarnings("unchecked")
        Supplier<Object>[] ops = new Supplier[] {b::checkCommand, b::diagnosticsAfterEdit, b::completion, b::completionAfterDot};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] ms = new double[ops.length];
        int sink = 0;
        for (int k = 0; k < ops.length; k++) {
            long[] ns = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = mx.getCurrentThreadCpuTime();
                sink += ops[k].get().hashCode() & 1;
                ns[i] = mx.getCurrentThreadCpuTime() - t0;
            }
            long[] warm = Arrays.copyOfRange(ns, rounds / 2, rounds);
            Arrays.sort(warm);
            ms[k] = warm[warm.length / 2] / 1e6;
        }
        for (int k = 0; k < ops.length; k++) {
            System.out.printf("cpu-time %-21s %8.2f ms  (%.2f x checkCommand)%n", names[k], ms[k], ms[k] / ms[0]);
        }
        System.out.printf("targets for %d lines: diagnostics <= 100 ms: %s; completion <= 50 ms: %s%s%n", EditorLatencyBench.LINES,
                ms[1] <= 100 ? "met" : "NOT met", Math.max(ms[2], ms[3]) <= 50 ? "met" : "NOT met", sink < 0 ? "" : "");
    }
}
