package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.api.DomainType;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.Pass;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * A learning rule: an immutable description whose {@link #begin} opens the state of one
 * {@code train} call (Adam's moments live there and so restart at every call, §10.2).
 * What a rule keeps across tasks lives in the network's memory instead.
 */
@DomainType(name = "Optimizer", doc = "A learning rule for train: sgd, adam, metaplastic, mesu, ewc or si.")
public abstract class Optimizer {
    /** Opens the state of train call number {@code call} of {@code net}, whose workspace is {@code pass}. */
    public abstract Session begin(Network net, Pass pass, WorkerPool pool, long call);

    /**
     * The learning rate, which is also the default quantum of device operations (§10.3), for a
     * rule that can train a network on devices; NaN for a rule that cannot (metaplastic, MESU,
     * EWC, SI: the devices supply the metaplasticity, or the rule needs per-weight state a
     * device does not have).
     */
    public double deviceLearningRate() { return Double.NaN; }

    /**
     * A rule as the call that makes it ({@code adam(lr = 0.005, …)}), for print and messages:
     * names and values in turn, numbers as print shows them (§2.4: {@code 1e-8}, {@code 5000}).
     */
    protected static String call(String name, Object... namesAndValues) {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) sb.append(", ");
            Object v = namesAndValues[i + 1];
            sb.append(namesAndValues[i]).append(" = ").append(v instanceof Double d ? QuantityFormat.formatReal(d) : String.valueOf(v));
        }
        return sb.append(')').toString();
    }
}
