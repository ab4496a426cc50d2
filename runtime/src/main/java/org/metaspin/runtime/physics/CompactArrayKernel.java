package org.metaspin.runtime.physics;

import static org.metaspin.runtime.physics.Constants.e;
import static org.metaspin.runtime.physics.Constants.hbar;
import static org.metaspin.runtime.physics.Constants.kB;
import static org.metaspin.runtime.physics.Constants.mu0;

import java.util.stream.IntStream;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.random.RandomStream;

/**
 * Compact-model write decisions (§9.1) for every device of an array at once, each device with
 * its own varied parameters and its own hidden state. Per device it keeps the six numbers the
 * formulas need at any h, so a decision costs one exp, two divisions, one counter-based
 * uniform and a compare. The uniform of device i at write step s is {@code RandomStream.uniformAt(seed,
 * DOMAIN ^ i, s)}: decisions depend on the seed, never on threads or chunking.
 */
public final class CompactArrayKernel {
    private static final long DOMAIN = 0x4445_4349_4445_0000L; // "DECIDE"
    private static final int CHUNK = 1 << 14;

    private final String who;
    private final int n;
    private final long seed;
    private final long levels;
    private final double[] keff0;      // J/m^3 at h = 0
    private final double[] keffSlope;  // dKs / tFree
    private final double[] hkPerKeff;  // 2 / (mu0 Ms)
    private final double[] deltaPerKeff; // Vact / (kB T); +inf at T = 0
    private final double[] icPerHk;    // Ic = icPerHk * max(0, Hk/2 - |Hx|/sqrt2)
    private final double[] invTau0;

    private CompactArrayKernel(SynapseArray a, long seed) {
        this.who = a.describe();
        this.n = a.size();
        this.seed = seed;
        Device d = a.device();
        d.ms();
        d.thetaSH();
        this.levels = d.params().levels;
        keff0 = new double[n];
        keffSlope = new double[n];
        hkPerKeff = new double[n];
        deltaPerKeff = new double[n];
        icPerHk = new double[n];
        invTau0 = new double[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            DeviceParams p = a.instanceParams(seed, i);
            keff0[i] = p.keff(0);
            keffSlope[i] = p.dKs / p.tFree;
            hkPerKeff[i] = 2 / (mu0 * p.ms);
            deltaPerKeff[i] = p.temperature == 0 ? Double.POSITIVE_INFINITY : p.activationVolume() / (kB * p.temperature);
            icPerHk[i] = (2 * e / hbar) * (mu0 * p.ms * p.tFree / Math.abs(p.thetaSH)) * p.wCh * p.tCh;
            invTau0[i] = 1 / p.tau0;
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
        Checks.finite(who, "current", current);
        Checks.finite(who, "field", field);
        Checks.duration(who, "pulse", pulse);
        int chunks = (n + CHUNK - 1) / CHUNK;
        double absI = Math.abs(current), absB = Math.abs(field), hxTerm = absB / mu0 / CompactMath.SQRT2;
        boolean directed = current != 0 && field != 0;
        return IntStream.range(0, chunks).parallel().mapToLong(c -> {
            int end = Math.min(n, (c + 1) * CHUNK);
            long count = 0;
            for (int i = c * CHUNK; i < end; i++) {
                // u < P with P = (1 - exp(-q)) (directed) or (1 - exp(-q)) / 2: since 1 - exp(-q) <= q,
                // a draw at or above q is decided without the second exp; the rest compare exactly.
                double q = exponentAt(i, h[i], absI, pulse, absB, hxTerm, directed);
                double u = RandomStream.uniformAt(seed, DOMAIN ^ i, step);
                double v = directed ? u : 2 * u;
                boolean s = v < q && v < CompactMath.oneMinusExp(q);
                switched[i] = s;
                if (s) count++;
            }
            return count;
        }).sum();
    }

    /** The switching probability of device {@code i}: the same number {@code switching_probability} gives on its instance. */
    public double probability(int i, double h, double current, double pulse, double field) {
        Checks.hiddenState(who + "[" + i + "]", h);
        return probabilityAt(i, h, current, pulse, field);
    }

    private double probabilityAt(int i, double h, double current, double pulse, double field) {
        boolean directed = current != 0 && field != 0;
        double q = exponentAt(i, h, Math.abs(current), pulse, Math.abs(field), Math.abs(field) / mu0 / CompactMath.SQRT2, directed);
        return directed ? CompactMath.oneMinusExp(q) : CompactMath.oneMinusExp(q) / 2;
    }

    /** Kept out of the loop's method so that it stays small enough to inline. */
    private RuntimeFailure rejected(int i, double h, double keff) {
        String cell = who + "[" + i + "]";
        Checks.hiddenState(cell, h);
        return RuntimeFailure.invalid(cell + ": switching needs a perpendicular free layer, but Keff = " + keff + " J/m^3 at h = " + h);
    }

    /**
     * The exponent q of {@code P = 1 - exp(-q)} (directed) or {@code (1 - exp(-q)) / 2}: pulse / tau,
     * twice that when undirected (§9.1). The operating point's invariants come in precomputed.
     */
    private double exponentAt(int i, double h, double absCurrent, double pulse, double absField, double hxTerm, boolean directed) {
        double keff = keff0[i] + keffSlope[i] * Anisotropy.quantize(h, levels);
        if (!(h >= 0 && h <= 1) || !(keff > 0)) throw rejected(i, h, keff);
        if (pulse == 0) return 0;
        double hk = keff * hkPerKeff[i];
        double barrier = Anisotropy.barrier(keff * deltaPerKeff[i], absField, hk);
        double x = 0;
        if (absCurrent != 0) x = CompactMath.overdrive(absCurrent, Math.max(0, icPerHk[i] * (hk / 2 - hxTerm)));
        // pulse / tau: thermally activated below the threshold, precessional above it
        double r = x < 1 ? pulse * invTau0[i] * Math.exp(-barrier * (1 - x)) : pulse * invTau0[i] * Math.max(1, x - 1);
        return directed ? r : 2 * r;
    }
}
