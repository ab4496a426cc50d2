package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.Pass;

/** adam(lr, beta1, beta2, eps). */
public final class Adam extends Optimizer {
    final double lr;
    final double beta1;
    final double beta2;
    final double eps;

    public Adam(double lr, double beta1, double beta2, double eps) {
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
    }

    @Override
    public Session begin(Network net, Pass pass, WorkerPool pool, long call) {
        return new Session(new AdamRule(lr, beta1, beta2, eps, null, 0, pass, pool));
    }

    @Override
    public double deviceLearningRate() { return lr; }

    @Override
    public String toString() { return call("adam", "lr", lr, "beta1", beta1, "beta2", beta2, "eps", eps); }
}
