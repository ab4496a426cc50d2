package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.Pass;

/** mesu(sigmaPrior, N, samples). */
public final class Mesu extends Optimizer {
    final double sigmaPrior;
    final double n;
    final int samples;

    public Mesu(double sigmaPrior, double n, int samples) {
        this.sigmaPrior = sigmaPrior;
        this.n = n;
        this.samples = samples;
    }

    @Override
    public Session begin(Network net, Pass pass, WorkerPool pool, long call) {
        MesuRule rule = new MesuRule(sigmaPrior, n, samples, net, pass, call);
        return new Session(rule, rule);
    }

    @Override
    public String toString() { return call("mesu", "sigmaPrior", sigmaPrior, "N", n, "samples", samples); }
}
