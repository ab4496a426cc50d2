package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;

/**
 * The switching builtins of §9.1, dispatching on the device's model. Compact and macrospin
 * devices need a perpendicular free layer at the hidden state asked for; phase and analog
 * devices do not.
 */
public final class Switching {
    private Switching() {}

    @Builtin(name = "switching_probability",
            doc = "Probability that a write pulse of `current` for `pulse` under in-plane `field` at hidden state `h` leaves the device in the other state (compact: §9.1; macrospin: fraction of trials ending with m_z < 0; phase: probability of ending ferromagnetic).")
    public static double switching_probability(@Param(name = "device") Device device,
                                               @Param(name = "current", dim = "A", check = "finite") double current,
                                               @Param(name = "pulse", dim = "s", check = ">= 0 and finite") double pulse,
                                               @Param(name = "field", dim = "T", def = "0 T", check = "finite") double field,
                                               @Param(name = "h", def = "0", check = "[0, 1]") double h) {
        Model m = device.model();
        if (m instanceof Model.Macrospin ms) return Macrospin.switchingProbability(device, ms, current, pulse, field, h);
        if (m instanceof Model.Phase ph) return PhaseSwitching.probability(device, ph, current, pulse, field, h);
        if (m instanceof Model.Analog) {
            throw RuntimeFailure.invalid(device.describe() + ": switching_probability needs a binary device, but the model is analog(…); use analog_update");
        }
        return compactProbability(device, current, pulse, field, h);
    }

    static double compactProbability(Device d, double current, double pulse, double field, double h) {
        double keff = d.keffSeen(d.hSeen(h));
        d.requirePerpendicular("switching_probability", keff);
        d.alpha();
        if (pulse == 0) return 0;
        DeviceParams p = d.params();
        double absI = Math.abs(current), absB = Math.abs(field);
        double icPerHk = 0;
        if (current != 0) {
            d.thetaSH();
            d.tChannel();
            icPerHk = p.icPerHk();
        }
        double rate = CompactMath.rate(keff, p.hkPerKeff(), p.deltaPerKeff(), icPerHk, p.invTauDTimesHk(), p.tau0, absI, absB);
        return CompactMath.probability(pulse * rate, CompactMath.directedFraction(absI, absB, p.bdet));
    }

    @Builtin(name = "critical_current", dim = "A",
            doc = "Critical SOT current Ic under in-plane `field` at hidden state `h`: Lee et al. (APL 102, 112410, 2013) times the device's eta, with the device's Ms(T) and Hk(h).")
    public static double critical_current(@Param(name = "device") Device device,
                                          @Param(name = "field", dim = "T", def = "0 T", check = "finite") double field,
                                          @Param(name = "h", def = "0", check = "[0, 1]") double h) {
        double keff = device.keffSeen(device.hSeen(h));
        if (needsPerpendicular(device)) device.requirePerpendicular("critical_current", keff);
        device.thetaSH();
        device.tChannel();
        DeviceParams p = device.params();
        return CompactMath.criticalCurrent(p.icPerHk(), keff * p.hkPerKeff(), Math.abs(field));
    }

    @Builtin(name = "energy_barrier",
            doc = "Energy barrier in units of kB*T at hidden state `h` under in-plane `field`: Delta(h) * (1 - |B| / (mu0 Hk(h)))^2, 0 from mu0 Hk(h) on.")
    public static double energy_barrier(@Param(name = "device") Device device,
                                        @Param(name = "h", def = "0", check = "[0, 1]") double h,
                                        @Param(name = "field", dim = "T", def = "0 T", check = "finite") double field) {
        double keff = device.keffSeen(device.hSeen(h));
        if (needsPerpendicular(device)) device.requirePerpendicular("energy_barrier", keff);
        DeviceParams p = device.params();
        return CompactMath.barrier(Anisotropy.delta(keff, p.activationVolume(), p.temperature), Math.abs(field), keff * p.hkPerKeff());
    }

    @Builtin(name = "attempt_time", dim = "s",
            doc = "The attempt time tau0 at hidden state `h` under in-plane `field`: the device's own `tau0` as set, else Brown's tauD * sqrt(pi / max(DeltaB, 1)) with tauD = (1 + alpha^2) / (alpha * gamma * mu0 * Hk(h)) (0 s at T = 0).")
    public static double attempt_time(@Param(name = "device") Device device,
                                      @Param(name = "h", def = "0", check = "[0, 1]") double h,
                                      @Param(name = "field", dim = "T", def = "0 T", check = "finite") double field) {
        double hs = device.hSeen(h);
        DeviceParams p = device.params();
        if (!Double.isNaN(p.tau0)) return p.tau0;
        double keff = device.keffSeen(hs);
        device.requirePerpendicular("Brown's attempt time", keff);
        device.alpha();
        double hk = keff * p.hkPerKeff();
        double barrier = CompactMath.barrier(Anisotropy.delta(keff, p.activationVolume(), p.temperature), Math.abs(field), hk);
        return CompactMath.brownTau0(p.tauDTimesHk(), hk, barrier, p.temperature == 0);
    }

    private static boolean needsPerpendicular(Device d) {
        return d.model() instanceof Model.Compact || d.model() instanceof Model.Macrospin;
    }
}
