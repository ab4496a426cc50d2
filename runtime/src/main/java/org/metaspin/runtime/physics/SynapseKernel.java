package org.metaspin.runtime.physics;

import java.util.function.LongUnaryOperator;
import java.util.stream.IntStream;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * The devices behind a network's weights (§10.3), flattened once: for weight {@code g}, the
 * coefficients of its device's switching rate (§9.1), the closed form of one gate operation at
 * {@code +Vgate} and at {@code -Vgate} for {@code gatePulse} (§9.2), and the energies of one
 * write pulse and one gate operation (§9.1). A training step then costs per weight a few
 * multiplications, at most one exp and one sqrt, and allocates nothing.
 *
 * <p>Without variability every device is the same: the arrays then hold one entry and the
 * index is masked to 0, so the kernel reads a few cache lines instead of ~100 bytes per weight.
 * Everything a device needs is checked here, once, before training: R0005 naming the array, the
 * device and what is missing.
 */
public final class SynapseKernel {
    private final String who;
    private final int mask;           // -1: one entry per weight; 0: one shared entry
    private final boolean binary;
    // switching (binary networks)
    private final long levels;
    private final double absI;
    private final double pulse;
    private final double absB;
    private final double directed;
    private final double[] keff0;
    private final double[] keffSlope;
    private final double[] hkPerKeff;
    private final double[] deltaPerKeff;
    private final double[] icPerHk;
    private final double[] hkOverTauD;
    private final double[] tau0;      // NaN entries: Brown's
    // gate operations
    private final double[] upEq;
    private final double[] upKeep;
    private final double[] downEq;
    private final double[] downKeep;
    // analog pulses (real-valued networks): w moves a fraction 1 - keep of the way to the bound
    private double wmin = Double.NaN;
    private double wmax = Double.NaN;
    private double keepUp = 1;
    private double keepDown = 1;
    // energies
    private final double[] writeEnergy;  // I^2 R t of one write pulse
    private final double[] gateCharge;   // C V^2 of one gate operation
    private final double[] gateIonic;    // qIon * area * |V|: energy per unit |dh|

    private SynapseKernel(String who, int entries, boolean varied, boolean binary, long levels, double absI, double pulse, double absB,
                          double directed) {
        this.who = who;
        this.mask = varied ? -1 : 0;
        this.binary = binary;
        this.levels = levels;
        this.absI = absI;
        this.pulse = pulse;
        this.absB = absB;
        this.directed = directed;
        int k = binary ? entries : 0;
        keff0 = new double[k];
        keffSlope = new double[k];
        hkPerKeff = new double[k];
        deltaPerKeff = new double[k];
        icPerHk = new double[k];
        hkOverTauD = new double[k];
        tau0 = new double[k];
        upEq = new double[k];
        upKeep = new double[k];
        downEq = new double[k];
        downKeep = new double[k];
        writeEnergy = new double[k];
        gateCharge = new double[entries];
        gateIonic = new double[entries];
    }

    /**
     * The devices of {@code count} weights of a binary network on {@code array}: weight g is device
     * {@code deviceOf(g)} of the run with {@code seed}. R0005 before anything is trained when the
     * device cannot hold a binary weight: not a compact model, no gate, no write operating point,
     * not perpendicular at h = 0 or h = 1.
     */
    public static SynapseKernel binary(SynapseArray array, long seed, int count, LongUnaryOperator deviceOf) {
        String who = array.describe();
        Device d = array.device();
        String dev = d.describe();
        if (!(d.model() instanceof Model.Compact)) {
            throw RuntimeFailure.invalid(who + ": a binary network needs compact-model devices (magnetization = weight, gate state = "
                    + "hidden magnitude), but " + dev + " uses " + d.model()
                    + (d.model() instanceof Model.Analog ? "; an analog device takes a real-valued network (binary = false)" : ""));
        }
        if (!d.hasGate()) {
            throw RuntimeFailure.invalid(who + ": a binary network needs devices with a magneto-ionic gate block (the hidden state), but "
                    + dev + " has no `gate`; add `gate { dKs = …; tau = …; V0 = … }` (dKs = 0 for an ungated baseline)");
        }
        double vgate = required(array, "Vgate", "the gate voltage of consolidation");
        double current = required(array, "current", "the write current");
        double pulse = required(array, "pulse", "the write pulse");
        double field = fieldOf(array);
        double gatePulse = array.gatePulse();
        d.msAt();
        d.thetaSH();
        d.alpha();
        d.rho();
        Energy.gateCapacitance(d);
        DeviceParams base = d.params();
        boolean varied = !array.variation().isEmpty();
        int entries = varied ? count : 1;
        double absI = Math.abs(current), absB = Math.abs(field);
        SynapseKernel k = new SynapseKernel(who, entries, varied, true, base.levels, absI, pulse, absB,
                CompactMath.directedFraction(absI, absB, base.bdet));
        IntStream.range(0, entries).parallel().forEach(g -> k.fillBinary(g, array.instanceParams(seed, deviceOf.applyAsLong(g)),
                deviceOf.applyAsLong(g), vgate, current, gatePulse));
        return k;
    }

    /**
     * The devices of {@code count} weights of a real-valued network on an analog array: what a
     * gate pulse costs. R0005 unless the device is analog, has a gate oxide with epsR and a gate
     * voltage is set.
     */
    public static SynapseKernel analog(SynapseArray array, long seed, int count, LongUnaryOperator deviceOf) {
        String who = array.describe();
        Device d = array.device();
        if (!(d.model() instanceof Model.Analog)) {
            throw RuntimeFailure.invalid(who + ": a real-valued network (binary = false) needs analog(…) devices, but " + d.describe()
                    + " uses " + d.model() + "; use binary = true for a compact-model device with a gate");
        }
        double vgate = required(array, "Vgate", "the gate voltage of the analog pulses");
        Energy.gateCapacitance(d);
        boolean varied = !array.variation().isEmpty();
        int entries = varied ? count : 1;
        double field = fieldOf(array);
        AnalogUpdate.requireStableUnder(d, field);
        Model.Analog m = (Model.Analog) d.model();
        SynapseKernel k = new SynapseKernel(who, entries, varied, false, 0, 0, 0, Math.abs(field), 0);
        k.wmin = m.wmin;
        k.wmax = m.wmax;
        k.keepUp = Math.exp(-1 / positiveTau(who, "tauUp", m.tauUp.apply(field), field));
        k.keepDown = Math.exp(-1 / positiveTau(who, "tauDown", m.tauDown.apply(field), field));
        double qIon = d.hasGate() ? d.gate().qIon() : Gate.DEFAULT_QION;
        IntStream.range(0, entries).parallel().forEach(g -> {
            DeviceParams p = array.instanceParams(seed, deviceOf.applyAsLong(g));
            k.gateCharge[g] = Constants.eps0 * p.epsR * p.area / p.tGate * vgate * vgate;
            k.gateIonic[g] = (d.hasGate() ? p.qIon : qIon) * p.area * Math.abs(vgate);
        });
        return k;
    }

    private static double positiveTau(String who, String name, double tau, double field) {
        if (!(tau > 0)) {
            throw RuntimeFailure.invalid(who + ": " + name + "(" + QuantityFormat.format(field, ArgumentChecks.FLUX_DENSITY) + ") = "
                    + QuantityFormat.formatReal(tau) + " must be > 0");
        }
        return tau;
    }

    private static double required(SynapseArray a, String name, String what) {
        double v = a.operatingPoint(name);
        if (Double.isNaN(v)) {
            throw RuntimeFailure.missing(a.describe() + ": device-in-the-loop training needs `" + name + "` (" + what + ") on the array");
        }
        return v;
    }

    private static double fieldOf(SynapseArray a) {
        double f = a.operatingPoint("field");
        return Double.isNaN(f) ? 0 : f;
    }

    private void fillBinary(int g, DeviceParams p, long device, double vgate, double current, double gatePulse) {
        String cell = who + "[" + device + "]";
        if (Double.isNaN(p.reducedMagnetization())) {
            throw RuntimeFailure.invalid(cell + ": " + ArgumentChecks.atOrAboveCurie(p.temperature, p.tc));
        }
        double k0 = p.keff(0), k1 = p.keff(Anisotropy.quantize(1, p.levels));
        if (!(k0 > 0 && k1 > 0)) {
            throw RuntimeFailure.invalid(cell + ": the free layer is not perpendicular at the operating point (Keff = " + String.format("%.4g", k0)
                    + " J/m^3 at h = 0, " + String.format("%.4g", k1) + " J/m^3 at h = 1); a binary weight needs Keff > 0 for every hidden state");
        }
        keff0[g] = k0;
        keffSlope[g] = p.keffSlope();
        hkPerKeff[g] = p.hkPerKeff();
        deltaPerKeff[g] = p.deltaPerKeff();
        icPerHk[g] = p.icPerHk();
        hkOverTauD[g] = p.invTauDTimesHk();
        tau0[g] = p.tau0;
        double a = GateKinetics.arrhenius(p.ea, p.temperature);
        double[] up = gateStep(+vgate, gatePulse, p, a);
        double[] down = gateStep(-vgate, gatePulse, p, a);
        upEq[g] = up[0];
        upKeep[g] = up[1];
        downEq[g] = down[0];
        downKeep[g] = down[1];
        writeEnergy[g] = current * current * p.rho * p.lCh / (p.wCh * p.tCh) * pulse;
        gateCharge[g] = Constants.eps0 * p.epsR * p.area / p.tGate * vgate * vgate;
        gateIonic[g] = p.qIon * p.area * Math.abs(vgate);
    }

    /**
     * One gate operation as {@code h' = eq + (h - eq) * keep} (§9.2): the equilibrium and the
     * fraction of the distance to it that survives {@code time}. {@code A = 0} (T = 0 with an
     * activation energy) leaves h unchanged.
     */
    private static double[] gateStep(double voltage, double time, DeviceParams p, double a) {
        if (a == 0) return new double[] {0, 1};
        double kV = GateKinetics.driftRate(Math.abs(voltage), p.gateTau / a, p.gateV0, p.gateVs, p.vth);
        double kR = a / p.gateRetention;
        double eq = kV * (voltage > 0 ? 1 : 0) / (kV + kR);
        return new double[] {eq, Math.exp(-(kV + kR) * time)};
    }

    public boolean isBinary() { return binary; }

    /** The switching probability of weight g's device at hidden state h (h in [0, 1]). */
    public double probability(int g, double h) {
        int k = g & mask;
        return CompactMath.probability(pulse * rate(k, keffAt(k, h)), directed);
    }

    /**
     * Whether weight g's device flips for the uniform draw {@code u}: {@code u < P}. Since
     * {@code P <= r}, a draw at or above the bound of {@code r} settles it without an exp, and
     * one below it without the second exp when {@code u >= r}.
     */
    public boolean flips(int g, double h, double u) {
        int k = g & mask;
        double keff = keffAt(k, h);
        if (u >= pulse * CompactMath.rateBound(keff, hkPerKeff[k], deltaPerKeff[k], icPerHk[k], hkOverTauD[k], tau0[k], absI, absB)) {
            return false;
        }
        double r = pulse * rate(k, keff);
        return u < r && u < CompactMath.probability(r, directed);
    }

    private double rate(int k, double keff) {
        if (pulse == 0) return 0;
        return CompactMath.rate(keff, hkPerKeff[k], deltaPerKeff[k], icPerHk[k], hkOverTauD[k], tau0[k], absI, absB);
    }

    private double keffAt(int k, double h) {
        return keff0[k] + keffSlope[k] * Anisotropy.quantize(h, levels);
    }

    /** h after {@code n} gate operations at +Vgate (consolidation). */
    public double consolidate(int g, double h, long n) {
        int k = g & mask;
        double keep = n == 1 ? upKeep[k] : Math.pow(upKeep[k], n);
        return upEq[k] + (h - upEq[k]) * keep;
    }

    /** h after one gate operation at -Vgate (de-consolidation after a write that did not flip). */
    public double deconsolidate(int g, double h) {
        int k = g & mask;
        return downEq[k] + (h - downEq[k]) * downKeep[k];
    }

    /** The analog weight after {@code pulses} pulses (positive: toward wmax) at the array's field (§9.5). */
    public double analogStep(double w, long pulses) {
        if (pulses == 0) return w;
        boolean up = pulses > 0;
        long n = Math.abs(pulses);
        double keep = up ? keepUp : keepDown;
        if (n > 1) keep = Math.pow(keep, n);
        return up ? wmax - (wmax - w) * keep : wmin + (w - wmin) * keep;
    }

    /** The analog range's bounds. */
    public double wmin() { return wmin; }

    public double wmax() { return wmax; }

    /** The Joule heat of one write pulse of weight g's device. */
    public double writeEnergy(int g) { return writeEnergy[g & mask]; }

    /** {@code gate_energy(device, Vgate, dh)} summed over {@code n} gate operations that moved h by {@code |dh|} in total. */
    public double gateEnergy(int g, long n, double absDh) {
        int k = g & mask;
        return n * gateCharge[k] + gateIonic[k] * absDh;
    }
}
