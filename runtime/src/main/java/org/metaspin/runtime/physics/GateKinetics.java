package org.metaspin.runtime.physics;

import static org.metaspin.runtime.physics.Constants.kB;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;

/**
 * §9.2: field-driven ionic drift with sinh (Butler–Volmer-like) voltage dependence above a
 * threshold, against a relaxation toward h = 0, both thermally activated. The stored h is
 * continuous; the levels only round what the anisotropy sees ({@link Anisotropy#quantize}).
 */
public final class GateKinetics {
    private GateKinetics() {}

    /** The reference temperature of the gate's tau and retention. */
    static final double T_REF = 300;

    @Builtin(name = "gate",
            doc = "The hidden state after holding gate `voltage` for `time` from state `h` (§9.2): drift toward 1 (V > 0) or 0 (V < 0) at (1/tau) A sinh((|V| - Vth)/Vs) / sinh((V0 - Vth)/Vs) above Vth, relaxation toward 0 at A/retention, A = exp(-(Ea/kB) (1/T - 1/300 K)).")
    public static double gate(@Param(name = "device") Device device,
                              @Param(name = "h", check = "[0, 1]") double h,
                              @Param(name = "voltage", dim = "V", check = "finite") double voltage,
                              @Param(name = "time", dim = "s", check = ">= 0 and finite") double time) {
        Gate g = device.gate();
        double a = arrhenius(g.Ea(), device.T());
        if (a == 0) return h;
        return evolve(h, voltage, time, g.tau() / a, g.V0(), g.Vs(), g.Vth(), g.retention() / a);
    }

    /**
     * {@code exp(-(Ea / kB) (1 / T - 1 / 300 K))}: 1 without an activation energy (also at T = 0),
     * 0 at T = 0 with one.
     */
    static double arrhenius(double ea, double temperature) {
        if (ea == 0) return 1;
        if (temperature == 0) return 0;
        return Math.exp(-(ea / kB) * (1 / temperature - 1 / T_REF));
    }

    static double evolve(double h, double voltage, double time, double tau, double v0, double vs, double vth, double retention) {
        double kV = driftRate(Math.abs(voltage), tau, v0, vs, vth);
        double kR = 1 / retention;
        double hInf = voltage > 0 ? 1 : 0;
        double hEq = kV * hInf / (kV + kR);
        return hEq + (h - hEq) * Math.exp(-(kV + kR) * time);
    }

    /**
     * {@code (1/tau) sinh(a) / sinh(b)}, a = (|V| - Vth)/Vs, b = (V0 - Vth)/Vs, 0 at and below the
     * threshold. Written as {@code exp(a - b) (1 - exp(-2a)) / (1 - exp(-2b))} so that large
     * ratios do not overflow to infinity over infinity.
     */
    static double driftRate(double absV, double tau, double v0, double vs, double vth) {
        if (absV <= vth) return 0;
        double a = (absV - vth) / vs;
        double b = (v0 - vth) / vs;
        return Math.exp(a - b) * (-Math.expm1(-2 * a)) / (-Math.expm1(-2 * b)) / tau;
    }
}
