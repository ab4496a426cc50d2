package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.Props;

/** Builds kinds the way generated code does: a {@link Props} per declaration block, then create. */
final class Fixture {
    private Fixture() {}

    static Props props(String owner, Object... kv) {
        Props p = Props.of(owner);
        for (int i = 0; i < kv.length; i += 2) p = p.with((String) kv[i], kv[i + 1]);
        return p;
    }

    static Material material(String name, Object... kv) {
        return Material.create(props("material " + name, kv));
    }

    static Stack stack(String name, Object... kv) {
        return Stack.create(props("stack " + name, kv));
    }

    static Device device(String name, Object... kv) {
        return Device.create(props("device " + name, kv));
    }

    static Gate gate(Object... kv) {
        return Gate.create(props("gate", kv));
    }

    static Layer[] layers(Layer... ls) {
        Layer[] out = Layers.over(ls[0], ls[1]);
        for (int i = 2; i < ls.length; i++) out = Layers.over(out, ls[i]);
        return out;
    }

    // A Pt/CoFeB/MgO stack with textbook numbers: Ms of Co20Fe60B20 ~1.1e6 A/m and Ks ~1.3 mJ/m^2
    // (Ikeda et al., Nat. Mater. 9, 721, 2010), alpha ~0.01 for thin CoFeB (same paper's group,
    // Iihama et al. 2014), Pt spin Hall angle 0.07 (Liu et al., PRL 106, 036601, 2011).
    static final Material PT = material("Pt", "thetaSH", 0.07, "rho", 2.0e-7);
    static final Material COFEB = material("CoFeB", "Ms", 1.1e6, "alpha", 0.01);
    static final Material MGO = material("MgO", "epsR", 9.8);
    static final Material HFO2 = material("HfO2", "epsR", 20.0);

    static Stack ptCoFeBMgO() {
        return stack("PtCoFeBMgO", "layers", layers(Layers.layer(PT, 5e-9), Layers.layer(COFEB, 1.1e-9), Layers.layer(MGO, 2e-9)),
                "free", COFEB, "gate", MGO, "Ks", 1.3e-3);
    }

    /** The 80 nm disk of the hand calculation, compact model, 300 K. */
    static Device synapse(Object... extra) {
        Object[] kv = new Object[4 + extra.length];
        kv[0] = "stack";
        kv[1] = ptCoFeBMgO();
        kv[2] = "shape";
        kv[3] = Shape.disk(80e-9);
        System.arraycopy(extra, 0, kv, 4, extra.length);
        return device("Synapse", kv);
    }
}
