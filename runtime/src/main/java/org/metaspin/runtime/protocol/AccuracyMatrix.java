package org.metaspin.runtime.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.learn.train.Metrics;

/**
 * A run's accuracy matrix R and baseline b (§10.4), and the metrics run.json reports. An
 * `evaluate` before the first `train` of the run is the baseline, every later one a row of R.
 * R need not be square (the metrics use its last row and the rows that exist, see {@link
 * Metrics}). A metric that cannot be computed is named with the reason, never dropped in
 * silence.
 */
final class AccuracyMatrix {
    private final List<double[]> rows = new ArrayList<>();
    private double[] baseline;

    /** Adds an evaluation; returns true when it is the baseline (no train yet, nothing recorded yet). */
    boolean add(double[] row, boolean trained) {
        if (!trained && rows.isEmpty() && baseline == null) {
            baseline = row.clone();
            return true;
        }
        rows.add(row.clone());
        return false;
    }

    boolean isEmpty() { return rows.isEmpty() && baseline == null; }

    List<double[]> rows() { return List.copyOf(rows); }

    double[] baseline() { return baseline; }

    /**
     * The computed metrics into {@code metrics}, the reasons for the others into {@code
     * missing}; returns a note when R is not square (null otherwise). The formulas are the
     * builtins' ({@link Metrics}); what they reject is named here as missing with their reason.
     */
    String metrics(Map<String, Object> metrics, Map<String, String> missing) {
        if (rows.isEmpty()) {
            if (baseline != null) {
                for (String m : List.of("acc", "bwt", "forgetting", "fwt")) {
                    missing.put(m, "only the baseline evaluation (before the first train): R has no row");
                }
            }
            return null;
        }
        double[][] r = rows.toArray(new double[0][]);
        metric("acc", () -> Metrics.acc(r), metrics, missing);
        metric("bwt", () -> Metrics.bwt(r), metrics, missing);
        metric("forgetting", () -> Metrics.forgetting(r), metrics, missing);
        if (baseline == null) missing.put("fwt", "no baseline: fwt needs an evaluate before the first train");
        else metric("fwt", () -> Metrics.fwt(r, baseline), metrics, missing);
        int n = r.length;
        int t = r[n - 1].length;
        if (n == t) return null;
        return "R has " + n + " row" + (n == 1 ? "" : "s") + " for " + t + " task" + (t == 1 ? "" : "s")
                + ": the metrics use its last row and the rows that exist";
    }

    private static void metric(String name, java.util.function.DoubleSupplier f, Map<String, Object> metrics,
                               Map<String, String> missing) {
        try {
            metrics.put(name, f.getAsDouble());
        } catch (RuntimeFailure e) {
            missing.put(name, e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        }
    }

    /** accuracy.csv: the baseline (row "baseline") and the rows of R, one column per task. */
    String csv() {
        int tasks = baseline == null ? 0 : baseline.length;
        for (double[] r : rows) tasks = Math.max(tasks, r.length);
        StringBuilder sb = new StringBuilder("after");
        for (int j = 0; j < tasks; j++) sb.append(",task").append(j);
        sb.append('\n');
        if (baseline != null) row(sb.append("baseline"), baseline);
        for (int i = 0; i < rows.size(); i++) row(sb.append(i), rows.get(i));
        return sb.toString();
    }

    private static void row(StringBuilder sb, double[] r) {
        for (double v : r) sb.append(',').append(RecordsCsv.number(v));
        sb.append('\n');
    }

}
