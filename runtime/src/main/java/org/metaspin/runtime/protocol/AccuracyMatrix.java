package org.metaspin.runtime.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run's accuracy matrix R and baseline b (§10.4), and the metrics run.json reports. An
 * `evaluate` before the first `train` of the run is the baseline, every later one a row of R.
 * R need not be square: with n rows of T tasks, the last row is the final state and the
 * metrics use the rows that exist (j < min(n, T) - 1 for bwt and forgetting, 1 <= j <=
 * min(n, T - 1) for fwt). A metric that cannot be computed is named with the reason, never
 * dropped in silence.
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
     * missing}; returns a note when R is not square (null otherwise).
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
        int n = rows.size();
        double[] last = rows.get(n - 1);
        int t = last.length;
        metrics.put("acc", mean(last, 0, t));
        int span = Math.min(n, t) - 1;
        if (span <= 0) {
            if (t == 1) {
                metrics.put("bwt", 0.0);
                metrics.put("forgetting", 0.0);
            } else {
                missing.put("bwt", "R has one row: no earlier task to compare with");
                missing.put("forgetting", "R has one row: no earlier task to compare with");
            }
        } else {
            double bwt = 0;
            double forgetting = 0;
            for (int j = 0; j < span; j++) {
                double[] own = rows.get(j);
                double best = Double.NEGATIVE_INFINITY;
                for (int l = 0; l < n - 1; l++) if (j < rows.get(l).length) best = Math.max(best, rows.get(l)[j]);
                bwt += last[j] - (j < own.length ? own[j] : Double.NaN);
                forgetting += best - last[j];
            }
            metrics.put("bwt", bwt / span);
            metrics.put("forgetting", forgetting / span);
        }
        fwt(metrics, missing, n, t);
        if (n == t) return null;
        return "R has " + n + " row" + (n == 1 ? "" : "s") + " for " + t + " task" + (t == 1 ? "" : "s")
                + ": the metrics use its last row and the rows that exist";
    }

    private void fwt(Map<String, Object> metrics, Map<String, String> missing, int n, int t) {
        if (baseline == null) {
            missing.put("fwt", "no baseline: fwt needs an evaluate before the first train");
            return;
        }
        if (baseline.length != t) {
            missing.put("fwt", "the baseline has " + baseline.length + " tasks but R's last row has " + t);
            return;
        }
        int upto = Math.min(n, t - 1);
        if (upto < 1) {
            if (t == 1) metrics.put("fwt", 0.0);
            else missing.put("fwt", "R has no row before a later task's training");
            return;
        }
        double s = 0;
        for (int j = 1; j <= upto; j++) s += (j < rows.get(j - 1).length ? rows.get(j - 1)[j] : Double.NaN) - baseline[j];
        metrics.put("fwt", s / upto);
    }

    private static double mean(double[] a, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += a[i];
        return s / (to - from);
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
