package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.Pass;

/** sgd(lr). */
public final class Sgd extends Optimizer {
    final double lr;

    public Sgd(double lr) { this.lr = lr; }

    @Override
    public Session begin(Network net, Pass pass, WorkerPool pool, long call) { return new Session(new SgdRule((float) lr, pass, pool)); }

    @Override
    public double deviceLearningRate() { return lr; }

    @Override
    public String toString() { return call("sgd", "lr", lr); }
}
