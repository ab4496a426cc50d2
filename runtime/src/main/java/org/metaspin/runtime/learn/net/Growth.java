package org.metaspin.runtime.learn.net;

import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.DomainType;

/** A growth policy for the hidden layers of a network (§10.2, neurogenesis). */
@DomainType(name = "Growth", doc = "A growth policy for hidden layers: start at `initial` units, add `step` units to every "
        + "hidden layer after an epoch whose mean training loss is above `threshold`, up to `max` units.")
public final class Growth {
    /** The policy that never grows. */
    public static final Growth NONE = new Growth(0, 0, 0, Double.POSITIVE_INFINITY);

    private final int initial;
    private final int step;
    private final int max;
    private final double threshold;

    public Growth(int initial, int step, int max, double threshold) {
        this.initial = initial;
        this.step = step;
        this.max = max;
        this.threshold = threshold;
    }

    public boolean grows() { return this != NONE; }

    @Prop(doc = "Units per hidden layer at creation.")
    public long initial() { return initial; }

    @Prop(doc = "Units added to each hidden layer at a growth event.")
    public long step() { return step; }

    @Prop(doc = "Largest width a hidden layer reaches.")
    public long max() { return max; }

    @Prop(doc = "Mean training loss of an epoch above which the network grows.")
    public double threshold() { return threshold; }

    @Override
    public String toString() {
        return grows() ? "neurogenesis(" + initial + ", " + step + ", " + max + ", " + threshold + ")" : "no_growth()";
    }
}
