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
                                               @Param(name = "current", dim = "A") double current,
                                               @Param(name = "pulse", dim = "s") double pulse,
                                               @Param(name = "field", dim = "T", def = "0 T") double field,
                                               @Param(name = "h", def = "0") double h) {
        String who = device.describe();
        Checks.finite(who, "current", current);
        Checks.finite(who, "field", field);
        Checks.duration(who, "pulse", pulse);
        Model m = device.model();
        if (m instanceof Model.Macrospin ms) return Macrospin.switchingProbability(device, ms, current, pulse, field, h);
        if (m instanceof Model.Phase ph) return PhaseSwitching.probability(device, ph, current, pulse, field, h);
        if (m instanceof Model.Analog) {
            throw RuntimeFailure.invalid(who + ": switching_probability needs a binary device, but the model is analog(…); use analog_update");
        }
        return compactProbability(device, current, pulse, field, h);
    }

    static double compactProbability(Device d, double current, double pulse, double field, double h) {
        double hs = d.hSeen(h);
        double keff = d.keffSeen(hs);
        d.requirePerpendicular("switching_probability", keff);
        if (pulse == 0) return 0;
        DeviceParams p = d.params();
        double hk = Anisotropy.hk(keff, p.ms);
        double barrier = Anisotropy.barrier(Anisotropy.delta(keff, p.activationVolume(), p.temperature), field, hk);
        double i = 0;
        if (current != 0) {
            double ic = CompactMath.criticalCurrent(p.ms, p.tFree, Math.abs(d.thetaSH()), hk, field, p.wCh, p.tCh);
            i = CompactMath.overdrive(current, ic);
        }
        double tau = CompactMath.switchingTime(p.tau0, barrier, i);
        return CompactMath.probability(pulse, tau, current != 0 && field != 0);
    }

    @Builtin(name = "critical_current", dim = "A",
            doc = "Critical SOT current Ic under in-plane `field` at hidden state `h` (Lee et al., APL 102, 112410, 2013).")
    public static double critical_current(@Param(name = "device") Device device,
                                          @Param(name = "field", dim = "T", def = "0 T") double field,
                                          @Param(name = "h", def = "0") double h) {
        Checks.finite(device.describe(), "field", field);
        double keff = device.keffSeen(device.hSeen(h));
        if (needsPerpendicular(device)) device.requirePerpendicular("critical_current", keff);
        DeviceParams p = device.params();
        return CompactMath.criticalCurrent(p.ms, p.tFree, Math.abs(device.thetaSH()), Anisotropy.hk(keff, p.ms), field, p.wCh, device.tChannel());
    }

    @Builtin(name = "energy_barrier",
            doc = "Energy barrier in units of kB*T at hidden state `h` under in-plane `field`: Delta(h) * (1 - |B| / (mu0 Hk(h)))^2, 0 from mu0 Hk(h) on.")
    public static double energy_barrier(@Param(name = "device") Device device,
                                        @Param(name = "h", def = "0") double h,
                                        @Param(name = "field", dim = "T", def = "0 T") double field) {
        Checks.finite(device.describe(), "field", field);
        double keff = device.keffSeen(device.hSeen(h));
        if (needsPerpendicular(device)) device.requirePerpendicular("energy_barrier", keff);
        DeviceParams p = device.params();
        return Anisotropy.barrier(Anisotropy.delta(keff, p.activationVolume(), p.temperature), field, Anisotropy.hk(keff, p.ms));
    }

    private static boolean needsPerpendicular(Device d) {
        return d.model() instanceof Model.Compact || d.model() instanceof Model.Macrospin;
    }
}
