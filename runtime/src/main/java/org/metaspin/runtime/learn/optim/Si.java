package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.Pass;

/** si(c, xi, lr): Adam plus the synaptic-intelligence penalty. */
public final class Si extends Optimizer {
    final double c;
    final double xi;
    final double lr;

    public Si(double c, double xi, double lr) {
        this.c = c;
        this.xi = xi;
        this.lr = lr;
    }

    @Override
    public Session begin(Network net, Pass pass, WorkerPool pool, long call) {
        Session s = new Session(new AdamRule(lr, 0.9, 0.999, 1e-8, null, 0, pass, pool));
        s.hooks.add(new SiHook(c, xi, net, pass));
        return s;
    }

    @Override
    public String toString() { return call("si", "c", c, "xi", xi, "lr", lr); }
}
