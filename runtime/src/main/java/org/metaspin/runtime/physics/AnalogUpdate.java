package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;

/** §9.5: soft-bounds multilevel updates; n equal pulses compose to one exponential step of n / tau. */
public final class AnalogUpdate {
    private AnalogUpdate() {}

    @Builtin(name = "analog_update",
            doc = "The weight of an analog device after `pulses` write pulses (positive: potentiating toward wmax, negative: depressing toward wmin) under in-plane `field`.")
    public static double analog_update(@Param(name = "device") Device device,
                                       @Param(name = "w") double w,
                                       @Param(name = "pulses") long pulses,
                                       @Param(name = "field", dim = "T", def = "0 T") double field) {
        String who = device.describe();
        if (!(device.model() instanceof Model.Analog m)) {
            throw RuntimeFailure.invalid(who + ": analog_update needs an analog(…) model, but the model is " + device.model());
        }
        Checks.finite(who, "field", field);
        if (!(w >= m.wmin && w <= m.wmax)) {
            throw RuntimeFailure.invalid(who + ": the weight w = " + w + " is outside [" + m.wmin + ", " + m.wmax + "]");
        }
        if (pulses == 0) return w;
        boolean up = pulses > 0;
        double tau = up ? m.tauUp.apply(field) : m.tauDown.apply(field);
        if (!(tau > 0)) {
            throw RuntimeFailure.invalid(who + ": " + (up ? "tauUp" : "tauDown") + "(" + field + " T) = " + tau + " must be > 0");
        }
        // (exp(-1/tau))^n without n multiplications; |Long.MIN_VALUE| as a double is exact enough here.
        double keep = Math.exp(-Math.abs((double) pulses) / tau);
        return up ? m.wmax - (m.wmax - w) * keep : m.wmin + (w - m.wmin) * keep;
    }
}
