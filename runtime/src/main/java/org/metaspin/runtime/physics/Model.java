package org.metaspin.runtime.physics;

import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.QuantityFormat;

import org.metaspin.runtime.api.RealFn1;
import org.metaspin.runtime.api.DomainType;

/** The physics a device runs on (§9): one of the four models, built by the builtins of {@link Models}. */
@DomainType(name = "Model", doc = "A device model: compact(), macrospin(dt, trials, relax), phase(Rth, Tt_shift, width, hysteresis, Cth) or analog(wmin, wmax, tauUp, tauDown).")
public abstract sealed class Model permits Model.Compact, Model.Macrospin, Model.Phase, Model.Analog {
    private Model() {}

    /** §9.1: thermally activated / precessional switching times, closed form. */
    public static final class Compact extends Model {
        static final Compact INSTANCE = new Compact();

        private Compact() {}

        @Override
        public String toString() { return "compact()"; }
    }

    /** §9.3: stochastic LLG of one macrospin, {@code trials} trajectories per probability. */
    public static final class Macrospin extends Model {
        public final double dt;
        public final long trials;
        public final double relax;

        Macrospin(double dt, long trials, double relax) {
            this.dt = dt;
            this.trials = trials;
            this.relax = relax;
        }

        @Override
        public String toString() {
            return "macrospin(dt = " + QuantityFormat.format(dt, Dimension.TIME) + ", trials = " + trials
                    + ", relax = " + QuantityFormat.format(relax, Dimension.TIME) + ")";
        }
    }

    /**
     * §9.4: a grain ensemble of FeRh-like AF/FM coexistence, written by Joule heating with loss
     * to the substrate. {@code cth} NaN: {@code cv * volume} of the device's free layer.
     */
    public static final class Phase extends Model {
        private static final Dimension ENERGY = Dimension.MASS.times(Dimension.LENGTH.pow(2)).divide(Dimension.TIME.pow(2));
        private static final Dimension POWER = ENERGY.divide(Dimension.TIME);

        public final double rth;
        public final double ttShift;
        public final double width;
        public final double hysteresis;
        public final double cth;

        Phase(double rth, double ttShift, double width, double hysteresis, double cth) {
            this.rth = rth;
            this.ttShift = ttShift;
            this.width = width;
            this.hysteresis = hysteresis;
            this.cth = cth;
        }

        @Override
        public String toString() {
            return "phase(Rth = " + QuantityFormat.format(rth, Dimension.TEMPERATURE.divide(POWER)) + ", Tt_shift = "
                    + QuantityFormat.format(ttShift, Dimension.TEMPERATURE) + ", width = " + QuantityFormat.format(width, Dimension.TEMPERATURE)
                    + ", hysteresis = " + QuantityFormat.format(hysteresis, Dimension.TEMPERATURE)
                    + (Double.isNaN(cth) ? "" : ", Cth = " + QuantityFormat.format(cth, ENERGY.divide(Dimension.TEMPERATURE))) + ")";
        }
    }

    /** §9.5: soft-bounded multilevel weight with field-dependent step counts. */
    public static final class Analog extends Model {
        public final double wmin;
        public final double wmax;
        public final RealFn1 tauUp;
        public final RealFn1 tauDown;

        Analog(double wmin, double wmax, RealFn1 tauUp, RealFn1 tauDown) {
            this.wmin = wmin;
            this.wmax = wmax;
            this.tauUp = tauUp;
            this.tauDown = tauDown;
        }

        @Override
        public String toString() { return "analog(wmin = " + QuantityFormat.formatReal(wmin) + ", wmax = " + QuantityFormat.formatReal(wmax) + ")"; }
    }
}
