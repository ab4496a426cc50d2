package org.metaspin.runtime.learn;

import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.physics.Device;
import org.metaspin.runtime.physics.Gate;
import org.metaspin.runtime.physics.Layers;
import org.metaspin.runtime.physics.Material;
import org.metaspin.runtime.physics.Model;
import org.metaspin.runtime.physics.Models;
import org.metaspin.runtime.physics.Shape;
import org.metaspin.runtime.physics.Stack;
import org.metaspin.runtime.physics.SynapseArray;
import org.metaspin.runtime.physics.Variability;

/**
 * The devices of std.devices built the way generated code builds them: PtMetaSynapse (Pt /
 * CoFeB 1 nm / MgO 1 nm / HfO2 3 nm, an 80 nm disk, a gate of dKs = 0.05 mJ/m^2, tau = 10 ms at
 * V0 = 2 V, Vth = 0.5 V) and PtMetaArray's operating point (2 V, 10 ns, 1.9 mA, 5 mT, 0.5 ms).
 * Material values as in std.materials.
 */
final class DeviceFixture {
    private DeviceFixture() {}

    static Props props(String owner, Object... kv) {
        Props p = Props.of(owner);
        for (int i = 0; i < kv.length; i += 2) p = p.with((String) kv[i], kv[i + 1]);
        return p;
    }

    static final Material PT = Material.create(props("material Pt", "thetaSH", 0.07, "rho", 20e-8));
    static final Material COFEB = Material.create(props("material CoFeB", "Ms", 1.257e6, "Ku", 0.0, "Aex", 20e-12, "alpha", 0.027));
    static final Material MGO = Material.create(props("material MgO", "epsR", 9.8));
    static final Material HFO2 = Material.create(props("material HfO2", "epsR", 25.0));

    static Stack stack() {
        var layers = Layers.over(Layers.over(Layers.over(Layers.layer(PT, 5e-9), Layers.layer(COFEB, 1.0e-9)),
                Layers.layer(MGO, 1e-9)), Layers.layer(HFO2, 3e-9));
        return Stack.create(props("stack PtCoFeBHfO2", "layers", layers, "free", COFEB, "gate", HFO2, "Ks", 1.3e-3));
    }

    /** PtMetaSynapse with the gate swing {@code dKs} (0: the ungated baseline of the same device). */
    static Device synapse(double dKs) {
        Gate g = Gate.create(props("gate", "dKs", dKs, "tau", 10e-3, "V0", 2.0, "Vth", 0.5));
        return Device.create(props("device PtMetaSynapse", "stack", stack(), "shape", Shape.disk(80e-9), "gate", g));
    }

    /** The analog device of std.devices (AnalogSynapse): -1..1, tau = 40 / (1 + |B| / 20 mT) pulses. */
    static Device analog() {
        Model m = Models.analog(-1, 1, b -> 40 / (1 + Math.abs(b) / 0.02), b -> 40 / (1 + Math.abs(b) / 0.02));
        return Device.create(props("device AnalogSynapse", "stack", stack(), "shape", Shape.rect(1e-6, 1e-6), "model", m));
    }

    /** A tile of {@code d} at PtMetaArray's operating point; {@code kv} adds or overrides properties. */
    static SynapseArray array(Device d, Object... kv) {
        Props p = props("array Tile", "device", d, "rows", 64L, "cols", 64L, "Vgate", 2.0, "pulse", 10e-9, "current", 1.9e-3,
                "field", 5e-3, "gatePulse", 0.5e-3);
        for (int i = 0; i < kv.length; i += 2) p = p.with((String) kv[i], kv[i + 1]);
        return SynapseArray.create(p);
    }

    static Variability variability(Object... kv) {
        return Variability.create(props("variability", kv));
    }
}
