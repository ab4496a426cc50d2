package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RealFn2;
import org.metaspin.runtime.api.RuntimeFailure;

/** The optimizer builtins of §10.2. */
public final class OptimizerBuiltins {
    private OptimizerBuiltins() {}

    // The compiler checks these on every call (E0304 for a constant, R0005 at run time) and the
    // reference shows them; an infinite rate or decay would only turn every weight into NaN.
    private static final String POSITIVE = "> 0 and finite";
    private static final String NON_NEGATIVE = ">= 0 and finite";
    private static final String DECAY = "[0, 1)";

    @Builtin(doc = "Plain stochastic gradient descent on the mean loss of a batch.")
    public static Optimizer sgd(@Param(name = "lr", check = POSITIVE) double lr) {
        return new Sgd(lr);
    }

    @Builtin(doc = "Adam (Kingma and Ba 2015) with bias correction. Its moments restart at each train call.")
    public static Optimizer adam(@Param(name = "lr", def = "0.005", check = POSITIVE) double lr,
                                 @Param(name = "beta1", def = "0.9", check = DECAY) double beta1,
                                 @Param(name = "beta2", def = "0.999", check = DECAY) double beta2,
                                 @Param(name = "eps", def = "1e-8", check = POSITIVE) double eps) {
        return new Adam(lr, beta1, beta2, eps);
    }

    @Builtin(doc = "Metaplastic Adam (Laborieux et al., Nat. Commun. 12:2549, 2021): on the hidden weights, an Adam step "
            + "that decreases |W_h| is multiplied by f(m, W_h); batch-norm parameters take plain Adam. Moments restart at "
            + "each train call. m = 0 is plain Adam.")
    public static Optimizer metaplastic(@Param(name = "lr", def = "0.005", check = POSITIVE) double lr,
                                        @Param(name = "m", def = "1.35", check = NON_NEGATIVE) double m,
                                        @Param(name = "f", def = "(m, w) => meta_tanh(m, w)",
                                                doc = "the metaplasticity function f(m, W_h)") RealFn2 f) {
        return new Metaplastic(lr, m, f == null ? OptimizerBuiltins::meta_tanh : f);
    }

    @Builtin(doc = "The default metaplasticity function of Laborieux et al. 2021: 1 - tanh(m * abs(w))^2.")
    public static double meta_tanh(@Param(name = "m") double m, @Param(name = "w") double w) {
        // sech^2 through one exp: 1 - tanh(x)^2 = 4u / (1 + u)^2 with u = exp(-2x), x >= 0.
        double u = Math.exp(-2 * m * Math.abs(w));
        double d = 1 + u;
        return 4 * u / (d * d);
    }

    @Builtin(doc = "MESU, Bayesian metaplasticity (Bonnet et al.): mean-field Gaussian weights, means = hidden weights; "
            + "sigmas start at sigmaPrior and live in the network; N is the memory window in samples; the cost is "
            + "estimated with `samples` weight samples, and evaluation averages that many sampled networks.")
    public static Optimizer mesu(@Param(name = "sigmaPrior", def = "1", check = POSITIVE) double sigmaPrior,
                                 @Param(name = "N", def = "3e5", check = POSITIVE) double n,
                                 @Param(name = "samples", def = "10", check = "[1, 1000]") long samples) {
        if (samples < 1 || samples > 1000) throw RuntimeFailure.invalid("mesu: samples must be in 1..1000, got " + samples);
        return new Mesu(sigmaPrior, n, (int) samples);
    }

    @Builtin(doc = "Elastic weight consolidation (Kirkpatrick et al. 2017): the base rule plus lambda/2 * sum of "
            + "F (w - w*)^2 over the tasks trained before; at the end of each train call the empirical Fisher diagonal "
            + "of that task is added to the network's memory.")
    public static Optimizer ewc(@Param(name = "lambda", def = "5000", check = NON_NEGATIVE) double lambda,
                               @Param(name = "base", def = "adam()") Optimizer base) {
        if (base instanceof Ewc || base instanceof Mesu) throw RuntimeFailure.invalid("ewc: base must be sgd, adam, metaplastic or si");
        return new Ewc(lambda, base);
    }

    @Builtin(doc = "Synaptic intelligence (Zenke et al. 2017) on Adam with learning rate lr: the penalty c * sum of "
            + "Omega (w - w*)^2, Omega accumulated along the training path with damping xi; consolidated at the end "
            + "of each train call.")
    public static Optimizer si(@Param(name = "c", def = "0.1", check = NON_NEGATIVE) double c,
                               @Param(name = "xi", def = "0.1", check = POSITIVE) double xi,
                               @Param(name = "lr", def = "0.005", check = POSITIVE) double lr) {
        return new Si(c, xi, lr);
    }

}
