package org.metaspin.runtime.physics;

import org.metaspin.runtime.random.RandomStream;

/**
 * Standard normal variates from a {@link RandomStream} by the ziggurat method (Marsaglia and
 * Tsang, J. Stat. Softw. 5(8), 2000), in Doornik's ZIGNOR form (2005) that draws the strip
 * index and the abscissa from disjoint bits. About 99 % of draws cost one 64-bit word, a
 * multiply and a compare: the thermal field of the macrospin needs three per step, and the
 * polar method's log and sqrt would dominate the step.
 */
final class Ziggurat {
    private Ziggurat() {}

    private static final int C = 128;
    /** Start of the tail and area of each strip for C = 128 (Marsaglia and Tsang, 2000). */
    private static final double R = 3.442619855899;
    private static final double V = 9.91256303526217e-3;

    private static final double[] X = new double[C + 1];
    private static final double[] RATIO = new double[C];

    static {
        double f = Math.exp(-0.5 * R * R);
        X[0] = V / f;
        X[1] = R;
        for (int i = 2; i < C; i++) {
            X[i] = Math.sqrt(-2 * Math.log(V / X[i - 1] + f));
            f = Math.exp(-0.5 * X[i] * X[i]);
        }
        X[C] = 0;
        for (int i = 0; i < C; i++) RATIO[i] = X[i + 1] / X[i];
    }

    static double next(RandomStream rs) {
        while (true) {
            long bits = rs.nextLong();
            int i = (int) (bits & (C - 1));
            double u = 2 * ((bits >>> 11) * 0x1.0p-53) - 1;
            if (Math.abs(u) < RATIO[i]) return u * X[i];
            double x = slow(rs, i, u);
            if (!Double.isNaN(x)) return x;
        }
    }

    /** The wedges and the tail; NaN: rejected, draw again. */
    private static double slow(RandomStream rs, int i, double u) {
        if (i == 0) return tail(rs, u < 0);
        double x = u * X[i];
        double f0 = Math.exp(-0.5 * (X[i] * X[i] - x * x));
        double f1 = Math.exp(-0.5 * (X[i + 1] * X[i + 1] - x * x));
        return f1 + rs.nextDouble() * (f0 - f1) < 1.0 ? x : Double.NaN;
    }

    /** Marsaglia's tail method (1964) beyond R. */
    private static double tail(RandomStream rs, boolean negative) {
        double x, y;
        do {
            x = Math.log(1 - rs.nextDouble()) / R;
            y = Math.log(1 - rs.nextDouble());
        } while (-2 * y < x * x);
        return negative ? x - R : R - x;
    }
}
