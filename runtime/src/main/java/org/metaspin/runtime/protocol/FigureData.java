package org.metaspin.runtime.protocol;

import org.metaspin.runtime.api.RuntimeFailure;

/** Checks and conversions of a figure's numbers: finite, drawable, in display units. */
final class FigureData {
    /** Beyond this a chart's range arithmetic (upper - lower) overflows a double. */
    private static final double DRAWABLE = 1e300;

    private FigureData() {}

    static void checkFinite(String what, double[] v, boolean log) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw RuntimeFailure.invalid("plot: " + what + "[" + i + "] is " + (Double.isNaN(v[i]) ? "NaN" : "infinite")
                        + ": a figure needs finite values");
            }
            if (Math.abs(v[i]) > DRAWABLE) {
                throw RuntimeFailure.invalid("plot: " + what + "[" + i + "] = " + v[i] + " is too large to draw (at most 1e300)");
            }
            if (log && v[i] <= 0) {
                throw RuntimeFailure.invalid("plot: " + what + "[" + i + "] = " + v[i] + " on a log axis: every value must be positive");
            }
        }
    }

    static double[] flatten(double[][] m) {
        int n = 0;
        for (double[] r : m) n += r.length;
        double[] out = new double[n];
        int k = 0;
        for (double[] r : m) for (double v : r) out[k++] = v;
        return out;
    }

    static double[] scaled(double[] v, DisplayUnit u) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = u.show(v[i]);
        return out;
    }

    /** Whether every value is a whole number (ticks then fall on integers). */
    static boolean integers(double[] v) {
        for (double x : v) if (x != Math.rint(x) || Math.abs(x) > 1e15) return false;
        return v.length > 0;
    }
}
