package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.DomainType;

/**
 * How a device is read (§8.4): a tunnel junction on top of the free layer (TMR) or the
 * anomalous Hall voltage of the channel (AHE). {@link #signal(double)} is the read-out.
 */
@DomainType(name = "Read", doc = "Read-out of a device: tmr(Rp, ratio) or ahe(R).")
public final class Read {
    private final boolean tmr;
    private final double r;
    private final double ratio;

    private Read(boolean tmr, double r, double ratio) {
        this.tmr = tmr;
        this.r = r;
        this.ratio = ratio;
    }

    @Builtin(name = "tmr", foldable = true, doc = "Magnetic tunnel junction read: parallel resistance Rp, antiparallel Rp * (1 + ratio).")
    public static Read tmr(@Param(name = "Rp", dim = "Ohm", def = "5 kOhm", check = "> 0 and finite") double rp,
                           @Param(name = "ratio", def = "150 %", check = ">= 0 and finite") double ratio) {
        return new Read(true, rp, ratio);
    }

    @Builtin(name = "ahe", foldable = true, doc = "Anomalous Hall read: Hall resistance +R for m_z > 0, -R for m_z < 0.")
    public static Read ahe(@Param(name = "R", dim = "Ohm", check = "> 0 and finite") double r) {
        return new Read(false, r, 0);
    }

    public boolean isTmr() { return tmr; }

    @Prop(dim = "Ohm", doc = "TMR: the parallel-state resistance; AHE: the Hall resistance.")
    public double R() { return r; }

    @Prop(doc = "TMR ratio (Rap - Rp) / Rp; 0 for an AHE read.")
    public double ratio() { return ratio; }

    /**
     * The resistance read for magnetization {@code mz} in [-1, 1]: the TMR junction's conductance
     * varies as the cosine of the angle to the +z reference layer (Julliere/Slonczewski), the
     * Hall resistance as m_z itself.
     */
    public double signal(double mz) {
        if (!tmr) return r * mz;
        double gp = 1 / r;
        double gap = 1 / (r * (1 + ratio));
        return 1 / ((gp + gap) / 2 + (gp - gap) / 2 * mz);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Read x && x.tmr == tmr && x.r == r && x.ratio == ratio;
    }

    @Override
    public int hashCode() { return Double.hashCode(r) * 31 + Double.hashCode(ratio) + (tmr ? 1 : 0); }

    @Override
    public String toString() { return tmr ? "tmr(" + r + " Ohm, " + ratio + ")" : "ahe(" + r + " Ohm)"; }
}
