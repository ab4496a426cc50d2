package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * §9.4: FeRh-like AF/FM coexistence as a grain ensemble. Grain transition temperatures are
 * Gaussian around {@code Tt(h, B)} with standard deviation {@code width}; a grain turns FM on
 * heating past {@code Tt_g + hysteresis / 2} and back to AF on cooling below {@code Tt_g -
 * hysteresis / 2}. A pulse heats the layer through the thermal resistance to the substrate; after
 * it the grains that the peak turned FM stay FM as far as the ambient temperature holds them.
 */
public final class PhaseSwitching {
    private PhaseSwitching() {}

    @Builtin(name = "phase_write",
            doc = "The FM fraction after a current pulse (§9.4): min(max(x, Phi((Tpeak - hysteresis/2 - Tt(h, B)) / width)), Phi((T + hysteresis/2 - Tt(h, B)) / width)), Tpeak = T + I^2 R Rth (1 - exp(-t / (Rth Cth))); Tpeak >= Tc is R0005.")
    public static double phase_write(@Param(name = "device") Device device,
                                     @Param(name = "x", check = "[0, 1]") double x,
                                     @Param(name = "current", dim = "A", check = "finite") double current,
                                     @Param(name = "pulse", dim = "s", check = ">= 0 and finite") double pulse,
                                     @Param(name = "field", dim = "T", def = "0 T", check = "finite") double field,
                                     @Param(name = "h", def = "0", check = "[0, 1]") double h) {
        return write(device, model(device, "phase_write"), x, current, pulse, field, h);
    }

    @Builtin(name = "fm_fraction",
            doc = "The FM fraction the ambient temperature holds (§9.4): min(x, Phi((T + hysteresis/2 - Tt(h, B)) / width)); a gate that raises Tt(h) erases FM grains.")
    public static double fm_fraction(@Param(name = "device") Device device,
                                     @Param(name = "x", check = "[0, 1]") double x,
                                     @Param(name = "h", def = "0", check = "[0, 1]") double h,
                                     @Param(name = "field", dim = "T", def = "0 T", check = "finite") double field) {
        Model.Phase m = model(device, "fm_fraction");
        double tt = transition(device, m, h, field);
        return Math.min(x, held(device.params().temperature, m, tt));
    }

    /** {@code switching_probability} on a phase device: the FM fraction a pulse writes from x = 0. */
    static double probability(Device d, Model.Phase m, double current, double pulse, double field, double h) {
        return write(d, m, 0, current, pulse, field, h);
    }

    /** The peak temperature of a pulse: {@code T + I^2 R Rth (1 - exp(-t / (Rth Cth)))}. */
    static double peakTemperature(Device d, Model.Phase m, double current, double pulse) {
        DeviceParams p = d.params();
        double rise = current * current * Energy.channelResistance(d) * m.rth * CompactMath.oneMinusExp(pulse / (m.rth * heatCapacity(d, m)));
        return p.temperature + rise;
    }

    private static double write(Device d, Model.Phase m, double x, double current, double pulse, double field, double h) {
        double tt = transition(d, m, h, field);
        double peak = current == 0 || pulse == 0 ? d.params().temperature : peakTemperature(d, m, current, pulse);
        DeviceParams p = d.params();
        if (!Double.isNaN(p.tc) && !(peak < p.tc)) {
            throw RuntimeFailure.invalid(d.describe() + ": the pulse heats the free layer to Tpeak = " + QuantityFormat.format(peak, Dimension.TEMPERATURE)
                    + ", at or above its Curie temperature Tc = " + QuantityFormat.format(p.tc, Dimension.TEMPERATURE) + ", which the phase model does not cover");
        }
        double written = NormalCdf.phi((peak - m.hysteresis / 2 - tt) / m.width);
        return Math.min(Math.max(x, written), held(p.temperature, m, tt));
    }

    private static double held(double temperature, Model.Phase m, double tt) {
        return NormalCdf.phi((temperature + m.hysteresis / 2 - tt) / m.width);
    }

    /** {@code Tt(h, B) = Tt + h Tt_shift + dTt_dB |B|}, h rounded to the gate's levels; R0005 at or above Tc. */
    private static double transition(Device d, Model.Phase m, double h, double field) {
        double hs = d.hSeen(h);
        DeviceParams p = d.params();
        if (Double.isNaN(p.tt)) throw d.missing("free", d.stack().free(), "Tt");
        if (!Double.isNaN(p.tc)) d.requireBelowCurie();
        double shift = Double.isNaN(p.dTtdB) ? 0 : p.dTtdB * Math.abs(field);
        return p.tt + hs * m.ttShift + shift;
    }

    private static double heatCapacity(Device d, Model.Phase m) {
        if (!Double.isNaN(m.cth)) return m.cth;
        DeviceParams p = d.params();
        if (Double.isNaN(p.cv)) throw d.missing("free", d.stack().free(), "cv");
        return p.cv * p.area * p.tFree;
    }

    private static Model.Phase model(Device d, String operation) {
        if (d.model() instanceof Model.Phase m) return m;
        throw RuntimeFailure.invalid(d.describe() + ": " + operation + " needs a phase(…) model, but the model is " + d.model());
    }
}
