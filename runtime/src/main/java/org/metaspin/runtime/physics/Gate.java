package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.KindValue;
import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.api.Schema;
import org.metaspin.runtime.api.DomainType;
import org.metaspin.runtime.units.QuantityFormat;

/** The device's magneto-ionic gate block (§8.4): what the hidden state h does and how fast it moves (§9.2). */
@DomainType(name = "Gate", block = true,
        doc = "Magneto-ionic gate: anisotropy change dKs between h = 0 and h = 1, kinetics (tau at V0, voltage scale Vs, threshold Vth, activation energy Ea), levels, retention and the ionic charge qIon moved per unit area.")
public final class Gate extends KindValue {
    /** Ten Julian years, the default retention of the gated state. */
    public static final double TEN_YEARS = 3.15576e8;
    /** Two elementary charges per surface atom at 1.8e19 atoms/m^2, in C/m^2: an estimate (§8.4). */
    public static final double DEFAULT_QION = 5.8;

    private Gate(Props completed) {
        super(completed);
    }

    public static Gate create(Props p) {
        Props c = Schema.of(Gate.class).complete(p);
        long levels = c.integer("levels");
        if (levels < 0 || levels == 1) {
            throw RuntimeFailure.invalidProperty("levels", c.owner() + ": `levels` = " + levels + " must be 0 (continuous) or at least 2");
        }
        if (!(c.real("V0") > c.real("Vth"))) {
            throw RuntimeFailure.invalidProperty("V0", c.owner() + ": `V0` = " + QuantityFormat.format(c.real("V0"), ArgumentChecks.VOLTAGE)
                    + " must be above the threshold `Vth` = " + QuantityFormat.format(c.real("Vth"), ArgumentChecks.VOLTAGE));
        }
        return new Gate(c);
    }

    @Prop(dim = "J/m^2", required = true, doc = "Change of Ks between h = 0 and h = 1 (positive: more perpendicular anisotropy).")
    public double dKs() { return props().real("dKs"); }

    @Prop(dim = "s", required = true, check = "> 0", doc = "Time constant of h at gate voltage V0.")
    public double tau() { return props().real("tau"); }

    @Prop(dim = "V", required = true, check = "> 0", doc = "Reference gate voltage.")
    public double V0() { return props().real("V0"); }

    @Prop(dim = "V", def = 0.2, defaultDoc = "0.2 V", check = "> 0", doc = "Voltage scale of the sinh kinetics.")
    public double Vs() { return props().real("Vs"); }

    @Prop(def = 0, defaultDoc = "0", check = ">= 0 and != 1", doc = "0: continuous h; n >= 2: h is seen rounded to the nearest of k/(n-1), ties up.")
    public long levels() { return props().integer("levels"); }

    @Prop(dim = "s", def = TEN_YEARS, defaultDoc = "10 years", check = "> 0", doc = "Time constant of the relaxation of h toward 0.")
    public double retention() { return props().real("retention"); }

    @Prop(name = "Vth", dim = "V", def = 0, defaultDoc = "0 V", check = ">= 0",
            doc = "Threshold voltage: no ion drift while |V| <= Vth; the sinh kinetics run on |V| - Vth (§9.2).")
    public double Vth() { return props().real("Vth"); }

    @Prop(name = "Ea", dim = "J", def = 0, defaultDoc = "0 eV", check = ">= 0",
            doc = "Activation energy of ion drift and relaxation: both rates scale by exp(-(Ea / kB) * (1 / T - 1 / 300 K)); 0: no temperature dependence.")
    public double Ea() { return props().real("Ea"); }

    @Prop(dim = "C/m^2", def = DEFAULT_QION, defaultDoc = "5.8 C/m^2", check = ">= 0",
            doc = "Ionic charge moved per unit area between h = 0 and h = 1 (default: two elementary charges per surface atom at 1.8e19 atoms/m^2), counted by gate_energy.")
    public double qIon() { return props().real("qIon"); }
}
