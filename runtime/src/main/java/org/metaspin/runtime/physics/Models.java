package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RealFn1;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.units.QuantityFormat;

/** The model builtins of §9 ({@code model = macrospin(dt = 0.5 ps)} in a device). */
public final class Models {
    private Models() {}

    @Builtin(name = "compact", foldable = true, doc = "The compact model (§9.1): Néel–Brown activation below the critical current, precessional switching above it.")
    public static Model compact() {
        return Model.Compact.INSTANCE;
    }

    @Builtin(name = "macrospin", foldable = true, doc = "Stochastic LLG of a single-domain free layer (§9.3): Heun steps of dt, `trials` trajectories per probability, `relax` of free relaxation after the pulse.")
    public static Model macrospin(@Param(name = "dt", dim = "s", def = "1 ps", check = "> 0 and finite") double dt,
                                  @Param(name = "trials", def = "1000") long trials,
                                  @Param(name = "relax", dim = "s", def = "5 ns", check = ">= 0 and finite") double relax) {
        if (trials <= 0 || trials > Integer.MAX_VALUE) throw RuntimeFailure.invalid("macrospin: `trials` = " + trials + " must be between 1 and 2^31 - 1");
        return new Model.Macrospin(dt, trials, relax);
    }

    @Builtin(name = "phase", foldable = true,
            doc = "Ferro/antiferromagnetic coexistence (§9.4): grains with transition temperatures Gaussian around Tt(h, B) = Tt + h * Tt_shift + dTt_dB * |B| (sd `width`), each with a thermal `hysteresis`; a pulse heats the layer to Tpeak = T + I^2 R Rth (1 - exp(-t / (Rth Cth))). `Cth` = 0 J/K (default) means cv * volume of the free layer.")
    public static Model phase(@Param(name = "Rth", dim = "K/W", check = "> 0 and finite") double rth,
                              @Param(name = "Tt_shift", dim = "K", def = "0 K", check = "finite") double ttShift,
                              @Param(name = "width", dim = "K", def = "5 K", check = "> 0 and finite") double width,
                              @Param(name = "hysteresis", dim = "K", def = "10 K", check = ">= 0 and finite") double hysteresis,
                              @Param(name = "Cth", dim = "J/K", def = "0 J/K", check = ">= 0 and finite", doc = "0: cv * volume of the free layer") double cth) {
        return new Model.Phase(rth, ttShift, width, hysteresis, cth == 0 ? Double.NaN : cth);
    }

    @Builtin(name = "analog", requires = "wmin < wmax", doc = "Multilevel soft-bounds weight in [wmin, wmax] (§9.5); tauUp(B) and tauDown(B) are the pulse counts of the exponential approach at in-plane field B.")
    public static Model analog(@Param(name = "wmin", check = "finite") double wmin,
                               @Param(name = "wmax", check = "finite") double wmax,
                               @Param(name = "tauUp", dim = "T", doc = "(FluxDensity) -> Real; dim is the argument's") RealFn1 tauUp,
                               @Param(name = "tauDown", dim = "T", doc = "(FluxDensity) -> Real; dim is the argument's") RealFn1 tauDown) {
        if (!(wmin < wmax)) {
            throw RuntimeFailure.invalid("analog: `wmin` = " + QuantityFormat.formatReal(wmin) + " must be below `wmax` = " + QuantityFormat.formatReal(wmax));
        }
        return new Model.Analog(wmin, wmax, tauUp, tauDown);
    }
}
