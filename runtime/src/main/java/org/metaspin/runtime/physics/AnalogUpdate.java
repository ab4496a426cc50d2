package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.units.QuantityFormat;

/** §9.5: soft-bounds multilevel updates; n equal pulses compose to one exponential step of n / tau. */
public final class AnalogUpdate {
    private AnalogUpdate() {}

    @Builtin(name = "analog_update",
            doc = "The weight of an analog device after `pulses` write pulses (positive: potentiating toward wmax, negative: depressing toward wmin) under in-plane `field`.")
    public static double analog_update(@Param(name = "device") Device device,
                                       @Param(name = "w") double w,
                                       @Param(name = "pulses") long pulses,
                                       @Param(name = "field", dim = "T", def = "0 T", check = "finite") double field) {
        String who = device.describe();
        if (!(device.model() instanceof Model.Analog m)) {
            throw RuntimeFailure.invalid(who + ": analog_update needs an analog(…) model, but the model is " + device.model());
        }
        requireStableUnder(device, field);
        if (!(w >= m.wmin && w <= m.wmax)) {
            throw RuntimeFailure.invalid(who + ": the weight w = " + QuantityFormat.formatReal(w) + " is outside ["
                    + QuantityFormat.formatReal(m.wmin) + ", " + QuantityFormat.formatReal(m.wmax) + "]");
        }
        if (pulses == 0) return w;
        boolean up = pulses > 0;
        double tau = up ? m.tauUp.apply(field) : m.tauDown.apply(field);
        if (!(tau > 0)) {
            throw RuntimeFailure.invalid(who + ": " + (up ? "tauUp" : "tauDown") + "(" + QuantityFormat.format(field, ArgumentChecks.FLUX_DENSITY)
                    + ") = " + QuantityFormat.formatReal(tau) + " must be > 0");
        }
        // (exp(-1/tau))^n without n multiplications; |Long.MIN_VALUE| as a double is exact enough here.
        double keep = Math.exp(-Math.abs((double) pulses) / tau);
        return up ? m.wmax - (m.wmax - w) * keep : m.wmin + (w - m.wmin) * keep;
    }

    /**
     * §9.5: a perpendicular free layer (its own Keff at h = 0 > 0) has no stable perpendicular
     * state at or above its anisotropy field, so the analog weight means nothing there. An
     * in-plane layer, or one without Ms, has no such check.
     */
    static void requireStableUnder(Device d, double field) {
        DeviceParams p = d.params();
        if (Double.isNaN(p.ms)) return;
        double keff = d.keffSeen(0);
        if (!(keff > 0)) return;
        double bk = Constants.mu0 * keff * p.hkPerKeff();
        if (Math.abs(field) >= bk) {
            throw RuntimeFailure.invalid(d.describe() + ": the in-plane field " + QuantityFormat.format(field, ArgumentChecks.FLUX_DENSITY)
                    + " is at or above the anisotropy field mu0 * Hk = " + QuantityFormat.format(bk, ArgumentChecks.FLUX_DENSITY)
                    + ", where the free layer has no stable perpendicular state");
        }
    }
}
