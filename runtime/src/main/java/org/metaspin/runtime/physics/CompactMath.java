package org.metaspin.runtime.physics;

import static org.metaspin.runtime.physics.Constants.mu0;

/**
 * The closed forms of the compact model (§9.1), shared by the device builtins and the array
 * kernel. Everything a device contributes comes in as the per-device coefficients of
 * {@link DeviceParams} (at its temperature), so that one call costs no allocation and a
 * training kernel can call it per weight with each device's own hidden state.
 */
final class CompactMath {
    private CompactMath() {}

    static final double SQRT2 = Math.sqrt(2);
    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double INV_SQRT_PI = 1 / SQRT_PI;
    private static final double INV_MU0 = 1 / mu0;

    /**
     * SOT critical current: {@code Ic = icPerHk * max(0, Hk / 2 - |Hx| / sqrt 2)}, {@code Hx = Bx / mu0}.
     */
    static double criticalCurrent(double icPerHk, double hk, double absB) {
        return Math.max(0, icPerHk * (hk / 2 - absB / mu0 / SQRT2));
    }

    /** Stoner–Wohlfarth barrier {@code Delta (1 - |Bx| / (mu0 Hk))^2}, 0 from the anisotropy field on. */
    static double barrier(double delta, double absB, double hk) {
        return Anisotropy.barrier(delta, absB, hk);
    }

    /**
     * Brown's attempt time {@code tauD sqrt(pi / max(DeltaB, 1))}, {@code tauD = tauDTimesHk / Hk}
     * (Brown, Phys. Rev. 130, 1677, 1963, high-barrier limit for the uniaxial case); 0 at T = 0.
     */
    static double brownTau0(double tauDTimesHk, double hk, double barrier, boolean cold) {
        if (cold) return 0;
        return tauDTimesHk / hk * SQRT_PI / Math.sqrt(Math.max(barrier, 1));
    }

    /**
     * The switching rate {@code 1 / tau} of §9.1 for a pulse of {@code |I| = absI} under
     * {@code |Bx| = absB}, on a perpendicular device ({@code keff > 0}) whose coefficients are
     * given ({@code hkOverTauD = 1 / tauDTimesHk}). {@code tau0} is the device's own attempt time or NaN for Brown's. Thermally
     * activated below the threshold, {@code exp(-DeltaB (1 - i)) / tau0}; at and above it the
     * thermal rate plus the precessional {@code (i - 1) / tPrec}, {@code tPrec = tauD ln(pi / (2
     * theta0))}. At T = 0 ({@code deltaPerKeff} infinite) only the precessional rate remains.
     */
    static double rate(double keff, double hkPerKeff, double deltaPerKeff, double icPerHk, double hkOverTauD, double tau0,
                       double absI, double absB) {
        double hk = keff * hkPerKeff;
        boolean cold = deltaPerKeff == Double.POSITIVE_INFINITY;
        double tilt = tilt(absB, hk);
        double barrier = fieldBarrier(keff, deltaPerKeff, tilt);
        double i = absI == 0 ? 0 : overdrive(absI, criticalCurrent(icPerHk, hk, absB));
        double thermal = cold ? 0 : attemptRate(barrier, hk, hkOverTauD, tau0);
        if (i < 1) return cold ? 0 : thermal * Math.exp(-barrier * (1 - i));
        return aboveThreshold(thermal, i, 1 / (hk * hkOverTauD), barrier, tilt, cold);
    }

    /**
     * An upper bound of {@link #rate} with the same arguments, without its exp: for a decision
     * {@code u < P <= pulse * rate} that a draw at or above {@code pulse * rateBound} settles
     * (in a kernel, about all draws but the fraction that switches). +infinity where it gives
     * no bound: at and above the threshold, at T = 0, and where the device is not
     * perpendicular (which the exact path rejects).
     */
    static double rateBound(double keff, double hkPerKeff, double deltaPerKeff, double icPerHk, double hkOverTauD, double tau0,
                            double absI, double absB) {
        double hk = keff * hkPerKeff;
        double ic = criticalCurrent(icPerHk, hk, absB);
        double over = absI / ic;
        if (!(keff > 0 && ic > 0 && over < 1 && deltaPerKeff < Double.POSITIVE_INFINITY)) return Double.POSITIVE_INFINITY;
        double barrier = fieldBarrier(keff, deltaPerKeff, tilt(absB, hk));
        double bound = attemptRate(barrier, hk, hkOverTauD, tau0) * expNegUpper(barrier * (1 - over));
        return bound >= 0 ? bound : Double.POSITIVE_INFINITY;
    }

    /** The field over the anisotropy field, {@code |Bx| / (mu0 Hk)}. */
    static double tilt(double absB, double hk) {
        return absB * INV_MU0 / hk;
    }

    /** The barrier {@code DeltaB = Keff Vact / (kB T) (1 - tilt)^2} under the field, 0 from the anisotropy field on. */
    static double fieldBarrier(double keff, double deltaPerKeff, double tilt) {
        if (!(tilt < 1)) return 0;
        double s = 1 - tilt;
        return keff * deltaPerKeff * s * s;
    }

    /**
     * {@code 1 / tau0}: the device's own, or Brown's {@code sqrt(max(DeltaB, 1) / pi) / tauD} with
     * {@code tauD = 1 / (Hk * hkOverTauD)}, which needs no division.
     */
    static double attemptRate(double barrier, double hk, double hkOverTauD, double tau0) {
        return Double.isNaN(tau0) ? Math.sqrt(Math.max(barrier, 1)) * INV_SQRT_PI * hk * hkOverTauD : 1 / tau0;
    }

    /** Kept apart so that the thermal branch, which most decisions take, stays small enough to inline. */
    private static double aboveThreshold(double thermal, double i, double tauD, double barrier, double tilt, boolean cold) {
        if (i == Double.POSITIVE_INFINITY) return Double.POSITIVE_INFINITY;
        if (i == 1) return thermal;
        if (tilt >= 1) return Double.POSITIVE_INFINITY;
        return thermal + (i - 1) / precessionTime(tauD, barrier, tilt, cold);
    }

    /**
     * {@code tauD ln(pi / (2 theta0))}, {@code theta0} the larger of the thermal spread
     * {@code 1 / sqrt(2 max(DeltaB, 1))} (none at T = 0) and the field's tilt {@code asin(|Bx| / (mu0 Hk))}
     * (Sun, PRB 62, 570, 2000); +infinity from a start exactly on the axis.
     */
    static double precessionTime(double tauD, double barrier, double tilt, boolean cold) {
        double thermalAngle = cold ? 0 : 1 / Math.sqrt(2 * Math.max(barrier, 1));
        // asin(tilt) <= thermalAngle whenever tilt <= x - x^3/6 <= sin(x): the common case needs no asin
        double x = thermalAngle;
        double theta0 = tilt <= x - x * x * x / 6 ? x : Math.max(x, Math.asin(Math.min(1, tilt)));
        if (theta0 == 0) return Double.POSITIVE_INFINITY;
        return tauD * Math.log(Math.PI / (2 * theta0));
    }

    /** {@code |I| / Ic}, with the spec's reading of Ic = 0: nothing to overcome without a current, everything with one. */
    static double overdrive(double absI, double ic) {
        if (ic == 0) return absI == 0 ? 0 : Double.POSITIVE_INFINITY;
        return absI / ic;
    }

    /** The deterministic fraction {@code d = min(1, |Bx| / Bdet)} of a write with a current, 0 without one. */
    static double directedFraction(double absI, double absB, double bdet) {
        return absI == 0 ? 0 : Math.min(1, absB / bdet);
    }

    /**
     * {@code P = d (1 - exp(-r)) + (1 - d) (1 - exp(-2 r)) / 2} with {@code r = t / tau}: the
     * directed part switches once, the rest hops both ways. Written {@code (1 - e^-r) (d + (1 - d)
     * (1 + e^-r) / 2)}: one exp. {@code P <= r} always, which the array kernel uses.
     */
    static double probability(double r, double d) {
        if (r == Double.POSITIVE_INFINITY) return d + (1 - d) / 2;
        double a = oneMinusExp(r);
        return a * (d + (1 - d) * (2 - a) / 2);
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

    private static final double LOG2E = 1 / Math.log(2);
    /** Adding 1.5 * 2^52 rounds a double below 2^51 to an integer, left in the low bits of the sum. */
    private static final double ROUNDER = 0x1.8p52;
    private static final long ROUNDER_BITS = Double.doubleToRawLongBits(ROUNDER);
    /** The chord of 2^-f over [-1/2, 1/2], raised by 1e-9 for the rounding of this and of the exact path. */
    private static final double CHORD0 = (Math.sqrt(2) + Math.sqrt(0.5)) / 2 * (1 + 1e-9);
    private static final double CHORD1 = (Math.sqrt(2) - Math.sqrt(0.5)) * (1 + 1e-9);

    /**
     * An upper bound of {@code exp(-x)} for {@code x >= 0} (not NaN), at most 6.2 % above it,
     * for a decision that a draw settles without the exact value: with {@code x log2(e) = k + f},
     * k the nearest integer, {@code exp(-x) = 2^-k 2^-f}, and {@code 2^-f} lies below its chord
     * over [-1/2, 1/2], since it is convex. Below {@code 2^-1000} it answers about {@code 2^-1000}.
     * No exp and no conversion instruction: the sum with {@link #ROUNDER} does the rounding.
     */
    static double expNegUpper(double x) {
        double y = x * LOG2E;
        if (!(y < 1000)) y = 1000;
        double t = y + ROUNDER;
        long k = Double.doubleToRawLongBits(t) - ROUNDER_BITS;
        double f = y - (t - ROUNDER);
        return Double.longBitsToDouble((1023 - k) << 52) * (CHORD0 - CHORD1 * f);
    }
}
