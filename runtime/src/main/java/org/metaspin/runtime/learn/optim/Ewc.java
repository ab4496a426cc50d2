package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.Pass;

/** ewc(lambda, base): the base rule plus the EWC penalty of the tasks trained before. */
public final class Ewc extends Optimizer {
    final double lambda;
    final Optimizer base;

    public Ewc(double lambda, Optimizer base) {
        this.lambda = lambda;
        this.base = base;
    }

    @Override
    public Session begin(Network net, Pass pass, WorkerPool pool, long call) {
        Session s = base.begin(net, pass, pool, call);
        s.hooks.add(new EwcHook(lambda, net, pool));
        return s;
    }

    @Override
    public String toString() { return call("ewc", "lambda", lambda, "base", base); }
}
