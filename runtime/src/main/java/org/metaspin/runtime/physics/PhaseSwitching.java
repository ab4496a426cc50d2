package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.RuntimeFailure;

/** §9.4: a pulse heats the device adiabatically; the transition to FM is logistic in the peak temperature. */
final class PhaseSwitching {
    private PhaseSwitching() {}

    static double probability(Device d, Model.Phase m, double current, double pulse, double field, double h) {
        double hs = d.hSeen(h);
        DeviceParams p = d.params();
        if (Double.isNaN(p.tt)) throw d.missing("free", d.stack().free(), "Tt");
        double shift = 0;
        if (field != 0) {
            if (Double.isNaN(p.dTtdB)) throw d.missing("free", d.stack().free(), "dTt_dB");
            shift = p.dTtdB * Math.abs(field);
        }
        double tPeak = p.temperature + m.heating * current * current * pulse;
        double tt = p.tt + hs * m.ttShift + shift;
        double x = (tPeak - tt) / m.width;
        if (Double.isNaN(x)) throw RuntimeFailure.notFinite(d.describe() + ": the peak temperature is not a number");
        return 1 / (1 + Math.exp(-x));
    }
}
