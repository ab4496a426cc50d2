package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.api.RealFn2;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.Pass;

/** metaplastic(lr, m, f): Adam whose steps towards zero are damped by f(m, W_h). */
public final class Metaplastic extends Optimizer {
    /** Adam's other constants as in Laborieux et al.'s experiments (PyTorch defaults). */
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    final double lr;
    final double m;
    final RealFn2 f;

    public Metaplastic(double lr, double m, RealFn2 f) {
        this.lr = lr;
        this.m = m;
        this.f = f;
    }

    @Override
    public Session begin(Network net, Pass pass, WorkerPool pool, long call) {
        return new Session(new AdamRule(lr, BETA1, BETA2, EPS, f, m, pass, pool));
    }

    @Override
    public String toString() { return call("metaplastic", "lr", lr, "m", m); }
}
