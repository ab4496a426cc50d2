package org.metaspin.runtime.physics;

import static org.metaspin.runtime.physics.Constants.e;
import static org.metaspin.runtime.physics.Constants.hbar;
import static org.metaspin.runtime.physics.Constants.mu0;

/** The closed forms of the compact model (§9.1), shared by the device builtins and the array kernel. */
final class CompactMath {
    private CompactMath() {}

    static final double SQRT2 = Math.sqrt(2);

    /**
     * SOT critical current (Lee et al., APL 102, 112410, 2013):
     * {@code Jc = (2e/hbar) (mu0 Ms tFree / |thetaSH|) (Hk/2 - |Hx|/sqrt 2)}, times the channel
     * cross-section; 0 where the field alone exceeds the threshold.
     */
    static double criticalCurrent(double ms, double tFree, double absTheta, double hk, double bx, double wCh, double tCh) {
        double jc = (2 * e / hbar) * (mu0 * ms * tFree / absTheta) * (hk / 2 - Math.abs(bx) / mu0 / SQRT2);
        return Math.max(0, jc) * wCh * tCh;
    }

    /** {@code |I| / Ic}, with the spec's reading of Ic = 0: nothing to overcome without a current, everything with one. */
    static double overdrive(double current, double ic) {
        if (ic == 0) return current == 0 ? 0 : Double.POSITIVE_INFINITY;
        return Math.abs(current) / ic;
    }

    /** Néel–Brown below the threshold (the current lowers the barrier linearly), precessional above it. */
    static double switchingTime(double tau0, double barrier, double i) {
        if (i < 1) return tau0 * Math.exp(barrier * (1 - i));
        return tau0 / Math.max(1, i - 1);
    }

    /**
     * Probability of ending opposite after a time {@code t}. Directed (a current and a field pick
     * the target): {@code 1 - exp(-t/tau)}. Undirected: hops both ways, {@code (1 - exp(-2t/tau)) / 2}.
     */
    static double probability(double t, double tau, boolean directed) {
        return probabilityFromRate(t / tau, directed);
    }

    /** The same from {@code r = t / tau}. */
    static double probabilityFromRate(double r, boolean directed) {
        return directed ? oneMinusExp(r) : oneMinusExp(2 * r) / 2;
    }

    /**
     * {@code 1 - exp(-r)} within 1e-11 relative, without {@code Math.expm1} (a library call several
     * times slower than the {@code exp} intrinsic, and this sits in the array kernel's loop):
     * the cubic series below 1e-5, where the subtraction would cancel.
     */
    static double oneMinusExp(double r) {
        if (r < 1e-5) return r * (1 - r / 2 * (1 - r / 3));
        return 1 - Math.exp(-r);
    }
}
