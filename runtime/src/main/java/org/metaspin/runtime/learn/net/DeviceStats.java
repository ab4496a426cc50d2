package org.metaspin.runtime.learn.net;

import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.DomainType;
import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.QuantityFormat;
import org.metaspin.runtime.units.UnitParser;
import org.metaspin.runtime.units.UnitTable;

/** What the devices of a network have done (§10.3): operations counted and their energy. */
@DomainType(name = "Stats", doc = "Device operations of a network with device synapses: writes (write pulses), flips (writes that "
        + "switched the magnet), gates (gate operations), writeEnergy, gateEnergy and their sum energy.")
public record DeviceStats(long writes, long flips, long gates, double writeEnergyJ, double gateEnergyJ) {
    public static final DeviceStats ZERO = new DeviceStats(0, 0, 0, 0, 0);
    private static final Dimension ENERGY = UnitParser.parseDimension("J");

    @Override
    @Prop(doc = "Write pulses applied.")
    public long writes() { return writes; }

    @Override
    @Prop(doc = "Write pulses that flipped the magnetization (the weight's sign).")
    public long flips() { return flips; }

    @Override
    @Prop(doc = "Gate operations applied (consolidation, de-consolidation, analog pulses).")
    public long gates() { return gates; }

    @Prop(dim = "J", doc = "Joule heat of all write pulses, each with its device's own channel resistance.")
    public double writeEnergy() { return writeEnergyJ; }

    @Prop(dim = "J", doc = "Energy of all gate operations, each gate_energy(device, Vgate, dh) with the dh it caused.")
    public double gateEnergy() { return gateEnergyJ; }

    @Prop(dim = "J", doc = "writeEnergy + gateEnergy.")
    public double energy() { return writeEnergyJ + gateEnergyJ; }

    public DeviceStats plus(DeviceStats o) {
        return new DeviceStats(writes + o.writes, flips + o.flips, gates + o.gates, writeEnergyJ + o.writeEnergyJ, gateEnergyJ + o.gateEnergyJ);
    }

    public DeviceStats minus(DeviceStats o) {
        return new DeviceStats(writes - o.writes, flips - o.flips, gates - o.gates, writeEnergyJ - o.writeEnergyJ, gateEnergyJ - o.gateEnergyJ);
    }

    @Override
    public String toString() {
        return "Stats(writes = " + writes + ", flips = " + flips + ", gates = " + gates + ", writeEnergy = "
                + QuantityFormat.format(writeEnergyJ, ENERGY) + ", gateEnergy = " + QuantityFormat.format(gateEnergyJ, ENERGY) + ")";
    }
}
