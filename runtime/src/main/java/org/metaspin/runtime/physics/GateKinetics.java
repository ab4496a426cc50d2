package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;

/**
 * §9.2: field-driven ionic drift with sinh (Butler–Volmer-like) voltage dependence, against a
 * relaxation toward h = 0. The stored h is continuous; the levels only round what the
 * anisotropy sees ({@link Anisotropy#quantize}).
 */
public final class GateKinetics {
    private GateKinetics() {}

    @Builtin(name = "gate",
            doc = "The hidden state after holding gate `voltage` for `time` from state `h`: drift toward 1 (V > 0) or 0 (V < 0) at (1/tau) sinh(|V|/Vs) / sinh(V0/Vs), relaxation toward 0 at 1/retention.")
    public static double gate(@Param(name = "device") Device device,
                              @Param(name = "h") double h,
                              @Param(name = "voltage", dim = "V") double voltage,
                              @Param(name = "time", dim = "s") double time) {
        String who = device.describe();
        Gate g = device.gate();
        Checks.hiddenState(who, h);
        Checks.finite(who, "voltage", voltage);
        Checks.duration(who, "time", time);
        return evolve(h, voltage, time, g.tau(), g.V0(), g.Vs(), g.retention());
    }

    static double evolve(double h, double voltage, double time, double tau, double v0, double vs, double retention) {
        double kV = driftRate(Math.abs(voltage), tau, v0, vs);
        double kR = 1 / retention;
        double hInf = voltage > 0 ? 1 : 0;
        double hEq = kV * hInf / (kV + kR);
        return hEq + (h - hEq) * Math.exp(-(kV + kR) * time);
    }

    /**
     * {@code (1/tau) sinh(a) / sinh(b)}, a = |V|/Vs, b = V0/Vs. Written as
     * {@code exp(a - b) (1 - exp(-2a)) / (1 - exp(-2b))} so that large ratios do not overflow
     * to infinity over infinity.
     */
    static double driftRate(double absV, double tau, double v0, double vs) {
        if (absV == 0) return 0;
        double a = absV / vs;
        double b = v0 / vs;
        return Math.exp(a - b) * (-Math.expm1(-2 * a)) / (-Math.expm1(-2 * b)) / tau;
    }
}
