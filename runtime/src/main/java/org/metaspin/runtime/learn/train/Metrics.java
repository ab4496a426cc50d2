package org.metaspin.runtime.learn.train;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;

/**
 * Continual-learning metrics over the accuracy matrix R (§10.4), after Lopez-Paz and
 * Ranzato (NeurIPS 2017) and Chaudhry et al. (ECCV 2018). R[i][j] is the accuracy on task
 * j after training task i. R need not be square (§10.4): with n rows of T tasks (T the
 * length of the last row, the final state), bwt and forgetting average over
 * j < min(n, T) - 1 and fwt over 1 <= j <= min(n, T - 1). With one task there is nothing
 * to transfer or forget: bwt, forgetting and fwt are 0. A metric that has nothing to
 * average (one row of several tasks) is R0005 with the reason, never a silent value; a
 * run's record names such a metric as missing with that reason instead.
 */
public final class Metrics {
    private Metrics() {}

    @Builtin(doc = "Average accuracy: the mean of the last row of R.")
    public static double acc(@Param(name = "R") double[][] r) {
        double[] last = last(r, "acc");
        double s = 0;
        for (double v : last) s += v;
        return s / last.length;
    }

    @Builtin(doc = "Backward transfer: mean over j < T-1 of R[T-1][j] - R[j][j] (negative: forgetting); with fewer "
            + "rows than tasks, over the tasks trained before the last row.")
    public static double bwt(@Param(name = "R") double[][] r) {
        double[] last = last(r, "bwt");
        int span = span(r, last, "bwt");
        if (span == 0) return 0;
        double s = 0;
        for (int j = 0; j < span; j++) s += last[j] - at(r, j, j, "bwt");
        return s / span;
    }

    @Builtin(doc = "Forgetting: mean over j < T-1 of max_{l < T-1} R[l][j] - R[T-1][j]; with fewer rows than tasks, "
            + "over the tasks trained before the last row.")
    public static double forgetting(@Param(name = "R") double[][] r) {
        double[] last = last(r, "forgetting");
        int span = span(r, last, "forgetting");
        if (span == 0) return 0;
        double s = 0;
        for (int j = 0; j < span; j++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int l = 0; l < r.length - 1; l++) if (j < r[l].length) best = Math.max(best, r[l][j]);
            s += best - last[j];
        }
        return s / span;
    }

    @Builtin(doc = "Forward transfer: mean over j >= 1 of R[j-1][j] - b[j], b the accuracies of the untrained network "
            + "(an evaluate before the first train).")
    public static double fwt(@Param(name = "R") double[][] r, @Param(name = "b") double[] b) {
        double[] last = last(r, "fwt");
        int t = last.length;
        if (b.length != t) throw RuntimeFailure.invalid("fwt: b has " + b.length + " entries but R's last row has " + t);
        int upto = Math.min(r.length, t - 1);
        if (t == 1) return 0;
        double s = 0;
        for (int j = 1; j <= upto; j++) s += at(r, j - 1, j, "fwt") - b[j];
        return s / upto;
    }

    private static double[] last(double[][] r, String fn) {
        if (r.length == 0) throw RuntimeFailure.invalid(fn + ": the accuracy matrix is empty");
        double[] last = r[r.length - 1];
        if (last.length == 0) throw RuntimeFailure.invalid(fn + ": the last row of the accuracy matrix is empty");
        return last;
    }

    private static int span(double[][] r, double[] last, String fn) {
        int span = Math.min(r.length, last.length) - 1;
        if (span == 0 && last.length > 1) {
            throw RuntimeFailure.invalid(fn + ": R has one row of " + last.length + " tasks: no earlier task to compare with");
        }
        return span;
    }

    private static double at(double[][] r, int i, int j, String fn) {
        if (j >= r[i].length) {
            throw RuntimeFailure.invalid(fn + ": row " + i + " of R has " + r[i].length + " entries, it needs task " + j);
        }
        return r[i][j];
    }
}
