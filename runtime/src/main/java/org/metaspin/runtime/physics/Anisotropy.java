package org.metaspin.runtime.physics;

import static org.metaspin.runtime.physics.Constants.kB;
import static org.metaspin.runtime.physics.Constants.mu0;

/** The anisotropy formulas of §8.2 and §8.4, one place for the device, the array kernel and the macrospin. */
final class Anisotropy {
    private Anisotropy() {}

    /** {@code Ku + Ks / tFree - mu0 * Ms^2 / 2}: bulk, interface and shape (thin film demagnetizing) terms. */
    static double keff(double ku, double ks, double tFree, double ms) {
        return ku + ks / tFree - mu0 * ms * ms / 2;
    }

    /** {@code 2 * Keff / (mu0 * Ms)} in A/m. */
    static double hk(double keff, double ms) {
        return 2 * keff / (mu0 * ms);
    }

    /**
     * {@code Keff * V / (kB * T)}; at T = 0 the sign of Keff decides ±infinity (a value, §9.1),
     * and a vanishing Keff has no barrier at all.
     */
    static double delta(double keff, double volume, double temperature) {
        if (temperature == 0) return keff == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, keff);
        return keff * volume / (kB * temperature);
    }

    /**
     * Stoner–Wohlfarth barrier under a transverse field: {@code Delta * (1 - |Bx| / (mu0 Hk))^2},
     * exactly 0 at and above the anisotropy field, whatever Delta (also +infinity at T = 0).
     */
    static double barrier(double delta, double bx, double hk) {
        double b = Math.abs(bx) / (mu0 * hk);
        if (b >= 1) return 0;
        double s = 1 - b;
        return delta * s * s;
    }

    /** The hidden state as the anisotropy sees it (§9.2): nearest of k/(n-1), ties to the higher level. */
    static double quantize(double h, long levels) {
        if (levels < 2) return h;
        double steps = levels - 1;
        return Math.floor(h * steps + 0.5) / steps;
    }
}
