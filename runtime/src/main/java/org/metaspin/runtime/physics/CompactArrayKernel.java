package org.metaspin.runtime.physics;

import java.util.stream.IntStream;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.random.RandomStream;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * Compact-model write decisions (§9.1) for every device of an array at once, each device with
 * its own varied parameters and its own hidden state. Per device it keeps the coefficients of
 * {@link CompactMath#rate} at the device's temperature (shape factor and Curie scaling
 * included). A decision is {@code u < P}, and {@code P <= r = pulse / tau}: {@link #decide}
 * first bounds {@code r} from above without an exp ({@link CompactMath#expNegUpper}) and
 * computes the exact {@code P} only for the draws below the bound (about the fraction that
 * switches), so it decides exactly as the exact path alone would, and allocates nothing. The
 * uniform of device i at
 * write step s is {@code RandomStream.uniformAt(seed, DOMAIN ^ i, s)}: decisions depend on the
 * seed, never on threads or chunking, and {@link #switches} (one weight) draws the same number
 * as {@link #decide} (all of them).
 */
public final class CompactArrayKernel {
    private static final long DOMAIN = 0x4445_4349_4445_0000L; // "DECIDE"
    private static final int CHUNK = 1 << 14;

    private final String who;
    private final int n;
    private final long seed;
    private final long levels;
    private final double bdet;
    private final double[] keff0;        // J/m^3 at h = 0
    private final double[] keffSlope;    // dKs(T) / tFree
    private final double[] hkPerKeff;    // 2 / (mu0 Ms(T))
    private final double[] deltaPerKeff; // Vact / (kB T); +inf at T = 0
    private final double[] icPerHk;      // Ic = icPerHk * max(0, Hk/2 - |Hx|/sqrt2)
    private final double[] hkOverTauD;   // alpha gamma mu0 / (1 + alpha^2) = 1 / (tauD Hk)
    private final double[] tau0;         // the devices' own attempt times; null: Brown's

    private CompactArrayKernel(SynapseArray a, long seed) {
        this.who = a.describe();
        this.n = a.size();
        this.seed = seed;
        Device d = a.device();
        d.msAt();
        d.thetaSH();
        d.tChannel();
        d.alpha();
        DeviceParams base = d.params();
        this.levels = base.levels;
        this.bdet = base.bdet;
        keff0 = new double[n];
        keffSlope = new double[n];
        hkPerKeff = new double[n];
        deltaPerKeff = new double[n];
        icPerHk = new double[n];
        hkOverTauD = new double[n];
        tau0 = Double.isNaN(base.tau0) ? null : new double[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            DeviceParams p = a.instanceParams(seed, i);
            if (Double.isNaN(p.reducedMagnetization())) {
                throw RuntimeFailure.invalid(who + "[" + i + "]: " + ArgumentChecks.atOrAboveCurie(p.temperature, p.tc));
            }
            keff0[i] = p.keff(0);
            keffSlope[i] = p.keffSlope();
            hkPerKeff[i] = p.hkPerKeff();
            deltaPerKeff[i] = p.deltaPerKeff();
            icPerHk[i] = p.icPerHk();
            hkOverTauD[i] = p.invTauDTimesHk();
            if (tau0 != null) tau0[i] = p.tau0;
        });
    }

    /** Precomputes the devices of {@code array} for the run with {@code seed}. */
    public static CompactArrayKernel of(SynapseArray array, long seed) {
        return new CompactArrayKernel(array, seed);
    }

    public int size() { return n; }

    /**
     * Write step {@code step}: a pulse of {@code current} for {@code pulse} under {@code field}
     * on every device, device i at hidden state {@code h[i]}. Sets {@code switched[i]} and
     * returns how many switched.
     */
    public long decide(double[] h, double current, double pulse, double field, long step, boolean[] switched) {
        if (h.length != n || switched.length != n) throw new IllegalArgumentException("arrays must have " + n + " elements");
        checkOperatingPoint(current, pulse, field);
        int chunks = (n + CHUNK - 1) / CHUNK;
        double absI = Math.abs(current), absB = Math.abs(field);
        double d = CompactMath.directedFraction(absI, absB, bdet);
        return IntStream.range(0, chunks).parallel().mapToLong(c -> {
            int end = Math.min(n, (c + 1) * CHUNK);
            long count = 0;
            for (int i = c * CHUNK; i < end; i++) {
                double u = RandomStream.uniformAt(seed, DOMAIN ^ i, step);
                // not "u <": a pulse of 0 times an infinite bound is NaN, and the exact path must see that cell
                boolean s = !(u >= pulse * rateBound(i, h[i], absI, absB)) && decideAt(i, h[i], absI, pulse, absB, d, u);
                switched[i] = s;
                if (s) count++;
            }
            return count;
        }).sum();
    }

    /** {@link CompactMath#rateBound} of device {@code i}; +infinity for a hidden state the exact path rejects. */
    private double rateBound(int i, double h, double absI, double absB) {
        if (!(h >= 0 && h <= 1)) return Double.POSITIVE_INFINITY;
        double keff = keff0[i] + keffSlope[i] * Anisotropy.quantize(h, levels);
        return CompactMath.rateBound(keff, hkPerKeff[i], deltaPerKeff[i], icPerHk[i], hkOverTauD[i],
                tau0 == null ? Double.NaN : tau0[i], absI, absB);
    }

    /**
     * Whether device {@code i} at hidden state {@code h} switches at write step {@code step}: the
     * decision {@link #decide} makes for it, for a training loop that visits one weight at a time.
     */
    public boolean switches(int i, double h, double current, double pulse, double field, long step) {
        checkOperatingPoint(current, pulse, field);
        double absI = Math.abs(current), absB = Math.abs(field);
        return decideAt(i, h, absI, pulse, absB, CompactMath.directedFraction(absI, absB, bdet), RandomStream.uniformAt(seed, DOMAIN ^ i, step));
    }

    /** The switching probability of device {@code i}: the same number {@code switching_probability} gives on its instance. */
    public double probability(int i, double h, double current, double pulse, double field) {
        ArgumentChecks.hiddenState(who + "[" + i + "]", h);
        checkOperatingPoint(current, pulse, field);
        double absI = Math.abs(current), absB = Math.abs(field);
        double keff = keffAt(i, h);
        if (pulse == 0) return 0;
        return CompactMath.probability(pulse * rateAt(i, keff, absI, absB), CompactMath.directedFraction(absI, absB, bdet));
    }

    private void checkOperatingPoint(double current, double pulse, double field) {
        ArgumentChecks.finite(who, "current", current);
        ArgumentChecks.finite(who, "field", field);
        ArgumentChecks.duration(who, "pulse", pulse);
    }

    /** The exact decision {@code u < P}; since P <= r = pulse / tau, a draw at or above r needs no second exp. */
    private boolean decideAt(int i, double h, double absI, double pulse, double absB, double d, double u) {
        double keff = keffAt(i, h);
        if (pulse == 0) return false;
        double r = pulse * rateAt(i, keff, absI, absB);
        return u < r && u < CompactMath.probability(r, d);
    }

    private double keffAt(int i, double h) {
        double keff = keff0[i] + keffSlope[i] * Anisotropy.quantize(h, levels);
        if (!(h >= 0 && h <= 1) || !(keff > 0)) throw rejected(i, h, keff);
        return keff;
    }

    private double rateAt(int i, double keff, double absI, double absB) {
        return CompactMath.rate(keff, hkPerKeff[i], deltaPerKeff[i], icPerHk[i], hkOverTauD[i],
                tau0 == null ? Double.NaN : tau0[i], absI, absB);
    }

    /** Kept out of the loop's method so that it stays small enough to inline. */
    private RuntimeFailure rejected(int i, double h, double keff) {
        String cell = who + "[" + i + "]";
        ArgumentChecks.hiddenState(cell, h);
        return RuntimeFailure.invalid(cell + ": switching needs a perpendicular free layer, but Keff = "
                + QuantityFormat.format(keff, ArgumentChecks.ENERGY_DENSITY) + " at h = " + QuantityFormat.formatReal(h));
    }
}
