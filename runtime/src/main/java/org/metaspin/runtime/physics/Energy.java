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
                                      @Param(name = "current", dim = "A") double current,
                                      @Param(name = "pulse", dim = "s") double pulse) {
        Checks.finite(device.describe(), "current", current);
        Checks.duration(device.describe(), "pulse", pulse);
        return current * current * channelResistance(device) * pulse;
    }

    /** {@code rho * L / (w * t)}: the channel as a uniform resistor. */
    static double channelResistance(Device d) {
        DeviceParams p = d.params();
        return d.rho() * p.lCh / (p.wCh * d.tChannel());
    }

    @Builtin(name = "gate_energy", dim = "J",
            doc = "Energy drawn from the supply by one gate operation: C * V^2 with C = eps0 * epsR * shape.area / tGate (half is stored; ionic and leakage currents are not counted).")
    public static double gate_energy(@Param(name = "device") Device device,
                                     @Param(name = "voltage", dim = "V") double voltage) {
        Checks.finite(device.describe(), "voltage", voltage);
        return gateCapacitance(device) * voltage * voltage;
    }

    static double gateCapacitance(Device d) {
        DeviceParams p = d.params();
        if (Double.isNaN(p.tGate)) throw RuntimeFailure.missing(d.describe() + ": " + d.stack().describe() + " has no `gate` oxide");
        if (Double.isNaN(p.epsR)) throw d.missing("gate", d.stack().gate(), "epsR");
        return Constants.eps0 * p.epsR * p.area / p.tGate;
    }
}
