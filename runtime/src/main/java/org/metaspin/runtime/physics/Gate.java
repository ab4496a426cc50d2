package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.KindValue;
import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.api.Schema;
import org.metaspin.runtime.api.Type;

/** The device's magneto-ionic gate block (§8.4): what the hidden state h does and how fast it moves (§9.2). */
@Type(name = "Gate", block = true,
        doc = "Magneto-ionic gate: anisotropy change dKs between h = 0 and h = 1, kinetics (tau at V0, voltage scale Vs), levels and retention.")
public final class Gate extends KindValue {
    /** Ten Julian years, the default retention of the gated state. */
    public static final double TEN_YEARS = 3.15576e8;

    private Gate(Props completed) {
        super(completed);
    }

    public static Gate create(Props p) {
        Props c = Schema.of(Gate.class).complete(p);
        long levels = c.integer("levels");
        if (levels < 0 || levels == 1) {
            throw RuntimeFailure.invalid(c.owner() + ": `levels` = " + levels + " must be 0 (continuous) or at least 2");
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
}
