package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;

/** The energy costs of §9.1: Joule heat of a write pulse, supply energy of a gate operation. */
public final class Energy {
    private Energy() {}

    @Builtin(name = "write_energy", dim = "J",
            doc = "Joule heat of a write pulse in the channel: I^2 * R * t with R = rho * channelLength / (channelWidth * tChannel).")
    public static double write_energy(@Param(name = "device") Device device,
                                      @Param(name = "current", dim = "A", check = "finite") double current,
                                      @Param(name = "pulse", dim = "s", check = ">= 0 and finite") double pulse) {
        return current * current * channelResistance(device) * pulse;
    }

    /** {@code rho * L / (w * t)}: the channel as a uniform resistor. */
    static double channelResistance(Device d) {
        DeviceParams p = d.params();
        return d.rho() * p.lCh / (p.wCh * d.tChannel());
    }

    @Builtin(name = "gate_energy", dim = "J",
            doc = "Energy of one gate operation at `voltage` that moves the hidden state by `dh`: C * V^2 (charging, C = eps0 * epsR * shape.area / tGate) + qIon * shape.area * |dh| * |V| (the ionic charge moved); leakage is not counted.")
    public static double gate_energy(@Param(name = "device") Device device,
                                     @Param(name = "voltage", dim = "V", check = "finite") double voltage,
                                     @Param(name = "dh", def = "0", check = "[-1, 1]") double dh) {
        Gate g = device.gate();
        double c = gateCapacitance(device);
        return c * voltage * voltage + g.qIon() * device.params().area * Math.abs(dh) * Math.abs(voltage);
    }

    static double gateCapacitance(Device d) {
        DeviceParams p = d.params();
        if (Double.isNaN(p.tGate)) throw RuntimeFailure.missing(d.describe() + ": " + d.stack().describe() + " has no `gate` oxide");
        if (Double.isNaN(p.epsR)) throw d.missing("gate", d.stack().gate(), "epsR");
        return Constants.eps0 * p.epsR * p.area / p.tGate;
    }
}
