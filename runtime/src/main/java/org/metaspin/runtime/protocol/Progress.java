package org.metaspin.runtime.protocol;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * A line on the terminal when a run starts, after each `evaluate`, and when it ends, so a
 * long experiment is not silent. Only when standard error is a terminal: a script's or a
 * test's output stays exactly the program's own.
 */
final class Progress {
    private static final boolean INTERACTIVE = System.console() != null;

    /** `metaspin -q` sets the property: no progress lines. */
    private static boolean quiet() {
        return Boolean.getBoolean("metaspin.quiet");
    }

    private Progress() {}

    static void started(Run r) {
        if (!INTERACTIVE || quiet()) return;
        StringBuilder sb = new StringBuilder("run ").append(r.protocol()).append('(');
        boolean first = true;
        for (Map.Entry<String, Object> e : r.arguments().entrySet()) {
            if (!first) sb.append(", ");
            first = false;
            sb.append(e.getKey()).append(" = ").append(e.getValue() instanceof Double d ? QuantityFormat.formatReal(d) : e.getValue());
        }
        err().println(sb.append(")  -> ").append(r.directory()));
    }

    static void evaluated(Run r, int row, double[] accuracies) {
        if (!INTERACTIVE || quiet()) return;
        StringBuilder sb = new StringBuilder("  ").append(r.protocol()).append(": evaluation ").append(row).append(", accuracy");
        for (double a : accuracies) sb.append(' ').append(String.format("%.3f", a));
        err().println(sb.append("  (").append(elapsed(r)).append(')'));
    }

    static void ended(Run r, Throwable failure) {
        if (!INTERACTIVE || quiet()) return;
        err().println("  " + r.protocol() + (failure == null ? ": finished" : ": stopped") + " after " + elapsed(r));
    }

    private static String elapsed(Run r) {
        return QuantityFormat.formatReal(Duration.between(r.start(), Instant.now()).toMillis() / 1000.0) + " s";
    }

    private static PrintStream err() {
        return System.err;
    }
}
