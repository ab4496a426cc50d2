package org.metaspin.runtime.learn.train;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;

/**
 * Continual-learning metrics over the accuracy matrix R (§10.4), after Lopez-Paz and
 * Ranzato (NeurIPS 2017) and Chaudhry et al. (ECCV 2018). R[i][j] is the accuracy on task
 * j after training task i; R must be T x T. With one task there is nothing to transfer or
 * forget: bwt, forgetting and fwt are then 0.
 */
public final class Metrics {
    private Metrics() {}

    @Builtin(doc = "Average accuracy: the mean of the last row of R.")
    public static double acc(@Param(name = "R") double[][] r) {
        int t = size(r, "acc");
        double s = 0;
        for (int j = 0; j < t; j++) s += r[t - 1][j];
        return s / t;
    }

    @Builtin(doc = "Backward transfer: mean over j < T-1 of R[T-1][j] - R[j][j] (negative: forgetting).")
    public static double bwt(@Param(name = "R") double[][] r) {
        int t = size(r, "bwt");
        if (t == 1) return 0;
        double s = 0;
        for (int j = 0; j < t - 1; j++) s += r[t - 1][j] - r[j][j];
        return s / (t - 1);
    }

    @Builtin(doc = "Forgetting: mean over j < T-1 of max_{l < T-1} R[l][j] - R[T-1][j].")
    public static double forgetting(@Param(name = "R") double[][] r) {
        int t = size(r, "forgetting");
        if (t == 1) return 0;
        double s = 0;
        for (int j = 0; j < t - 1; j++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int l = 0; l < t - 1; l++) best = Math.max(best, r[l][j]);
            s += best - r[t - 1][j];
        }
        return s / (t - 1);
    }

    @Builtin(doc = "Forward transfer: mean over j >= 1 of R[j-1][j] - b[j], b the accuracies of the untrained network.")
    public static double fwt(@Param(name = "R") double[][] r, @Param(name = "b") double[] b) {
        int t = size(r, "fwt");
        if (b.length != t) throw RuntimeFailure.invalid("fwt: b has " + b.length + " entries but R is " + t + " x " + t);
        if (t == 1) return 0;
        double s = 0;
        for (int j = 1; j < t; j++) s += r[j - 1][j] - b[j];
        return s / (t - 1);
    }

    private static int size(double[][] r, String fn) {
        int t = r.length;
        if (t == 0) throw RuntimeFailure.invalid(fn + ": the accuracy matrix is empty");
        for (int i = 0; i < t; i++) {
            if (r[i].length != t) {
                throw RuntimeFailure.invalid(fn + ": the accuracy matrix must be square (T x T); row " + i + " has "
                        + r[i].length + " entries, there are " + t + " rows");
            }
        }
        return t;
    }
}
